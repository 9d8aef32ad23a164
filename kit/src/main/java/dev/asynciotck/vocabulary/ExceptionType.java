package dev.asynciotck.vocabulary;

/**
 * An exception type a program can raise, catch and name.
 *
 * @param name   its name, as {@code type(e).__name__} gives it
 * @param base   its base class, or null for {@code BaseException}
 * @param module where Python defines it: {@code builtins} or {@code asyncio}
 */
public record ExceptionType(String name, String base, String module) {
}

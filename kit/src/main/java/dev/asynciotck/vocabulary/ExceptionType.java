package dev.asynciotck.vocabulary;

import java.util.List;

/**
 * An exception type a program can raise, catch and name.
 *
 * @param name   its name, as {@code type(e).__name__} gives it
 * @param base   its base class, or null for {@code BaseException}
 * @param module where Python defines it: {@code builtins}, {@code asyncio} or {@code ssl}
 * @param also   its other base classes of the language ({@code SSLCertVerificationError} is also a
 *               {@code ValueError}); usually none
 */
public record ExceptionType(String name, String base, String module, List<String> also) {
}

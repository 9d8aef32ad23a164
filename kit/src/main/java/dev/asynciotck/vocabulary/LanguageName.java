package dev.asynciotck.vocabulary;

import dev.asynciotck.python.PythonRange;

/**
 * One name of the language: a method, a name of the {@code asyncio} module, or a builtin.
 *
 * @param name      the name, e.g. {@code call_soon}
 * @param role      what it is: {@value #METHOD}; for a name of the asyncio module {@value #FUNCTION}, {@value #CLASS}, {@value #BASE_CLASS},
 *                  {@value #CONSTANT} or {@value #EXCEPTION}; for a builtin {@value #KIT} (the kit's
 *                  own) or {@value #PYTHON} (Python's)
 * @param signature how the docs show it, e.g. {@code call_soon(fn, *args)}
 * @param doc       what it is, for the docs ("" when the signature says enough)
 * @param python    the CPython versions where it exists
 * @param note      a version note, or ""
 * @param returns   the kind of object asyncio documents it returns, or null
 * @param none      when asyncio returns None instead (e.g. {@code when no task runs}), or null when it
 *                  never does
 * @param asyncForGives the kind of each item {@code async for} over what it returns gives
 *                  ({@code as_completed}: Future, ASCOMPLETED-ASYNC-1), or null
 * @param awaitGives what awaiting the coroutine it returns gives ({@code create_server}: a Server),
 *                  or null
 */
public record LanguageName(String name, String role, String signature, String doc, PythonRange python, String note,
                           String returns, String none, String asyncForGives, AwaitGives awaitGives) {

    /** A method of a kind of object. */
    public static final String METHOD = "method";
    /** An attribute of a kind of object, read without a call ({@code barrier.parties}). */
    public static final String ATTRIBUTE = "attribute";
    /** A function of the asyncio module. */
    public static final String FUNCTION = "function";
    /** A constant of the asyncio module. */
    public static final String CONSTANT = "constant";
    /** A class of the asyncio module, called to make an object of a kind ({@code asyncio.Queue}). */
    public static final String CLASS = "class";
    /**
     * A class of the asyncio module that a program's class may name as its base
     * ({@code class P(asyncio.Protocol):}); not a value of the language otherwise.
     */
    public static final String BASE_CLASS = "base class";
    /** An exception type of the asyncio module. */
    public static final String EXCEPTION = "exception";
    /** A builtin of the kit's own. */
    public static final String KIT = "kit";
    /** One of Python's builtins. */
    public static final String PYTHON = "python";

    /**
     * @param role a role
     * @return whether the name has it
     */
    public boolean is(String role) {
        return this.role.equals(role);
    }
}

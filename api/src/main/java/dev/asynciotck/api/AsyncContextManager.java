package dev.asynciotck.api;

/**
 * What {@code async with} works with: Python's {@code __aenter__} and {@code __aexit__}.
 *
 * <p>Clauses: {@code LOCK-WITH-1}.
 */
public interface AsyncContextManager {

    /**
     * {@code __aenter__()}.
     *
     * @return what {@code async with} awaits on entry; its result is bound by {@code as}
     */
    Awaitable enter();

    /**
     * {@code __aexit__(type, value, traceback)}.
     *
     * @param error the exception leaving the body, or {@code null} when it ends another way
     * @return what {@code async with} awaits on exit; a true result ({@link Boolean#TRUE})
     *         suppresses {@code error}
     */
    Awaitable exit(PythonException error);
}

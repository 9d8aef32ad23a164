package dev.asynciotck.api;

/**
 * A coroutine object driven by the send/throw protocol of Python generators.
 *
 * <p>The first call must be {@code send(null)}. Each call runs the coroutine until it either
 * suspends ({@link CoroutineStep.Suspended}: it awaits a future, or yields bare to give up one
 * loop iteration) or finishes ({@link CoroutineStep.Returned}). When the coroutine raises, the call
 * throws that exception (a {@link PythonException}), as {@code coro.send()} does in Python.
 *
 * <p>Awaiting a coroutine from another coroutine delegates to it ({@code yield from}): the outer
 * coroutine forwards sends and throws to the inner one until it returns. A coroutine runs once: one
 * that has finished raises {@code RuntimeError('cannot reuse already awaited coroutine')} when sent
 * to again, the coroutines the loop's library makes ({@code sleep}, {@code wait}, a lock's
 * {@code acquire}...) included.
 *
 * <p>Clauses: {@code TASK-AWAIT-2}.
 */
public interface Coroutine extends Awaitable {

    /**
     * Resumes the coroutine. A task always sends {@code null}, as CPython's {@code Task} does:
     * a coroutine suspended on a future reads that future's result itself when resumed (and
     * raises the future's exception at its await point).
     *
     * @param value the value sent in; {@code null} from a task
     * @return how the coroutine stopped
     * @throws PythonException the exception the coroutine raised
     */
    CoroutineStep send(Object value);

    /**
     * Resumes the coroutine by raising {@code error} at its current await point, as Python's
     * {@code coro.throw(error)} does; used to deliver {@link CancelledError} and the exception of
     * an awaited future.
     *
     * <p>Clauses: {@code TASK-CANCEL-1}, {@code TASK-CANCEL-2}.
     *
     * @param error the exception to raise inside the coroutine
     * @return how the coroutine stopped, if it handled the exception
     * @throws PythonException the exception the coroutine raised (possibly {@code error} itself)
     */
    CoroutineStep throwInto(PythonException error);

    /**
     * A short name for messages and traces, like a Python coroutine's {@code __qualname__}.
     *
     * @return the coroutine's name
     */
    String name();
}

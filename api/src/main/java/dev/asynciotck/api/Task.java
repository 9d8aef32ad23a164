package dev.asynciotck.api;

/**
 * asyncio's {@code Task}: a future that drives a {@link Coroutine} on the loop.
 *
 * <p>Its first step is scheduled with {@code callSoon} when the task is created; the coroutine
 * never starts inline. {@link #cancel(String)} asks for a {@link CancelledError} to be thrown
 * into the coroutine at its current await point; the task ends cancelled if the coroutine lets it
 * propagate. {@link #setResult} and {@link #setException} are not supported and raise
 * {@code RuntimeError}.
 *
 * <p>A {@code KeyboardInterrupt} raised by the coroutine ends the task with it and leaves the
 * loop's run method at once.
 *
 * <p>Clauses: {@code TASK-CREATE-1}, {@code TASK-RESULT-1}, {@code TASK-RESULT-2}, {@code TASK-AWAIT-1}, {@code TASK-CANCEL-1},
 * {@code TASK-CANCEL-2}, {@code TASK-CANCEL-3}, {@code TASK-CANCEL-4}, {@code TASK-CANCEL-5},
 * {@code TASK-CANCEL-6}, {@code TASK-CANCEL-7}.
 *
 * <p>A task whose exception nobody retrieved is reported to the loop's exception handler
 * ({@code Task exception was never retrieved}) when it is destroyed, which on the JVM is when the
 * garbage collector runs: no program can place that, so the kit skips the clause on JVM loops
 * (they lack the {@code refcounting} capability).
 *
 * <p>Clauses: {@code TASK-UNRETRIEVED-1}.
 */
public interface Task extends Future {

    /**
     * Clauses: {@code TASK-NAME-1}.
     *
     * @return the task's name ({@code Task-<n>} unless given)
     */
    String getName();

    /**
     * {@code set_name(value)}: the name {@link #getName()} returns from now on, also once the task
     * is done.
     *
     * <p>Clauses: {@code TASK-NAME-2}.
     *
     * @param name the new name ({@code str(value)})
     */
    void setName(String name);

    /**
     * {@code get_coro()}.
     *
     * <p>Clauses: {@code TASK-CORO-1}, {@code TASK-EAGER-1}.
     *
     * @return the coroutine the task wraps, also once it is done; {@code null} for a task started
     *         eagerly that was done before {@link EventLoop#newTask} returned (Python 3.12+)
     */
    Coroutine getCoro();

    /**
     * Clauses: {@code TASK-CANCEL-8}.
     *
     * @return the number of pending cancellation requests: calls to {@code cancel()} less calls to
     *         {@link #uncancel()} (Python 3.11+)
     */
    int cancelling();

    /**
     * Decrements the count of cancellation requests, not below zero (Python 3.11+). From Python
     * 3.13, bringing it to zero also withdraws a cancellation not yet thrown into the coroutine.
     *
     * <p>Clauses: {@code TASK-CANCEL-8}, {@code TASK-CANCEL-9}.
     *
     * @return the remaining count
     */
    int uncancel();
}

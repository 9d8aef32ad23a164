package dev.asynciotck.api;

/**
 * asyncio's {@code Task}: a future that drives a {@link Coroutine} on the loop.
 *
 * <p>Its first step is scheduled with {@code callSoon} when the task is created; the coroutine
 * never starts inline. {@link #cancel(String)} asks for a {@link CancelledError} to be thrown
 * into the coroutine at its current await point; the task ends cancelled if the coroutine lets it
 * propagate. {@link #setResult} and {@link #setException} are not supported and raise
 * {@code RuntimeError}.
 */
public interface Task extends Future {

    /** @return the task's name ({@code Task-<n>} unless given) */
    String getName();

    /**
     * @return the number of pending cancellation requests: calls to {@code cancel()} less calls to
     *         {@link #uncancel()} (Python 3.11+)
     */
    int cancelling();

    /**
     * Decrements the count of cancellation requests, not below zero (Python 3.11+).
     *
     * @return the remaining count
     */
    int uncancel();
}

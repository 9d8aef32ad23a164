package dev.asynciotck.api;

/**
 * What one {@link Coroutine#send} or {@link Coroutine#throwInto} call ended with: the coroutine
 * suspended, or it returned. (It raising is reported by throwing.)
 */
public sealed interface CoroutineStep permits CoroutineStep.Suspended, CoroutineStep.Returned {

    /**
     * The coroutine suspended.
     *
     * @param awaiting the future it waits for, or {@code null} for a bare yield (Python's
     *                 {@code yield} inside {@code __await__}, which asks the task to run again on
     *                 the next loop iteration; this is how {@code sleep(0)} yields)
     */
    record Suspended(Future awaiting) implements CoroutineStep {
    }

    /**
     * The coroutine returned.
     *
     * @param value its return value ({@code null} is Python's {@code None})
     */
    record Returned(Object value) implements CoroutineStep {
    }

    /** The bare yield: suspends for exactly one loop iteration. */
    Suspended YIELD = new Suspended(null);
}

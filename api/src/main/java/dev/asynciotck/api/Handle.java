package dev.asynciotck.api;

/**
 * A callback scheduled on a loop, as returned by {@link EventLoop#callSoon} (asyncio's
 * {@code Handle}).
 */
public interface Handle {

    /**
     * Cancels the callback: it will not be called. Has no other effect if the callback already
     * ran or was already cancelled (asyncio: "If the callback has already been canceled or
     * executed, this method has no effect").
     *
     * <p>Clauses: {@code LOOP-SOON-4}, {@code LOOP-TIMER-6}.
     */
    void cancel();

    /**
     * Clauses: {@code LOOP-SOON-4}.
     *
     * @return whether {@link #cancel()} was called
     */
    boolean cancelled();
}

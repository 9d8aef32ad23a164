package dev.asynciotck.api;

/**
 * An asyncio {@code Event}: a flag that tasks wait for.
 *
 * <p>A JVM loop gets a correct event for free: {@link EventLoop#newEvent} returns a
 * {@link FutureEvent}, built only on the loop's futures the way asyncio's {@code locks.py} is.
 *
 * <p>Clauses: {@code EVENT-WAIT-1}, {@code EVENT-WAIT-2}, {@code EVENT-CANCEL-1}.
 */
public interface Event {

    /**
     * {@code wait()}: returns {@code True} at once when the flag is set, else waits until
     * {@link #set()} is called.
     *
     * <p>Clauses: {@code EVENT-WAIT-1}, {@code EVENT-WAIT-2}, {@code EVENT-CANCEL-1}.
     *
     * @return the coroutine that waits
     */
    Coroutine waitSet();

    /**
     * {@code set()}: sets the flag and wakes every waiter, even if the flag is cleared again before
     * they run.
     *
     * <p>Clauses: {@code EVENT-WAIT-1}.
     */
    void set();

    /**
     * {@code clear()}: later waits block again.
     *
     * <p>Clauses: {@code EVENT-WAIT-2}.
     */
    void clear();

    /**
     * Clauses: {@code EVENT-WAIT-2}.
     *
     * @return {@code is_set()}
     */
    boolean isSet();
}

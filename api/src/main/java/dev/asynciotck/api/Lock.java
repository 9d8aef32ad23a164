package dev.asynciotck.api;

/**
 * An asyncio {@code Lock}: not re-entrant, held by at most one task, handed to waiters first come,
 * first served.
 *
 * <p>A JVM loop gets a correct lock for free: {@link EventLoop#newLock} returns a {@link FutureLock},
 * built only on the loop's futures the way asyncio's {@code locks.py} is. A loop may return its own.
 *
 * <p>Clauses: {@code LOCK-ACQUIRE-1}, {@code LOCK-FAIR-1}, {@code LOCK-CANCEL-1},
 * {@code LOCK-RELEASE-1}, {@code LOCK-WITH-1}.
 */
public interface Lock extends Acquirable {

    /**
     * {@code acquire()}: takes the lock, first waiting behind the tasks already waiting for it.
     *
     * <p>Clauses: {@code LOCK-ACQUIRE-1}, {@code LOCK-FAIR-1}, {@code LOCK-CANCEL-1}.
     *
     * @return the coroutine that takes it and returns {@code True}
     */
    Coroutine acquire();

    /**
     * {@code release()}: frees the lock and wakes the first waiter.
     *
     * <p>Clauses: {@code LOCK-RELEASE-1}, {@code LOCK-FAIR-1}.
     *
     * @throws PythonException {@code RuntimeError: Lock is not acquired.} when it is not held
     */
    void release();

    /**
     * Clauses: {@code LOCK-ACQUIRE-1}.
     *
     * @return {@code locked()}: whether a task holds it
     */
    boolean locked();
}

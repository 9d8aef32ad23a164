package dev.asynciotck.reference;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Handles queued by {@code call_soon_threadsafe} from threads other than the loop's, and the
 * loop thread's idle wait that they interrupt (asyncio's self-pipe). The loop drains the inbox
 * into its ready queue at the start of each iteration and after waiting.
 *
 * <p>Wakeup protocol: the sleeper publishes itself, then re-checks the queue before parking; a
 * producer enqueues, then unparks a published sleeper. With both fields volatile one of the two
 * always sees the other, so a wakeup is never lost (and a stale unpark only ends a wait early).
 */
final class ThreadsafeInbox {

    private final ConcurrentLinkedQueue<AbstractHandle> queue = new ConcurrentLinkedQueue<>();
    private volatile Thread sleeper;

    /**
     * Enqueues a handle and wakes the loop if it is waiting. Any thread.
     *
     * @param handle the handle
     */
    void offer(AbstractHandle handle) {
        queue.offer(handle);
        Thread t = sleeper;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /**
     * Moves every queued handle to the ready queue, in arrival order. Loop thread.
     *
     * @param ready the loop's ready queue
     */
    void drainTo(ReadyQueue ready) {
        AbstractHandle h;
        while ((h = queue.poll()) != null) {
            ready.add(h);
        }
    }

    /**
     * Blocks the calling (loop) thread until a handle arrives or the time is up; may return
     * earlier (spurious wakeups are harmless: the loop just iterates). An interrupt of the loop
     * thread ends the run instead: a parked thread whose interrupt is pending does not park again,
     * so the loop would otherwise spin (the kit interrupts the thread of a program that ran past
     * its budget, and then abandons it).
     *
     * @param nanos how long at most; negative for no limit
     * @throws java.util.concurrent.CancellationException when the thread was interrupted
     */
    void await(long nanos) {
        if (Thread.interrupted()) {
            throw new java.util.concurrent.CancellationException("the loop's thread was interrupted");
        }
        sleeper = Thread.currentThread();
        try {
            if (queue.isEmpty()) {
                if (nanos < 0) {
                    LockSupport.park(this);
                } else {
                    LockSupport.parkNanos(this, nanos);
                }
            }
        } finally {
            sleeper = null;
        }
    }

    /** Drops every queued handle. */
    void clear() {
        queue.clear();
    }
}

package dev.asynciotck.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Selector;
import java.util.concurrent.TimeUnit;
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
    /** The selector the loop waits in, or null (see {@link #select}). */
    private volatile Selector selecting;

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
        Selector s = selecting;
        if (s != null) {
            s.wakeup();
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

    /**
     * Like {@link #await}, waiting in {@code selector} instead: a producer wakes it with
     * {@link Selector#wakeup()}. The same publish-then-recheck protocol keeps a wakeup from being
     * lost (a wakeup before the select makes it return at once).
     *
     * @param selector the loop's selector
     * @param nanos    how long at most; 0 to poll, negative for no limit
     * @throws java.util.concurrent.CancellationException when the thread was interrupted
     */
    void select(Selector selector, long nanos) {
        if (Thread.interrupted()) {
            throw new java.util.concurrent.CancellationException("the loop's thread was interrupted");
        }
        selecting = selector;
        try {
            if (nanos == 0 || !queue.isEmpty()) {
                selector.selectNow();
            } else if (nanos < 0) {
                selector.select();
            } else {
                selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the loop's selector failed", e);
        } finally {
            selecting = null;
        }
        if (Thread.interrupted()) {
            throw new java.util.concurrent.CancellationException("the loop's thread was interrupted");
        }
    }

    /** Drops every queued handle. */
    void clear() {
        queue.clear();
    }
}

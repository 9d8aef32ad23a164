package dev.asynciotck.api;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An asyncio {@code Condition}: a lock (its own, or one given) and waiters that
 * {@link #notifyWaiters} wakes; a woken waiter returns from {@code wait()} holding the lock again.
 * {@code acquire}, {@code release} and {@code locked} are the lock's.
 *
 * <p>A JVM loop gets a correct condition for free: {@link EventLoop#newCondition} returns a
 * {@link FutureCondition}, built only on the loop's futures and its lock, the way asyncio's
 * {@code locks.py} is.
 *
 * <p>Clauses: {@code COND-LOCK-1}, {@code COND-NOTIFY-1}, {@code COND-WAIT-1},
 * {@code COND-WAITFOR-1}, {@code LOCK-WITH-1}.
 */
public interface Condition extends Acquirable {

    /**
     * {@code wait()}: releases the lock, waits to be notified, takes the lock again (even when
     * cancelled) and returns {@code True}.
     *
     * <p>Clauses: {@code COND-LOCK-1}, {@code COND-WAIT-1}.
     *
     * @return the coroutine that waits
     * @throws PythonException (from the coroutine) {@code RuntimeError: cannot wait on un-acquired lock}
     */
    Coroutine waitNotified();

    /**
     * {@code wait_for(predicate)}: waits until the predicate is true, checking it first and after
     * each wake-up, and returns its last value.
     *
     * <p>Clauses: {@code COND-WAITFOR-1}.
     *
     * @param predicate the program's predicate
     * @param truthy    Python's truth of a value
     * @return the coroutine that waits
     */
    Coroutine waitFor(Supplier<Object> predicate, Predicate<Object> truthy);

    /**
     * {@code notify(n)}: wakes the {@code n} oldest waiters (all, if fewer wait).
     *
     * <p>Clauses: {@code COND-LOCK-1}, {@code COND-NOTIFY-1}.
     *
     * @param n how many
     * @throws PythonException {@code RuntimeError: cannot notify on un-acquired lock}
     */
    void notifyWaiters(long n);

    /**
     * {@code notify_all()}: wakes every waiter.
     *
     * <p>Clauses: {@code COND-LOCK-1}, {@code COND-NOTIFY-1}.
     *
     * @throws PythonException {@code RuntimeError: cannot notify on un-acquired lock}
     */
    void notifyAllWaiters();
}

package dev.asynciotck.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The default {@link Condition}: CPython 3.13's {@code Condition} of {@code asyncio/locks.py} (the
 * same in 3.13), built only on the futures of its loop and on its {@link Lock}. A waiter releases the
 * lock, parks a future, and once woken (or cancelled) takes the lock again before it returns or
 * raises; one that leaves with an exception passes a notification on to the next waiter.
 *
 * <p>Clauses: {@code COND-LOCK-1}, {@code COND-NOTIFY-1}, {@code COND-WAIT-1},
 * {@code COND-WAITFOR-1}, {@code LOCK-WITH-1}.
 */
public class FutureCondition implements Condition {

    private final EventLoop loop;
    private final Lock lock;
    private final List<Future> waiters = new ArrayList<>();

    /**
     * @param loop the loop whose futures it waits on
     * @param lock the lock it shares
     */
    public FutureCondition(EventLoop loop, Lock lock) {
        this.loop = loop;
        this.lock = lock;
    }

    @Override
    public Coroutine acquire() {
        return lock.acquire();
    }

    @Override
    public void release() {
        lock.release();
    }

    @Override
    public boolean locked() {
        return lock.locked();
    }

    @Override
    public Coroutine waitNotified() {
        return Steps.coroutine("Condition.wait", (v, e) -> {
            if (!locked()) {
                throw new RuntimeError("cannot wait on un-acquired lock");
            }
            Future waiter = loop.createFuture();
            release();
            waiters.add(waiter);
            return Steps.await(waiter, (woken, error) -> {
                waiters.remove(waiter);
                return reacquire(error, null);
            });
        });
    }

    /**
     * The {@code finally} of {@code wait()}: takes the lock again, retrying when cancelled; then
     * raises the last cancellation, else the error of the wait, else returns {@code True}. Whatever
     * leaves with an exception passes a notification on.
     */
    private Steps.Next reacquire(PythonException waitError, PythonException cancelled) {
        return Steps.await(acquire(), (acquired, error) -> {
            if (error != null && error.isInstanceOf(PyType.CANCELLED_ERROR)) {
                return reacquire(waitError, error);
            }
            PythonException raised = error != null ? error : cancelled != null ? cancelled : waitError;
            if (raised != null) {
                wake(1);
                throw raised;
            }
            return Steps.done(Boolean.TRUE);
        });
    }

    @Override
    public Coroutine waitFor(Supplier<Object> predicate, Predicate<Object> truthy) {
        return Steps.coroutine("Condition.wait_for", (v, e) -> check(predicate.get(), predicate, truthy));
    }

    private Steps.Next check(Object result, Supplier<Object> predicate, Predicate<Object> truthy) {
        if (truthy.test(result)) {
            return Steps.done(result);
        }
        return Steps.await(waitNotified(), (woken, error) -> {
            Steps.raiseIf(error);
            return check(predicate.get(), predicate, truthy);
        });
    }

    @Override
    public void notifyWaiters(long n) {
        if (!locked()) {
            throw new RuntimeError("cannot notify on un-acquired lock");
        }
        wake(n);
    }

    @Override
    public void notifyAllWaiters() {
        notifyWaiters(waiters.size());
    }

    /** {@code _notify(n)}: completes the first {@code n} waiters still pending. */
    private void wake(long n) {
        long woken = 0;
        for (Future waiter : waiters) {
            if (woken >= n) {
                return;
            }
            if (!waiter.done()) {
                woken++;
                waiter.setResult(Boolean.FALSE);
            }
        }
    }
}

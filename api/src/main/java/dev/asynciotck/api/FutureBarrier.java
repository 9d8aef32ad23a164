package dev.asynciotck.api;

import java.util.function.Predicate;

/**
 * The default {@link Barrier}: CPython 3.11's {@code Barrier} of {@code asyncio/locks.py} (the same
 * in 3.12 and 3.13), built only on a {@link Condition} of its loop: a state (filling, draining,
 * resetting, broken) and a count of the tasks inside, each step taken holding the condition's lock.
 *
 * <p>Clauses: {@code BARRIER-WAIT-1}, {@code BARRIER-STATE-1}, {@code BARRIER-RESET-1},
 * {@code BARRIER-ABORT-1}.
 */
public class FutureBarrier implements Barrier {

    private enum State { FILLING, DRAINING, RESETTING, BROKEN }

    private static final Predicate<Object> TRUE = Boolean.TRUE::equals;

    private final Condition cond;
    private final long parties;
    private State state = State.FILLING;
    private long count;

    /**
     * @param loop    the loop whose condition it waits on
     * @param parties how many tasks it waits for
     * @throws PythonException {@code ValueError: parties must be > 0}
     */
    public FutureBarrier(EventLoop loop, long parties) {
        if (parties < 1) {
            throw new ValueError("parties must be > 0");
        }
        this.cond = loop.newCondition(null);
        this.parties = parties;
    }

    @Override
    public Coroutine waitParties() {
        return Steps.coroutine("Barrier.wait", (v, e) -> Steps.await(cond.acquire(), (acquired, error) -> {
            Steps.raiseIf(error);
            // _block(): wait while the barrier drains or resets
            return Steps.await(cond.waitFor(() -> state != State.DRAINING && state != State.RESETTING, TRUE), (ok, blocked) -> {
                if (blocked == null && state == State.BROKEN) {
                    blocked = broken("Barrier aborted");
                }
                if (blocked != null) {
                    cond.release();
                    throw blocked;
                }
                long index = count++;
                if (index + 1 == parties) {
                    state = State.DRAINING;
                    cond.notifyAllWaiters();
                    return leave(index, null);
                }
                return Steps.await(cond.waitFor(() -> state != State.FILLING, TRUE), (filled, waitError) -> {
                    if (waitError == null && (state == State.BROKEN || state == State.RESETTING)) {
                        waitError = broken("Abort or reset of barrier");
                    }
                    return leave(index, waitError);
                });
            });
        }));
    }

    /** The {@code finally} of {@code wait()}: leaves the count, wakes the others when the last one left, releases. */
    private Steps.Next leave(long index, PythonException error) {
        count--;
        if (count == 0) {
            if (state == State.RESETTING || state == State.DRAINING) {
                state = State.FILLING;
            }
            cond.notifyAllWaiters();
        }
        cond.release();
        Steps.raiseIf(error);
        return Steps.done(index);
    }

    @Override
    public Coroutine reset() {
        return locked("Barrier.reset", () -> {
            if (count > 0) {
                state = State.RESETTING;
            } else {
                state = State.FILLING;
            }
        });
    }

    @Override
    public Coroutine abort() {
        return locked("Barrier.abort", () -> state = State.BROKEN);
    }

    /** {@code async with self._cond: change(); self._cond.notify_all()}. */
    private Coroutine locked(String name, Runnable change) {
        return Steps.coroutine(name, (v, e) -> Steps.await(cond.acquire(), (acquired, error) -> {
            Steps.raiseIf(error);
            change.run();
            cond.notifyAllWaiters();
            cond.release();
            return Steps.done(null);
        }));
    }

    @Override
    public long parties() {
        return parties;
    }

    @Override
    public long nWaiting() {
        return state == State.FILLING ? count : 0;
    }

    @Override
    public boolean broken() {
        return state == State.BROKEN;
    }

    private static PythonException broken(String message) {
        return PythonException.of(PyType.BROKEN_BARRIER_ERROR, message);
    }
}

package dev.asynciotck.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The default {@link Lock}: {@code asyncio/locks.py}'s {@code Lock} (the same from 3.10 to 3.13),
 * built only on the futures of its loop. A blocked {@code acquire} parks a future in a FIFO of
 * waiters; {@code release} completes the first waiter still pending; a waiter cancelled after it
 * was woken wakes the next one, so no wake-up is lost.
 *
 * <p>Clauses: {@code LOCK-ACQUIRE-1}, {@code LOCK-FAIR-1}, {@code LOCK-CANCEL-1},
 * {@code LOCK-RELEASE-1}, {@code LOCK-WITH-1}.
 */
public class FutureLock implements Lock {

    private final EventLoop loop;
    private final List<Future> waiters = new ArrayList<>();
    private boolean locked;

    /** @param loop the loop whose futures it waits on */
    public FutureLock(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    public Coroutine acquire() {
        return Steps.coroutine("Lock.acquire", (v, e) -> {
            if (!locked && waiters.stream().allMatch(Future::cancelled)) {
                locked = true;
                return Steps.done(Boolean.TRUE);
            }
            Future waiter = loop.createFuture();
            waiters.add(waiter);
            return Steps.await(waiter, (woken, error) -> {
                waiters.remove(waiter);
                if (error != null) {
                    if (error.isInstanceOf(PyType.CANCELLED_ERROR) && !locked) {
                        wakeUpFirst();
                    }
                    throw error;
                }
                locked = true;
                return Steps.done(Boolean.TRUE);
            });
        });
    }

    @Override
    public void release() {
        if (!locked) {
            throw new RuntimeError("Lock is not acquired.");
        }
        locked = false;
        wakeUpFirst();
    }

    @Override
    public boolean locked() {
        return locked;
    }

    /** {@code _wake_up_first}: completes the first waiter, unless it is done already (then it wakes itself). */
    private void wakeUpFirst() {
        if (!waiters.isEmpty()) {
            Future first = waiters.get(0);
            if (!first.done()) {
                first.setResult(Boolean.TRUE);
            }
        }
    }
}

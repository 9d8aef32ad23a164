package dev.asynciotck.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The default {@link Event}: {@code asyncio/locks.py}'s {@code Event} (the same from 3.10 to 3.13),
 * built only on the futures of its loop: each waiter parks a future, and {@code set} completes all of
 * them.
 *
 * <p>Clauses: {@code EVENT-WAIT-1}, {@code EVENT-WAIT-2}, {@code EVENT-CANCEL-1}.
 */
public class FutureEvent implements Event {

    private final EventLoop loop;
    private final List<Future> waiters = new ArrayList<>();
    private boolean value;

    /** @param loop the loop whose futures it waits on */
    public FutureEvent(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    public Coroutine waitSet() {
        return Steps.coroutine("Event.wait", (v, e) -> {
            if (value) {
                return Steps.done(Boolean.TRUE);
            }
            Future waiter = loop.createFuture();
            waiters.add(waiter);
            return Steps.await(waiter, (woken, error) -> {
                waiters.remove(waiter);
                Steps.raiseIf(error);
                return Steps.done(Boolean.TRUE);
            });
        });
    }

    @Override
    public void set() {
        if (!value) {
            value = true;
            for (Future waiter : waiters) {
                if (!waiter.done()) {
                    waiter.setResult(Boolean.TRUE);
                }
            }
        }
    }

    @Override
    public void clear() {
        value = false;
    }

    @Override
    public boolean isSet() {
        return value;
    }
}

package dev.asynciotck.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The default {@link Semaphore}: CPython 3.13's {@code Semaphore} and {@code BoundedSemaphore} of
 * {@code asyncio/locks.py} (3.10 to 3.12 wake one waiter per successful acquire where 3.13 wakes as many as the counter allows), built only on the futures of its loop. An
 * {@code acquire} waits while the counter is zero or a waiter not cancelled is queued, parking a
 * future in a FIFO; a wake-up takes one from the counter for the waiter it wakes, and a waiter
 * cancelled after it was woken gives it back and wakes the next.
 *
 * <p>Clauses: {@code SEM-VALUE-1}, {@code SEM-VALUE-2}, {@code SEM-FAIR-1}, {@code SEM-FAIR-2}, {@code SEM-BOUND-1},
 * {@code LOCK-WITH-1}.
 */
public class FutureSemaphore implements Semaphore {

    private final EventLoop loop;
    private final List<Future> waiters = new ArrayList<>();
    private final long bound;
    private long value;

    /**
     * @param loop    the loop whose futures it waits on
     * @param value   the initial value of the counter
     * @param bounded whether releasing above {@code value} is an error ({@code BoundedSemaphore})
     * @throws PythonException {@code ValueError: Semaphore initial value must be >= 0}
     */
    public FutureSemaphore(EventLoop loop, long value, boolean bounded) {
        if (value < 0) {
            throw new ValueError("Semaphore initial value must be >= 0");
        }
        this.loop = loop;
        this.value = value;
        this.bound = bounded ? value : Long.MAX_VALUE;
    }

    @Override
    public boolean locked() {
        return value == 0 || waiters.stream().anyMatch(w -> !w.cancelled());
    }

    @Override
    public Coroutine acquire() {
        return Steps.coroutine("Semaphore.acquire", (v, e) -> {
            if (!locked()) {
                value--;
                return Steps.done(Boolean.TRUE);
            }
            Future waiter = loop.createFuture();
            waiters.add(waiter);
            return Steps.await(waiter, (woken, error) -> {
                waiters.remove(waiter);
                if (error != null && error.isInstanceOf(PyType.CANCELLED_ERROR) && waiter.done() && !waiter.cancelled()) {
                    value++;
                }
                while (value > 0 && wakeUpNext()) {
                    // wake as many as the counter allows
                }
                Steps.raiseIf(error);
                return Steps.done(Boolean.TRUE);
            });
        });
    }

    @Override
    public void release() {
        if (value >= bound) {
            throw new ValueError("BoundedSemaphore released too many times");
        }
        value++;
        wakeUpNext();
    }

    /** {@code _wake_up_next}: wakes the first waiter still pending, taking one from the counter for it. */
    private boolean wakeUpNext() {
        for (Future waiter : waiters) {
            if (!waiter.done()) {
                value--;
                waiter.setResult(Boolean.TRUE);
                return true;
            }
        }
        return false;
    }
}

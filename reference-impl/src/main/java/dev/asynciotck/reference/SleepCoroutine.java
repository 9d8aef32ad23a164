package dev.asynciotck.reference;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.CoroutineStep;
import dev.asynciotck.api.PythonException;

/**
 * CPython's {@code asyncio.sleep(delay, result)} as a state machine: for {@code delay <= 0} one
 * bare yield; else a future completed by a {@code call_later} timer, which is cancelled when
 * the sleep ends either way. The timer callback is this object ({@link #run()}).
 */
final class SleepCoroutine implements Coroutine, Runnable {

    private static final int NEW = 0;
    private static final int YIELDED = 1;
    private static final int WAITING = 2;
    private static final int DONE = 3;

    private final double delay;
    private final Object result;
    private int state = NEW;
    private ReferenceFuture future;
    private ReferenceTimerHandle timer;

    SleepCoroutine(double delay, Object result) {
        this.delay = delay;
        this.result = result;
    }

    @Override
    public CoroutineStep send(Object value) {
        switch (state) {
            case NEW:
                if (value != null) {
                    state = DONE;
                    throw CoroutineState.sentValueToNewCoroutine();
                }
                return start();
            case YIELDED:
                state = DONE;
                return new CoroutineStep.Returned(result);
            case WAITING:
                state = DONE;
                timer.cancel();
                return new CoroutineStep.Returned(future.result());
            default:
                throw CoroutineState.reused();
        }
    }

    @Override
    public CoroutineStep throwInto(PythonException error) {
        if (state == WAITING) {
            timer.cancel();
        }
        state = DONE;
        throw error;
    }

    @Override
    public String name() {
        return "sleep";
    }

    private CoroutineStep start() {
        if (delay <= 0) {
            state = YIELDED;
            return CoroutineStep.YIELD;
        }
        ReferenceEventLoop loop = ReferenceEventLoop.requireRunningLoop();
        future = loop.createFuture();
        timer = loop.callLater(delay, this);
        state = WAITING;
        return new CoroutineStep.Suspended(future);
    }

    /** {@code futures._set_result_unless_cancelled(future, result)}, the timer's callback. */
    @Override
    public void run() {
        if (future.cancelled()) {
            return;
        }
        future.setResult(result);
    }

    @Override
    public String toString() {
        return "<coroutine sleep(" + delay + ")>";
    }
}

package dev.asynciotck.reference;

import dev.asynciotck.api.Context;
import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.CoroutineStep;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.InvalidStateError;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.RuntimeError;
import dev.asynciotck.api.Task;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * asyncio's {@code Task}, modelled on CPython 3.11's {@code tasks.Task.__step} / {@code __wakeup}:
 * a future that drives a {@link Coroutine} through send/throw, one step per loop callback.
 *
 * <p>Invariant (as in CPython): while the task is pending, either {@code waitingOn} is null and a
 * step is scheduled, or {@code waitingOn} is a future whose done callbacks include the wakeup and
 * no step is scheduled.
 */
public final class ReferenceTask extends ReferenceFuture implements Task {

    private static final AtomicInteger NAME_COUNTER = new AtomicInteger();

    private final Coroutine coroutine;
    /** The context every step runs in. */
    private final Context context;
    /** Started eagerly and done before {@link #start} returned: {@code get_coro()} is None (3.12+). */
    private boolean startedDone;
    private String name;
    private int cancelsRequested;
    private boolean mustCancel;
    private Future waitingOn;
    /** The exception the next scheduled step throws into the coroutine; null to send None. */
    private PythonException nextStepError;
    private final Runnable step = new Runnable() {
        @Override
        public void run() {
            PythonException error = nextStepError;
            nextStepError = null;
            step(error, null);
        }

        @Override
        public String toString() {
            return "Task.__step";
        }
    };
    private final Consumer<Future> wakeup = new Consumer<>() {
        @Override
        public void accept(Future future) {
            wakeup(future);
        }

        @Override
        public String toString() {
            return "Task.__wakeup";
        }
    };

    /** Creates the task; {@link #start} schedules or runs its first step. */
    ReferenceTask(ReferenceEventLoop loop, Coroutine coroutine, String name, Context context) {
        super(loop);
        this.coroutine = coroutine;
        this.context = context != null ? context : Context.copyCurrent();
        this.name = name != null ? name : "Task-" + NAME_COUNTER.incrementAndGet();
    }

    /**
     * Schedules the first step, or, {@code eagerly}, runs it now as the current task (CPython
     * 3.12's {@code __eager_start}); the task is among the loop's tasks while it is not done.
     */
    void start(boolean eagerly) {
        if (!eagerly) {
            loop.scheduleSoon(new CallbackHandle(step, context));
        }
        loop.rememberTask(this);
        if (eagerly) {
            ReferenceTask previous = loop.swapCurrentTask(this);
            try {
                context.run(() -> runStep(null, null));
            } finally {
                loop.swapCurrentTask(previous);
                startedDone = done();
            }
        }
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    /** A task leaves the loop's tasks once it is done. */
    @Override
    void onDone() {
        loop.forgetTask(this);
    }

    @Override
    public Coroutine getCoro() {
        return startedDone ? null : coroutine;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int cancelling() {
        return cancelsRequested;
    }

    @Override
    public int uncancel() {
        // 3.13: reaching zero withdraws a cancellation not yet thrown in (3.11/3.12 keep it).
        if (cancelsRequested > 0) {
            cancelsRequested--;
            if (cancelsRequested == 0) {
                mustCancel = false;
            }
        }
        return cancelsRequested;
    }

    @Override
    public void setResult(Object value) {
        throw new RuntimeError("Task does not support set_result operation");
    }

    @Override
    public void setException(PythonException error) {
        throw new RuntimeError("Task does not support set_exception operation");
    }

    @Override
    public boolean cancel(String message) {
        if (done()) {
            return false;
        }
        cancelsRequested++;
        if (waitingOn != null && waitingOn.cancel(message)) {
            // Keep waitingOn: it may be a task that swallows the cancellation.
            return true;
        }
        // The step is already scheduled: it will throw CancelledError into the coroutine.
        mustCancel = true;
        cancelMessage = message;
        return true;
    }

    /** CPython's {@code __wakeup}: throw the future's exception in, else send {@code None}. */
    private void wakeup(Future future) {
        try {
            future.result();
        } catch (PythonException error) {
            step(error, null);
            return;
        }
        step(null, null);
    }

    private void step(PythonException error, Object value) {
        if (done()) {
            throw new InvalidStateError("_step(): already done: " + this + ", " + error);
        }
        loop.enterTask(this);
        try {
            runStep(error, value);
        } finally {
            loop.leaveTask();
        }
    }

    /** One step of the coroutine, the task already current: CPython's {@code __step_run_and_handle_result}. */
    private void runStep(PythonException error, Object value) {
        if (mustCancel) {
            if (error == null || !error.isInstanceOf(PyType.CANCELLED_ERROR)) {
                error = makeCancelledError();
            }
            mustCancel = false;
        }
        waitingOn = null;
        CoroutineStep outcome;
        try {
            outcome = error == null ? coroutine.send(value) : coroutine.throwInto(error);
        } catch (PythonException raised) {
            if (raised.isInstanceOf(PyType.CANCELLED_ERROR)) {
                cancelledException = raised;
                finishCancelled(null);
            } else {
                finishWithException(raised);
                if (raised.isInstanceOf(PyType.KEYBOARD_INTERRUPT)) {
                    throw raised;
                }
            }
            return;
        }
        if (outcome instanceof CoroutineStep.Returned returned) {
            if (mustCancel) {
                // Cancelled right before the coroutine returned: the cancel wins.
                mustCancel = false;
                finishCancelled(cancelMessage);
            } else {
                finishWithResult(returned.value());
            }
        } else {
            suspendOn(((CoroutineStep.Suspended) outcome).awaiting());
        }
    }

    private void suspendOn(Future awaited) {
        if (awaited == null) {
            // Bare yield: run again on the next iteration.
            loop.scheduleSoon(new CallbackHandle(step, context));
        } else if (awaited.loop() != loop) {
            scheduleStep(new RuntimeError("Task " + this + " got Future " + awaited + " attached to a different loop"));
        } else if (awaited == this) {
            scheduleStep(new RuntimeError("Task cannot await on itself: " + this));
        } else {
            awaited.addDoneCallback(wakeup, context);
            waitingOn = awaited;
            if (mustCancel && awaited.cancel(cancelMessage)) {
                mustCancel = false;
            }
        }
    }

    private void scheduleStep(PythonException error) {
        nextStepError = error;
        loop.scheduleSoon(new CallbackHandle(step, context));
    }

    @Override
    public String toString() {
        return "<Task " + stateText() + " name='" + name + "' coro=<" + coroutine.name() + "()>>";
    }
}

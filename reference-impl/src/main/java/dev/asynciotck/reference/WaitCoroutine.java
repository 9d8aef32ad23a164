package dev.asynciotck.reference;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.CoroutineStep;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.ReturnWhen;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.ValueError;
import dev.asynciotck.api.WaitResult;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * CPython 3.11's {@code asyncio.wait(fs, timeout=, return_when=)} and {@code _wait} as a state
 * machine: validates on the first send, registers a completion callback on every future, awaits
 * a waiter future released by those callbacks or by the timeout, then unregisters and returns
 * {@code (done, pending)}. Like CPython it always suspends, even when everything is done already.
 */
final class WaitCoroutine implements Coroutine {

    private static final int NEW = 0;
    private static final int WAITING = 1;
    private static final int DONE = 2;

    private final Collection<?> awaitables;
    private final Double timeout;
    private final ReturnWhen returnWhen;
    private int state = NEW;
    private Set<Future> futures;
    private ReferenceFuture waiter;
    private ReferenceTimerHandle timeoutHandle;
    private int counter;
    private final Consumer<Future> onCompletion = new Consumer<>() {
        @Override
        public void accept(Future f) {
            onCompletion(f);
        }

        @Override
        public String toString() {
            return "_wait.<locals>._on_completion";
        }
    };

    WaitCoroutine(Collection<?> awaitables, Double timeout, ReturnWhen returnWhen) {
        this.awaitables = awaitables;
        this.timeout = timeout;
        this.returnWhen = returnWhen;
    }

    @Override
    public CoroutineStep send(Object value) {
        switch (state) {
            case NEW:
                state = DONE;
                if (value != null) {
                    throw CoroutineState.sentValueToNewCoroutine();
                }
                return start();
            case WAITING:
                state = DONE;
                cleanUp();
                return new CoroutineStep.Returned(result());
            default:
                throw CoroutineState.reused();
        }
    }

    @Override
    public CoroutineStep throwInto(PythonException error) {
        if (state == WAITING) {
            cleanUp();
        }
        state = DONE;
        throw error;
    }

    @Override
    public String name() {
        return "wait";
    }

    private CoroutineStep start() {
        if (awaitables == null) {
            throw new TypeError("expect a list of futures, not NoneType");
        }
        if (awaitables.isEmpty()) {
            throw new ValueError("Set of Tasks/Futures is empty.");
        }
        if (returnWhen == null) {
            throw new ValueError("Invalid return_when value: None");
        }
        for (Object o : awaitables) {
            if (o instanceof Coroutine) {
                throw new TypeError("Passing coroutines is forbidden, use tasks explicitly.");
            }
        }
        Set<Future> fs = new LinkedHashSet<>();
        for (Object o : awaitables) {
            if (!(o instanceof Future f)) {
                throw new TypeError("asyncio.wait() expects futures or tasks, got "
                        + (o == null ? "None" : o.getClass().getSimpleName()));
            }
            fs.add(f);
        }
        ReferenceEventLoop loop = ReferenceEventLoop.requireRunningLoop();
        futures = fs;
        waiter = loop.createFuture();
        if (timeout != null) {
            timeoutHandle = loop.callLater(timeout, this::releaseWaiter);
        }
        counter = fs.size();
        for (Future f : fs) {
            f.addDoneCallback(onCompletion);
        }
        state = WAITING;
        return new CoroutineStep.Suspended(waiter);
    }

    private void onCompletion(Future f) {
        counter--;
        if (counter <= 0
                || returnWhen == ReturnWhen.FIRST_COMPLETED
                || (returnWhen == ReturnWhen.FIRST_EXCEPTION && !f.cancelled() && f.exception() != null)) {
            if (timeoutHandle != null) {
                timeoutHandle.cancel();
            }
            releaseWaiter();
        }
    }

    /** {@code _release_waiter(waiter)}. */
    private void releaseWaiter() {
        if (!waiter.done()) {
            waiter.setResult(null);
        }
    }

    private void cleanUp() {
        if (timeoutHandle != null) {
            timeoutHandle.cancel();
        }
        for (Future f : futures) {
            f.removeDoneCallback(onCompletion);
        }
    }

    private WaitResult result() {
        Set<Future> done = new LinkedHashSet<>();
        Set<Future> pending = new LinkedHashSet<>();
        for (Future f : futures) {
            (f.done() ? done : pending).add(f);
        }
        return new WaitResult(done, pending);
    }

    @Override
    public String toString() {
        return "<coroutine wait()>";
    }
}

package dev.asynciotck.reference;

import dev.asynciotck.api.CancelledError;
import dev.asynciotck.api.CallbackContext;
import dev.asynciotck.api.Context;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.InvalidStateError;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.TypeError;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * asyncio's {@code Future} (the C {@code _asyncio.Future}'s messages): pending, then finished with
 * a result or an exception, or cancelled. Done callbacks are always scheduled with the loop's
 * {@code call_soon}, in registration order; never called inline.
 */
public class ReferenceFuture implements Future {

    static final int PENDING = 0;
    static final int FINISHED = 1;
    static final int CANCELLED = 2;

    /** The loop the future belongs to. */
    final ReferenceEventLoop loop;
    private int state = PENDING;
    private Object result;
    private PythonException exception;
    /** asyncio's {@code _cancel_message}: the message given to the cancel that took effect. */
    String cancelMessage;
    /**
     * asyncio's {@code _cancelled_exc}: the CancelledError a task's coroutine raised, handed out
     * once by the first {@code result()}/{@code exception()} call, as CPython does.
     */
    PythonException cancelledException;

    // Done callbacks, in registration order: the first in a field (no array for the usual one).
    private Consumer<Future> firstCallback;
    private Consumer<Future>[] moreCallbacks;
    private int callbackCount;
    // The context each callback runs in, in the same places.
    private CallbackContext firstContext;
    private CallbackContext[] moreContexts;

    ReferenceFuture(ReferenceEventLoop loop) {
        this.loop = loop;
    }

    @Override
    public final EventLoop loop() {
        return loop;
    }

    @Override
    public final boolean done() {
        return state != PENDING;
    }

    @Override
    public final boolean cancelled() {
        return state == CANCELLED;
    }

    @Override
    public final Object result() {
        if (state == CANCELLED) {
            throw makeCancelledError();
        }
        if (state != FINISHED) {
            throw new InvalidStateError("Result is not set.");
        }
        if (exception != null) {
            throw exception;
        }
        return result;
    }

    @Override
    public final PythonException exception() {
        if (state == CANCELLED) {
            throw makeCancelledError();
        }
        if (state != FINISHED) {
            throw new InvalidStateError("Exception is not set.");
        }
        return exception;
    }

    @Override
    public void setResult(Object value) {
        finishWithResult(value);
    }

    @Override
    public void setException(PythonException error) {
        finishWithException(error);
    }

    @Override
    public boolean cancel(String message) {
        return finishCancelled(message);
    }

    /** The callback runs in a copy of the current context, made when it runs ({@link Context#capture()}). */
    @Override
    public final void addDoneCallback(Consumer<Future> callback) {
        addDoneCallbackIn(callback, Context.capture());
    }

    @Override
    public final void addDoneCallback(Consumer<Future> callback, Context context) {
        addDoneCallbackIn(callback, context);
    }

    /** {@code add_done_callback} with the context the callback runs in, given or captured. */
    private void addDoneCallbackIn(Consumer<Future> callback, CallbackContext context) {
        if (state != PENDING) {
            loop.scheduleSoon(new DoneCallbackHandle(callback, this, context));
            return;
        }
        append(callback, context);
    }

    /** Registers a callback of a pending future: the first in a field, the others in an array. */
    @SuppressWarnings("unchecked")
    private void append(Consumer<Future> callback, CallbackContext context) {
        if (callbackCount == 0) {
            firstCallback = callback;
            firstContext = context;
        } else {
            int extra = callbackCount - 1;
            if (moreCallbacks == null) {
                moreCallbacks = (Consumer<Future>[]) new Consumer<?>[4];
                moreContexts = new CallbackContext[4];
            } else if (extra == moreCallbacks.length) {
                moreCallbacks = Arrays.copyOf(moreCallbacks, extra << 1);
                moreContexts = Arrays.copyOf(moreContexts, extra << 1);
            }
            moreCallbacks[extra] = callback;
            moreContexts[extra] = context;
        }
        callbackCount++;
    }

    @Override
    @SuppressWarnings("unchecked")
    public final int removeDoneCallback(Consumer<Future> callback) {
        int n = callbackCount;
        Consumer<Future>[] kept = (Consumer<Future>[]) new Consumer<?>[n];
        CallbackContext[] keptContexts = new CallbackContext[n];
        int keptCount = 0;
        for (int i = 0; i < n; i++) {
            Consumer<Future> registered = i == 0 ? firstCallback : moreCallbacks[i - 1];
            if (!callback.equals(registered)) {
                keptContexts[keptCount] = i == 0 ? firstContext : moreContexts[i - 1];
                kept[keptCount++] = registered;
            }
        }
        firstCallback = null;
        moreCallbacks = null;
        firstContext = null;
        moreContexts = null;
        callbackCount = 0;
        for (int i = 0; i < keptCount; i++) {
            append(kept[i], keptContexts[i]);
        }
        return n - keptCount;
    }

    // ---------------------------------------------------------------- state transitions

    /** Future.set_result: the checks and transition, shared by subclasses that forbid the public call. */
    final void finishWithResult(Object value) {
        if (state != PENDING) {
            throw new InvalidStateError("invalid state");
        }
        result = value;
        state = FINISHED;
        scheduleCallbacks();
    }

    /** Future.set_exception. */
    final void finishWithException(PythonException error) {
        if (state != PENDING) {
            throw new InvalidStateError("invalid state");
        }
        if (error == null) {
            throw new TypeError("invalid exception object");
        }
        exception = error;
        state = FINISHED;
        scheduleCallbacks();
    }

    /** Future.cancel: {@code false} unless pending. */
    final boolean finishCancelled(String message) {
        if (state != PENDING) {
            return false;
        }
        state = CANCELLED;
        cancelMessage = message;
        scheduleCallbacks();
        return true;
    }

    /**
     * asyncio's {@code _make_cancelled_error()}: the saved CancelledError the first time there is
     * one, else a new one with the cancel message.
     *
     * @return the error to raise for this cancelled future
     */
    final PythonException makeCancelledError() {
        PythonException saved = cancelledException;
        if (saved != null) {
            cancelledException = null;
            return saved;
        }
        return new CancelledError(cancelMessage);
    }

    /** Called once, when the future becomes done, before its callbacks are scheduled. */
    void onDone() {
    }

    private void scheduleCallbacks() {
        onDone();
        int n = callbackCount;
        if (n == 0) {
            return;
        }
        Consumer<Future> first = firstCallback;
        Consumer<Future>[] more = moreCallbacks;
        CallbackContext[] contexts = moreContexts;
        loop.scheduleSoon(new DoneCallbackHandle(first, this, firstContext));
        firstCallback = null;
        moreCallbacks = null;
        firstContext = null;
        moreContexts = null;
        callbackCount = 0;
        for (int i = 0; i < n - 1; i++) {
            loop.scheduleSoon(new DoneCallbackHandle(more[i], this, contexts[i]));
        }
    }

    /** @return the state part of asyncio's repr, e.g. {@code finished result=1} */
    final String stateText() {
        switch (state) {
            case PENDING:
                return "pending";
            case CANCELLED:
                return "cancelled";
            default:
                return exception != null ? "finished exception=" + exception : "finished result=" + PyRepr.of(result);
        }
    }

    @Override
    public String toString() {
        return "<Future " + stateText() + ">";
    }
}

package dev.asynciotck.reference;

import dev.asynciotck.api.CallbackContext;
import dev.asynciotck.api.Handle;

/**
 * A callback queued on the loop (asyncio's {@code Handle}): the element type of the ready queue.
 * Subclasses say what running it does.
 */
abstract class AbstractHandle implements Handle, Runnable {

    /** The context the callback runs in, or the values it runs in a copy of. */
    final CallbackContext context;
    private boolean cancelled;

    AbstractHandle(CallbackContext context) {
        this.context = context;
    }

    /** Runs the callback (in {@link #context}: see {@code ReferenceEventLoop.runHandle}); whatever it throws propagates to the loop. */
    @Override
    public abstract void run();

    /** Drops the reference to the callback once the handle is cancelled. */
    abstract void forgetCallback();

    /** @return the callback, for the exception handler's message */
    abstract String describe();

    @Override
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            forgetCallback();
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + (cancelled ? " cancelled" : " " + describe()) + ">";
    }
}

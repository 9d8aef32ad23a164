package dev.asynciotck.reference;

import dev.asynciotck.api.CallbackContext;
import dev.asynciotck.api.TimerHandle;

/**
 * A callback scheduled for a loop time (asyncio's {@code TimerHandle}). It sits in the loop's
 * {@link TimerHeap} until due; a cancelled timer stays there (counted by the loop) until popped
 * or until the heap is rebuilt.
 */
final class ReferenceTimerHandle extends AbstractHandle implements TimerHandle {

    final double when;
    /** Whether the handle is in the loop's timer heap (asyncio's {@code _scheduled}). */
    boolean scheduled;
    private final ReferenceEventLoop loop;
    private Runnable callback;

    ReferenceTimerHandle(double when, Runnable callback, ReferenceEventLoop loop, CallbackContext context) {
        super(context);
        this.when = when;
        this.callback = callback;
        this.loop = loop;
    }

    @Override
    public double when() {
        return when;
    }

    @Override
    public void cancel() {
        loop.timerHandleCancelled(this);
        super.cancel();
    }

    @Override
    public void run() {
        Runnable cb = callback;
        if (cb == null) {
            throw new dev.asynciotck.api.TypeError("'NoneType' object is not callable");
        }
        cb.run();
    }

    @Override
    void forgetCallback() {
        callback = null;
    }

    @Override
    String describe() {
        return callback + "() when=" + when;
    }
}

package dev.asynciotck.reference;

import dev.asynciotck.api.CallbackContext;
import dev.asynciotck.api.TypeError;

/** The handle of a plain {@link Runnable} scheduled with {@code call_soon}. */
final class CallbackHandle extends AbstractHandle {

    private Runnable callback;

    CallbackHandle(Runnable callback, CallbackContext context) {
        super(context);
        this.callback = callback;
    }

    @Override
    public void run() {
        Runnable cb = callback;
        if (cb == null) {
            // CPython (non-debug) accepts call_soon(None) and fails when calling it.
            throw new TypeError("'NoneType' object is not callable");
        }
        cb.run();
    }

    @Override
    void forgetCallback() {
        callback = null;
    }

    @Override
    String describe() {
        return String.valueOf(callback) + "()";
    }
}

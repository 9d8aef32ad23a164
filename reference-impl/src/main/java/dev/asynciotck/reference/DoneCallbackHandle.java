package dev.asynciotck.reference;

import dev.asynciotck.api.CallbackContext;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.TypeError;
import java.util.function.Consumer;

/** The handle of a future's done callback: calls it with the future. */
final class DoneCallbackHandle extends AbstractHandle {

    private Consumer<Future> callback;
    private Future future;

    DoneCallbackHandle(Consumer<Future> callback, Future future, CallbackContext context) {
        super(context);
        this.callback = callback;
        this.future = future;
    }

    @Override
    public void run() {
        Consumer<Future> cb = callback;
        if (cb == null) {
            throw new TypeError("'NoneType' object is not callable");
        }
        cb.accept(future);
    }

    @Override
    void forgetCallback() {
        callback = null;
        future = null;
    }

    @Override
    String describe() {
        return callback + "(" + future + ")";
    }
}

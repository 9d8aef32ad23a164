package dev.asynciotck.api;

import java.util.function.Consumer;

/**
 * The default {@link EventLoop#shield}: {@code asyncio.shield} (the same from 3.10 to 3.13), built on
 * futures. The awaitable becomes a future ({@code ensure_future}); if it is done it is returned as
 * is, else an outer future follows it: cancelling the outer future leaves the inner one running,
 * and the inner one's result, exception or cancellation passes to the outer one unless that was
 * cancelled first.
 */
final class Shield {

    private Shield() {
    }

    static Future of(EventLoop loop, Awaitable awaitable) {
        Future inner = loop.ensureFuture(awaitable);
        if (inner.done()) {
            return inner;
        }
        Future outer = inner.loop().createFuture();
        Consumer<Future> innerDone = f -> {
            if (outer.cancelled()) {
                if (!inner.cancelled()) {
                    inner.exception();
                }
                return;
            }
            if (inner.cancelled()) {
                outer.cancel(null);
            } else {
                PythonException error = inner.exception();
                if (error != null) {
                    outer.setException(error);
                } else {
                    outer.setResult(inner.result());
                }
            }
        };
        inner.addDoneCallback(innerDone);
        outer.addDoneCallback(f -> {
            if (!inner.done()) {
                inner.removeDoneCallback(innerDone);
            }
        });
        return outer;
    }
}

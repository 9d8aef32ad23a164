package dev.asynciotck.reference;

import dev.asynciotck.api.CancelledError;
import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.ValueError;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * CPython 3.11's {@code asyncio.gather}: wraps coroutines in tasks (each distinct object once),
 * and is the done callback of every child, completing the {@link GatheringFuture}.
 */
final class Gather implements Consumer<Future> {

    static final String NOT_AWAITABLE = "An asyncio.Future, a coroutine or an awaitable is required";
    static final String DIFFERENT_LOOP =
            "The future belongs to a different loop than the one specified as the loop argument";

    private final boolean returnExceptions;
    private final List<Future> children;
    private int distinctChildren;
    private int finished;
    private GatheringFuture outer;

    private Gather(boolean returnExceptions, int size) {
        this.returnExceptions = returnExceptions;
        this.children = new ArrayList<>(size);
    }

    /**
     * @param fallback         the loop gather was called on: it runs the coroutine children
     * @param awaitables       futures and coroutines
     * @param returnExceptions put exceptions in the result list
     * @return the gathering future
     */
    static Future gather(ReferenceEventLoop fallback, List<?> awaitables, boolean returnExceptions) {
        if (awaitables == null) {
            throw new TypeError("gather() awaitables must be a list, got None");
        }
        if (awaitables.isEmpty()) {
            ReferenceFuture done = fallback.createFuture();
            done.setResult(new ArrayList<>());
            return done;
        }
        Gather gather = new Gather(returnExceptions, awaitables.size());
        Map<Object, Future> futureOf = new IdentityHashMap<>();
        EventLoop loop = null;
        for (Object arg : awaitables) {
            Future fut = futureOf.get(arg);
            if (fut == null) {
                if (arg instanceof Future given) {
                    if (!(given instanceof ReferenceFuture)) {
                        throw new TypeError("the reference loop cannot gather futures of another implementation: "
                                + given);
                    }
                    if (loop == null) {
                        loop = given.loop();
                    } else if (given.loop() != loop) {
                        throw new ValueError(DIFFERENT_LOOP);
                    }
                    fut = given;
                } else if (arg instanceof Coroutine coroutine) {
                    if (loop == null) {
                        loop = fallback;
                    }
                    fut = loop.createTask(coroutine, null);
                } else {
                    throw new TypeError(NOT_AWAITABLE);
                }
                gather.distinctChildren++;
                futureOf.put(arg, fut);
                fut.addDoneCallback(gather);
            }
            gather.children.add(fut);
        }
        if (!(loop instanceof ReferenceEventLoop referenceLoop)) {
            throw new TypeError("the reference loop cannot gather futures of another implementation's loop: " + loop);
        }
        gather.outer = new GatheringFuture(referenceLoop, gather.children);
        return gather.outer;
    }


    /** CPython's {@code _done_callback}, called (via call_soon) for each finished child. */
    @Override
    public void accept(Future fut) {
        finished++;
        GatheringFuture out = outer;
        if (out == null || out.done()) {
            return;
        }
        if (!returnExceptions) {
            if (fut.cancelled()) {
                out.setException(cancelledErrorOf(fut));
                return;
            }
            PythonException error = fut.exception();
            if (error != null) {
                out.setException(error);
                return;
            }
        }
        if (finished == distinctChildren) {
            List<Object> results = new ArrayList<>(children.size());
            Future last = null;
            for (Future child : children) {
                last = child;
                if (child.cancelled()) {
                    results.add(new CancelledError(cancelMessageOf(child)));
                } else {
                    PythonException error = child.exception();
                    results.add(error != null ? error : child.result());
                }
            }
            if (out.cancelRequested) {
                // CPython takes the error of the loop variable, i.e. of the LAST child, even if
                // that one was not cancelled (then it is a plain CancelledError()).
                out.setException(cancelledErrorOf(last));
            } else {
                out.setResult(results);
            }
        }
    }

    /** {@code fut._make_cancelled_error()}; every child is a reference future (checked in gather). */
    private static PythonException cancelledErrorOf(Future fut) {
        return ((ReferenceFuture) fut).makeCancelledError();
    }

    /** {@code '' if fut._cancel_message is None else fut._cancel_message}. */
    private static String cancelMessageOf(Future fut) {
        String message = ((ReferenceFuture) fut).cancelMessage;
        return message == null ? "" : message;
    }
}

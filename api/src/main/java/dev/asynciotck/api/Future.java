package dev.asynciotck.api;

import java.util.function.Consumer;

/**
 * asyncio's {@code Future}: a result that will be available later, pending until it is given a
 * result, an exception, or cancelled.
 *
 * <p>Done callbacks are never called inline: when the future completes (or when a callback is
 * added to a future that is already done) each callback is scheduled with
 * {@link EventLoop#callSoon}, in registration order.
 */
public interface Future extends Awaitable {

    /** @return the loop this future belongs to */
    EventLoop loop();

    /**
     * Clauses: {@code FUT-STATE-1}.
     *
     * @return whether the future has a result, an exception, or was cancelled
     */
    boolean done();

    /**
     * Clauses: {@code FUT-STATE-1}.
     *
     * @return whether the future was cancelled
     */
    boolean cancelled();

    /**
     * Clauses: {@code FUT-STATE-2}, {@code FUT-STATE-5}, {@code FUT-CANCEL-2}.
     *
     * @return the result
     * @throws InvalidStateError {@code Result is not set.} when pending
     * @throws CancelledError    when cancelled (with the cancel message, if any)
     * @throws PythonException   the exception the future was completed with
     */
    Object result();

    /**
     * Clauses: {@code FUT-STATE-3}, {@code FUT-STATE-5}, {@code FUT-CANCEL-2}.
     *
     * @return the exception the future completed with, or {@code null} if it has a result
     * @throws InvalidStateError {@code Exception is not set.} when pending
     * @throws CancelledError    when cancelled
     */
    PythonException exception();

    /**
     * Marks the future done with a result and schedules its callbacks.
     *
     * <p>Clauses: {@code FUT-STATE-1}, {@code FUT-STATE-4}, {@code FUT-CB-1}.
     *
     * @param result the result ({@code null} is {@code None})
     * @throws InvalidStateError {@code invalid state} when already done
     */
    void setResult(Object result);

    /**
     * Marks the future done with an exception and schedules its callbacks.
     *
     * <p>Clauses: {@code FUT-STATE-1}, {@code FUT-STATE-4}, {@code FUT-CB-1}.
     *
     * @param exception the exception
     * @throws InvalidStateError {@code invalid state} when already done
     */
    void setException(PythonException exception);

    /**
     * Cancels the future, as {@link #cancel(String)} with no message.
     *
     * @return {@code true} if the future was pending and is now cancelled
     */
    default boolean cancel() {
        return cancel(null);
    }

    /**
     * Cancels the future and schedules its callbacks.
     *
     * <p>Clauses: {@code FUT-CANCEL-1}, {@code FUT-CB-1}.
     *
     * @param message the cancel message carried by the {@link CancelledError}, or {@code null}
     * @return {@code false} if the future was already done or cancelled, else {@code true}
     */
    boolean cancel(String message);

    /**
     * Adds a callback to run, with this future as argument, when the future is done; scheduled
     * with {@code callSoon} at once if it is already done.
     *
     * <p>Clauses: {@code FUT-CB-1}, {@code FUT-CB-2}, {@code FUT-CB-3}, {@code FUT-CB-4}.
     *
     * @param callback the callback, run in a copy of the context current now ({@code CTX-CALLBACK-1})
     */
    default void addDoneCallback(Consumer<Future> callback) {
        addDoneCallback(callback, Context.copyCurrent());
    }

    /**
     * {@link #addDoneCallback(Consumer)} with {@code context=}: the callback runs in {@code context}.
     *
     * <p>Clauses: {@code CTX-CALLBACK-1}, {@code CTX-TASK-1} (a task waits for a future with a done
     * callback in its own context).
     *
     * @param callback the callback
     * @param context  the context it runs in
     */
    void addDoneCallback(Consumer<Future> callback, Context context);

    /**
     * Removes every registration of {@code callback} (compared with {@code equals}).
     *
     * <p>Clauses: {@code FUT-CB-5}.
     *
     * @param callback the callback
     * @return how many registrations were removed
     */
    int removeDoneCallback(Consumer<Future> callback);
}

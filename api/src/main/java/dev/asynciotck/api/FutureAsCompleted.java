package dev.asynciotck.api;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The default {@link EventLoop#asCompleted}: CPython 3.13's {@code _AsCompletedIterator}, built on
 * futures and a {@link Queue} of the loop. Each distinct input becomes a future
 * ({@code ensure_future}) whose completion puts it on the queue; a timeout puts one {@code None} per
 * input still pending instead, and leaves those inputs running. Each {@code next()} or
 * {@code anext()} takes the next entry of the queue, so the n-th await gets the n-th completion
 * whatever the order of the awaits.
 */
public class FutureAsCompleted implements AsCompleted {

    private final Queue done;
    private final Set<Future> todo = new LinkedHashSet<>();
    private final Consumer<Future> onCompletion = this::handleCompletion;
    private Handle timeoutHandle;
    private int todoLeft;

    /**
     * @param loop        the loop the inputs run on
     * @param awaitables  the inputs: futures and coroutines (a coroutine becomes a task)
     * @param timeout     seconds, or {@code null} for none
     */
    public FutureAsCompleted(EventLoop loop, Collection<?> awaitables, Double timeout) {
        done = loop.newQueue(QueueOrder.FIFO, 0, null);
        for (Object aw : new LinkedHashSet<>(awaitables)) {
            todo.add(loop.ensureFuture(aw));
        }
        for (Future f : todo) {
            f.addDoneCallback(onCompletion);
        }
        if (!todo.isEmpty() && timeout != null) {
            timeoutHandle = loop.callLater(timeout, this::handleTimeout);
        }
        todoLeft = todo.size();
    }

    @Override
    public Coroutine next() {
        if (todoLeft == 0) {
            return null;
        }
        todoLeft--;
        return waitForOne(true);
    }

    @Override
    public Awaitable anext() {
        return Steps.coroutine("as_completed.__anext__", (v, e) -> {
            if (todoLeft == 0) {
                throw PythonException.of(PyType.STOP_ASYNC_ITERATION, "");
            }
            todoLeft--;
            return Steps.await(waitForOne(false), (f, error) -> {
                Steps.raiseIf(error);
                return Steps.done(f);
            });
        });
    }

    private Coroutine waitForOne(boolean resolve) {
        return Steps.coroutine("as_completed._wait_for_one", (v, e) -> Steps.await(done.get(), (f, error) -> {
            Steps.raiseIf(error);
            if (f == null) {
                throw new TimeoutError("");
            }
            return Steps.done(resolve ? ((Future) f).result() : f);
        }));
    }

    private void handleTimeout() {
        for (Future f : todo) {
            f.removeDoneCallback(onCompletion);
            done.putNowait(null);
        }
        todo.clear();
    }

    private void handleCompletion(Future f) {
        if (todo.isEmpty()) {
            return;
        }
        todo.remove(f);
        done.putNowait(f);
        if (todo.isEmpty() && timeoutHandle != null) {
            timeoutHandle.cancel();
        }
    }
}

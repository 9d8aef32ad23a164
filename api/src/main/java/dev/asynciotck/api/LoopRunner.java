package dev.asynciotck.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The default {@link Runner}: CPython's {@code asyncio.Runner} (3.11+, and {@code asyncio.run} of
 * 3.10, which does the same), built on the loop's public methods. Its loop is made on first use;
 * {@link #close()} cancels every task left on it and waits for them
 * ({@code gather(..., return_exceptions=True)}), reports to the loop's exception handler each that
 * ended with an exception ({@code unhandled exception during asyncio.run() shutdown}), runs
 * {@code shutdown_asyncgens()}, and closes the loop.
 */
public class LoopRunner implements Runner {

    private enum State { CREATED, INITIALIZED, CLOSED }

    private final Supplier<EventLoop> loops;
    private EventLoop loop;
    private State state = State.CREATED;

    /** @param loops makes the runner's loop, once, on first use */
    public LoopRunner(Supplier<EventLoop> loops) {
        this.loops = loops;
    }

    /**
     * {@code asyncio.run(main)}: refuses to run inside a running loop, else runs {@code main} in
     * {@code runner} and closes the runner, whichever way {@code main} ends.
     *
     * <p>Clauses: {@code RUN-RESULT-1}, {@code RUN-NEST-1}.
     *
     * @param runner a runner not used yet
     * @param main   the coroutine
     * @return its result
     * @throws RuntimeError {@code asyncio.run() cannot be called from a running event loop}
     */
    public static Object run(Runner runner, Coroutine main) {
        if (RunningLoop.get() != null) {
            throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
        }
        try (Runner r = runner) {
            return r.run(main);
        }
    }

    @Override
    public Object run(Coroutine coroutine) {
        if (RunningLoop.get() != null) {
            throw new RuntimeError("Runner.run() cannot be called from a running event loop");
        }
        lazyInit();
        return loop.runUntilComplete(loop.createTask(coroutine, null));
    }

    @Override
    public EventLoop getLoop() {
        lazyInit();
        return loop;
    }

    @Override
    public void close() {
        if (state != State.INITIALIZED) {
            return;
        }
        try {
            cancelAllTasks();
            loop.runUntilComplete(loop.shutdownAsyncgens());
        } finally {
            loop.close();
            loop = null;
            state = State.CLOSED;
        }
    }

    private void lazyInit() {
        if (state == State.CLOSED) {
            throw new RuntimeError("Runner is closed");
        }
        if (state == State.INITIALIZED) {
            return;
        }
        loop = loops.get();
        state = State.INITIALIZED;
    }

    /** asyncio's {@code runners._cancel_all_tasks}. */
    private void cancelAllTasks() {
        List<Task> toCancel = new ArrayList<>(loop.allTasks());
        if (toCancel.isEmpty()) {
            return;
        }
        for (Task task : toCancel) {
            task.cancel();
        }
        loop.runUntilComplete(loop.gather(toCancel, true));
        for (Task task : toCancel) {
            if (!task.cancelled() && task.exception() != null) {
                loop.callExceptionHandler(new ExceptionContext(
                        "unhandled exception during asyncio.run() shutdown", task.exception(), null));
            }
        }
    }
}

package dev.asynciotck.api;

/**
 * The loop running on each thread: asyncio's {@code _get_running_loop()} and
 * {@code _set_running_loop()}, shared by every implementation as asyncio's module-level registry
 * is. A loop sets itself here while its {@code run_forever()} runs (and clears it when it returns),
 * so that {@code asyncio.get_running_loop()}, {@code asyncio.run()} and {@link Runner#run} can tell
 * whether a loop runs on the calling thread.
 *
 * <p>Clauses: {@code LOOP-RUNNING-1}, {@code RUN-NEST-1}, {@code RUNNER-NEST-1}.
 */
public final class RunningLoop {

    private static final ThreadLocal<EventLoop> RUNNING = new ThreadLocal<>();

    private RunningLoop() {
    }

    /** @return the loop running on this thread, or {@code null} */
    public static EventLoop get() {
        return RUNNING.get();
    }

    /**
     * asyncio's {@code get_running_loop()}.
     *
     * @return the loop running on this thread
     * @throws RuntimeError {@code no running event loop}
     */
    public static EventLoop require() {
        EventLoop loop = RUNNING.get();
        if (loop == null) {
            throw new RuntimeError("no running event loop");
        }
        return loop;
    }

    /** @param loop the loop that starts running on this thread, or {@code null} when it stops */
    public static void set(EventLoop loop) {
        if (loop == null) {
            RUNNING.remove();
        } else {
            RUNNING.set(loop);
        }
    }
}

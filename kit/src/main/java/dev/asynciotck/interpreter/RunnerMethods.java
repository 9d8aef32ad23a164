package dev.asynciotck.interpreter;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.LoopRunner;
import dev.asynciotck.api.Runner;
import dev.asynciotck.api.RunningLoop;
import dev.asynciotck.api.RuntimeError;
import dev.asynciotck.api.ValueError;

import java.util.Map;

/**
 * The runners: {@code asyncio.run}, {@code asyncio.Runner} and its methods, and
 * {@code asyncio.get_running_loop}. A runner's loop is a new loop of the implementation under
 * test, made by the session (so that its exception handler records), as the Python driver passes
 * its loop factory to {@code asyncio.run} and {@code asyncio.Runner}.
 */
final class RunnerMethods {

    static final Map<String, Methods.Body<Object>> RUNNER = Methods.table(Runner.class, null)
            .with("run", (s, r, a) -> {
                Object coro = a.required(0, "coro");
                a.noMoreThan(1);
                return r.run(coroutine(coro));
            })
            .with("get_loop", (s, r, a) -> {
                a.noMoreThan(0);
                return r.getLoop();
            })
            .with("close", (s, r, a) -> {
                a.noMoreThan(0);
                r.close();
                return null;
            }).build();

    private RunnerMethods() {
    }

    /** {@code asyncio.run(main)}: 3.11's order, the running loop first, then the argument. */
    static Object run(Session s, Object module, Args a) {
        Object main = a.required(0, "main");
        a.noMoreThan(1);
        if (RunningLoop.get() != null) {
            throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
        }
        return LoopRunner.run(newRunner(s), coroutine(main));
    }

    /** {@code asyncio.Runner()} (3.11+). */
    static Object runner(Session s, Object module, Args a) {
        a.noMoreThan(0);
        return newRunner(s);
    }

    /** {@code asyncio.get_running_loop()}: the loop that set itself running on this thread. */
    static Object getRunningLoop(Session s, Object module, Args a) {
        a.noMoreThan(0);
        return RunningLoop.require();
    }

    private static Runner newRunner(Session s) {
        return s.factory().newRunner(s::newLoop);
    }

    private static Coroutine coroutine(Object value) {
        if (value instanceof Coroutine c) {
            return c;
        }
        throw new ValueError("a coroutine was expected, got " + PyOps.repr(value));
    }
}

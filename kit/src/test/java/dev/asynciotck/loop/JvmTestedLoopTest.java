package dev.asynciotck.loop;

import dev.asynciotck.api.AsCompleted;
import dev.asynciotck.api.Awaitable;
import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.EventLoopFactory;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.LoopOptions;
import dev.asynciotck.api.Steps;
import dev.asynciotck.program.ProgramText;
import dev.asynciotck.trace.Trace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Running programs in process: traces, invalid programs, and a hung program reported as a fault. */
class JvmTestedLoopTest {

    private final TestedLoop loop = LoopSelector.select("reference");

    @AfterEach
    void close() {
        loop.close();
    }

    private RunOutcome run(String text, RunMode settings) {
        return loop.run(ProgramText.parse(text), settings);
    }

    @Test
    void aProgramGivesItsTrace() {
        RunOutcome outcome = run("record(\"a\", [1, (2,), {3}])\n", RunMode.DEFAULT);
        Trace trace = assertInstanceOf(RunOutcome.Traced.class, outcome).trace();
        assertEquals("a: [1, (2,), {3}]\n", trace.toString());
    }

    @Test
    void aLoopThatReturnsNoTimerHandleFailsItsCheckItDoesNotMakeTheProgramInvalid() {
        EventLoopFactory broken = proxied("broken", new ArrayList<>(), (real, method, args) -> {
            if (method.getName().equals("callLater")) {
                method.invoke(real, args);
                return null;
            }
            return method.invoke(real, args);
        });
        try (TestedLoop tested = new JvmTestedLoop("java:broken", broken)) {
            RunOutcome outcome = tested.run(ProgramText.parse("h = loop.call_later(0.001, loop.stop)\nrecord(\"when\", h.when())\n"),
                    RunMode.DEFAULT);
            RunOutcome.Fault fault = assertInstanceOf(RunOutcome.Fault.class, outcome);
            assertEquals(RunOutcome.Kind.WRONG_KIND, fault.kind());
            assertEquals("call_later returned None; asyncio returns a TimerHandle", fault.detail());
        }
    }

    /** ASCOMPLETED-ASYNC-1: async for over as_completed gives the futures; a loop giving their results deviates. */
    @Test
    void aLoopWhoseAsCompletedGivesResultsToAsyncForFailsItsCheckItDoesNotMakeTheProgramInvalid() {
        EventLoopFactory broken = proxied("broken", new ArrayList<>(), (real, method, args) -> {
            Object returned = method.invoke(real, args);
            return method.getName().equals("asCompleted") ? givingResults((AsCompleted) returned) : returned;
        });
        try (TestedLoop tested = new JvmTestedLoop("java:broken", broken)) {
            RunOutcome outcome = tested.run(ProgramText.parse("async def main():\n    f = loop.create_future()\n"
                    + "    f.set_result(\"f\")\n    async for done in asyncio.as_completed([f]):\n"
                    + "        record(\"result\", done.result())\n\nloop.run_until_complete(main())\n"), RunMode.DEFAULT);
            RunOutcome.Fault fault = assertInstanceOf(RunOutcome.Fault.class, outcome);
            assertEquals(RunOutcome.Kind.WRONG_KIND, fault.kind());
            assertEquals("async for over as_completed() gave java.lang.String; asyncio gives a Future", fault.detail());
        }
    }

    /**
     * Awaiting a coroutine of the loop gives what asyncio documents (the vocabulary's await_gives):
     * a loop giving something else deviates, whether the program awaits the coroutine or a task
     * running it; the program is not invalid.
     */
    @Test
    void aLoopWhoseCoroutinesGiveOtherValuesFailsItsChecksItDoesNotMakeTheProgramInvalid() {
        EventLoopFactory broken = proxied("broken", new ArrayList<>(), (real, method, args) -> {
            Object returned = method.invoke(real, args);
            if (method.getName().equals("createServer")) {
                return giving((Coroutine) returned, server -> {
                    ((dev.asynciotck.api.Server) server).close();
                    return "a server";
                });
            }
            if (method.getName().equals("createConnection")) {
                return giving((Coroutine) returned, value -> {
                    dev.asynciotck.api.Connection c = (dev.asynciotck.api.Connection) value;
                    c.transport().close();
                    return new dev.asynciotck.api.Connection(null, c.protocol());
                });
            }
            return returned;
        });
        String serving = "class P(asyncio.Protocol):\n    pass\n\nasync def main():\n"
                + "    server = await loop.create_server(P, \"127.0.0.1\", 0)\n    record(\"serving\", server.is_serving())\n\n"
                + "loop.run_until_complete(main())\n";
        String connecting = "class P(asyncio.Protocol):\n    pass\n\nasync def main():\n    listener = tcp_listener()\n"
                + "    t = asyncio.create_task(loop.create_connection(P, \"127.0.0.1\", listener.getsockname()[1]))\n"
                + "    conn = await t\n    listener.close()\n    conn[0].close()\n\nloop.run_until_complete(main())\n";
        try (TestedLoop tested = new JvmTestedLoop("java:broken", broken)) {
            RunOutcome first = tested.run(ProgramText.parse(serving), RunMode.DEFAULT);
            RunOutcome.Fault fault = assertInstanceOf(RunOutcome.Fault.class, first, first::toString);
            assertEquals(RunOutcome.Kind.WRONG_KIND, fault.kind());
            assertEquals("awaiting create_server() gave java.lang.String; asyncio gives a Server", fault.detail());
            fault = assertInstanceOf(RunOutcome.Fault.class, tested.run(ProgramText.parse(connecting), RunMode.DEFAULT));
            assertEquals(RunOutcome.Kind.WRONG_KIND, fault.kind());
            assertEquals("awaiting create_connection() gave None as item 0 of its tuple; asyncio gives a Transport there",
                    fault.detail());
        }
        RunOutcome outcome = run(connecting, RunMode.DEFAULT);
        assertInstanceOf(RunOutcome.Traced.class, outcome, outcome::toString);
    }

    /** @return a coroutine that awaits {@code inner} and gives {@code change} of its value */
    private static Coroutine giving(Coroutine inner, java.util.function.UnaryOperator<Object> change) {
        return Steps.coroutine("broken " + inner.name(), (v, e) -> Steps.await(inner, (value, error) -> {
            Steps.raiseIf(error);
            return Steps.done(change.apply(value));
        }));
    }

    /** @return {@code inner}, whose async iteration gives each future's result where asyncio gives the future */
    private static AsCompleted givingResults(AsCompleted inner) {
        return new AsCompleted() {
            @Override
            public Coroutine next() {
                return inner.next();
            }

            @Override
            public Awaitable anext() {
                return Steps.coroutine("broken __anext__", (v, e) -> Steps.await(inner.anext(), (f, error) -> {
                    Steps.raiseIf(error);
                    return Steps.done(((Future) f).result());
                }));
            }
        };
    }

    @Test
    void anUnknownNameIsAnInvalidProgramNotALoopFailure() {
        RunOutcome outcome = run("record(\"a\", no_such_name)\n", RunMode.DEFAULT);
        String message = assertInstanceOf(RunOutcome.InvalidProgram.class, outcome).message();
        assertTrue(message.contains("name 'no_such_name' is not defined"), message);
    }

    @Test
    void theNameOfAnExceptClauseIsUnboundAfterItAsInPython() {
        RunOutcome outcome = run("try:\n    raise ValueError(\"x\")\nexcept ValueError as e:\n    record(\"in\", e)\n"
                + "record(\"after\", e)\n", RunMode.DEFAULT);
        String message = assertInstanceOf(RunOutcome.InvalidProgram.class, outcome).message();
        assertTrue(message.contains("name 'e' is not defined"), message);
    }

    @Test
    void anUnknownMethodInACallbackIsAnInvalidProgram() {
        RunOutcome outcome = run("def cb():\n    loop.no_such_method()\n\nloop.call_soon(cb)\nloop.call_soon(loop.stop)\n"
                + "loop.run_forever()\n", RunMode.DEFAULT);
        String message = assertInstanceOf(RunOutcome.InvalidProgram.class, outcome).message();
        assertTrue(message.contains("'no_such_method' is not a method of the loop"), message);
    }

    @Test
    void aProgramThatNeverStopsIsReportedAsATimeoutAndTheNextOneRuns() {
        RunMode shortBudget = new RunMode(false, Duration.ofMillis(300), 1);
        RunOutcome hung = run("loop.run_forever()\n", shortBudget);
        RunOutcome.Fault fault = assertInstanceOf(RunOutcome.Fault.class, hung);
        assertEquals(RunOutcome.Kind.TIMEOUT, fault.kind());
        RunOutcome next = run("record(\"after\")\n", RunMode.DEFAULT);
        assertEquals("after\n", assertInstanceOf(RunOutcome.Traced.class, next).trace().toString());
    }

    @Test
    void aProgramPastItsBudgetHasItsLoopsStoppedAndClosed() {
        RunMode shortBudget = new RunMode(false, Duration.ofMillis(300), 1);
        RunOutcome hung = run("async def main():\n    await loop.create_future()\n\n"
                + "loop.run_until_complete(main())\n", shortBudget);
        RunOutcome.Fault fault = assertInstanceOf(RunOutcome.Fault.class, hung);
        assertEquals(RunOutcome.Kind.TIMEOUT, fault.kind());
        assertTrue(fault.detail().endsWith("its loops were stopped and closed"), fault.detail());
    }

    @Test
    void aProgramThatBlocksItsLoopPastItsBudgetIsAbandoned() {
        RunMode shortBudget = new RunMode(false, Duration.ofMillis(300), 1);
        RunOutcome hung = run("def block():\n    blocking_sleep(3)\n\nloop.call_soon(block)\nloop.run_forever()\n",
                shortBudget);
        RunOutcome.Fault fault = assertInstanceOf(RunOutcome.Fault.class, hung);
        assertEquals(RunOutcome.Kind.TIMEOUT, fault.kind());
        assertTrue(fault.detail().contains("its thread was abandoned"), fault.detail());
    }

    @Test
    void unwatchedProgramsRunAtOnceGiveTheirOutcomesInOrderWithAHungOneReportedAlone() {
        RunMode atOnce = new RunMode(false, Duration.ofMillis(300), 8, false);
        List<dev.asynciotck.program.Program> programs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            programs.add(ProgramText.parse(i == 3 ? "loop.run_forever()\n" : "record(\"p\", " + i + ")\n"));
        }
        List<RunOutcome> outcomes = loop.runAll(programs, atOnce);
        assertEquals(7, outcomes.size());
        for (int i = 0; i < 7; i++) {
            if (i == 3) {
                assertEquals(RunOutcome.Kind.TIMEOUT, assertInstanceOf(RunOutcome.Fault.class, outcomes.get(i)).kind());
            } else {
                assertEquals("p: " + i + "\n", assertInstanceOf(RunOutcome.Traced.class, outcomes.get(i)).trace().toString());
            }
        }
        assertTrue(loop.capabilities().contains(Capability.PARALLEL_RUNS));
    }

    @Test
    void aRaisingMainEndsTheTraceWithTheException() {
        RunOutcome outcome = run("record(\"before\")\nloop.close()\nloop.call_soon(loop.stop)\nrecord(\"never\")\n",
                RunMode.DEFAULT);
        Trace trace = assertInstanceOf(RunOutcome.Traced.class, outcome).trace();
        assertEquals("before\n!raised: RuntimeError('Event loop is closed')\n", trace.toString());
    }

    private static final String EXECUTOR_PROGRAM = "def work(n):\n    return n + 1\n\n"
            + "record(\"result\", loop.run_until_complete(loop.run_in_executor(None, work, 1)))\nloop.close()\n";

    @Test
    void aProgramWhoseLoopIsClosedLeavesNoThreadOfItsExecutor() {
        RunOutcome outcome = run(EXECUTOR_PROGRAM, RunMode.DEFAULT);
        RunOutcome.Traced traced = assertInstanceOf(RunOutcome.Traced.class, outcome);
        assertEquals("result: 2\n", traced.trace().toString());
        assertEquals(List.of(), traced.leaks());
    }

    /** RESOURCE-THREAD-1: a loop whose close() does nothing leaves its default executor's thread. */
    @Test
    void aLoopWhoseCloseKeepsItsExecutorLeaksItsThreadNamedInTheOutcome() {
        List<EventLoop> kept = new ArrayList<>();
        EventLoopFactory leaky = proxied("leaky", kept,
                (real, method, args) -> method.getName().equals("close") ? null : method.invoke(real, args));
        try (TestedLoop tested = new JvmTestedLoop("java:leaky", leaky)) {
            RunOutcome outcome = tested.run(ProgramText.parse(EXECUTOR_PROGRAM), RunMode.DEFAULT);
            RunOutcome.Traced traced = assertInstanceOf(RunOutcome.Traced.class, outcome);
            assertEquals(List.of(new Leak("thread", "thread 'asyncio_0' (daemon)")), traced.leaks());
        } finally {
            kept.forEach(EventLoop::close);
        }
    }

    /** RESOURCE-PROCESS-1: a child the program never waited for is named, then killed. */
    @Test
    void aProcessLeftRunningIsNamedInTheOutcomeAndThenEnded() {
        RunOutcome outcome = run("async def main():\n    proc = await asyncio.create_subprocess_exec(\"sleep\", \"60\")\n"
                + "    record(\"started\")\n\nloop.run_until_complete(main())\n", RunMode.DEFAULT);
        RunOutcome.Traced traced = assertInstanceOf(RunOutcome.Traced.class, outcome);
        assertEquals("started\n", traced.trace().toString());
        assertEquals(1, traced.leaks().size(), traced.leaks()::toString);
        Leak leak = traced.leaks().get(0);
        assertEquals("process", leak.resource());
        assertTrue(leak.detail().matches("process \\d+ \\(sleep\\) still running"), leak.detail());
        long pid = Long.parseLong(leak.detail().split(" ")[1]);
        assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "the kit ended process " + pid);
    }

    @Test
    void aProcessWaitedForLeavesNothing() {
        RunOutcome outcome = run("async def main():\n    proc = await asyncio.create_subprocess_exec(\"sh\", \"-c\", \"exit 3\")\n"
                + "    status = await proc.wait()\n    record(\"status\", status)\n\nloop.run_until_complete(main())\n",
                RunMode.DEFAULT);
        RunOutcome.Traced traced = assertInstanceOf(RunOutcome.Traced.class, outcome);
        assertEquals("status: 3\n", traced.trace().toString());
        assertEquals(List.of(), traced.leaks());
    }

    /** What a proxied loop does with a call made on it. */
    private interface Call {
        Object on(EventLoop real, Method method, Object[] args) throws Throwable;
    }

    /**
     * @param name  the factory's name
     * @param made  where the reference loops it makes go (to close them after the test)
     * @param calls what each call on one of its loops does, given the reference loop behind it
     * @return a factory of reference loops seen through {@code calls}
     */
    private static EventLoopFactory proxied(String name, List<EventLoop> made, Call calls) {
        EventLoopFactory reference = new dev.asynciotck.reference.ReferenceEventLoopFactory();
        return new EventLoopFactory() {
            @Override
            public EventLoop newEventLoop(LoopOptions options) {
                EventLoop real = reference.newEventLoop(options);
                made.add(real);
                return (EventLoop) Proxy.newProxyInstance(EventLoop.class.getClassLoader(), new Class<?>[] {EventLoop.class},
                        (proxy, method, args) -> {
                            try {
                                return calls.on(real, method, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String version() {
                return "0";
            }
        };
    }
}

package dev.asynciotck.reference;

import static dev.asynciotck.reference.ScriptCoroutine.returns;
import static dev.asynciotck.reference.TestSupport.assertRaises;
import static dev.asynciotck.reference.TestSupport.virtualLoop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynciotck.api.EventLoopFactory;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.LoopOptions;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.Task;
import dev.asynciotck.reference.TestSupport.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** LIF and RUC: running, nesting, stopping, closing, run_until_complete, the factory. */
class LifecycleTest {

    private static final String CLOSED = "Event loop is closed";

    @Test
    void everySchedulingAndRunningMethodRaisesOnAClosedLoop() {
        ReferenceEventLoop loop = virtualLoop();
        loop.close();
        assertRaises(PyType.RUNTIME_ERROR, CLOSED, () -> loop.callSoon(() -> { }));
        assertRaises(PyType.RUNTIME_ERROR, CLOSED, () -> loop.callSoonThreadsafe(() -> { }));
        assertRaises(PyType.RUNTIME_ERROR, CLOSED, () -> loop.callLater(1, () -> { }));
        assertRaises(PyType.RUNTIME_ERROR, CLOSED, () -> loop.callAt(1, () -> { }));
        assertRaises(PyType.RUNTIME_ERROR, CLOSED, loop::runForever);
        assertRaises(PyType.RUNTIME_ERROR, CLOSED, () -> loop.runUntilComplete(returns(1)));
        assertRaises(PyType.RUNTIME_ERROR, CLOSED, () -> loop.runUntilComplete("not awaitable"));
        assertRaises(PyType.RUNTIME_ERROR, CLOSED, () -> loop.createTask(returns(1), null));
    }

    @Test
    void aClosedLoopStillAllowsFuturesTimeQueriesStopAndClose() {
        ReferenceEventLoop loop = virtualLoop();
        loop.close();
        Future f = loop.createFuture();
        assertFalse(f.done());
        assertEquals(0.0, loop.time());
        loop.stop();
        loop.close();
        assertTrue(loop.isClosed());
        assertFalse(loop.isRunning());
    }

    @Test
    void closeDiscardsPendingCallbacksAndTimers() {
        ReferenceEventLoop loop = virtualLoop();
        loop.callSoon(() -> { });
        loop.callLater(1, () -> { });
        loop.close();
        assertEquals(0, loop.scheduledTimerCount());
    }

    @Test
    void closingARunningLoopRaises() {
        ReferenceEventLoop loop = virtualLoop();
        List<PythonException> errors = new ArrayList<>();
        loop.callSoon(() -> {
            try {
                loop.close();
            } catch (PythonException e) {
                errors.add(e);
            }
            loop.stop();
        });
        loop.runForever();
        assertEquals("RuntimeError('Cannot close a running event loop')", errors.get(0).toString());
        assertFalse(loop.isClosed());
    }

    @Test
    void isRunningAndIsClosedFollowTheLifecycle() {
        ReferenceEventLoop loop = virtualLoop();
        List<Boolean> inside = new ArrayList<>();
        assertFalse(loop.isRunning());
        loop.callSoon(() -> {
            inside.add(loop.isRunning());
            inside.add(loop.isClosed());
            inside.add(ReferenceEventLoop.runningLoop() == loop);
            loop.stop();
        });
        loop.runForever();
        assertEquals(List.of(true, false, true), inside);
        assertFalse(loop.isRunning());
        assertEquals(null, ReferenceEventLoop.runningLoop());
        loop.close();
        assertTrue(loop.isClosed());
    }

    @Test
    void reenteringARunningLoopRaisesBeforeWrappingTheCoroutine() {
        ReferenceEventLoop loop = virtualLoop();
        List<String> errors = new ArrayList<>();
        ScriptCoroutine inner = returns("never");
        loop.callSoon(() -> {
            for (Runnable attempt : List.<Runnable>of(loop::runForever, () -> loop.runUntilComplete(inner))) {
                try {
                    attempt.run();
                } catch (PythonException e) {
                    errors.add(e.toString());
                }
            }
            loop.stop();
        });
        loop.runForever();
        loop.stop();
        loop.runForever();
        assertEquals(List.of("RuntimeError('This event loop is already running')",
                "RuntimeError('This event loop is already running')"), errors);
        assertEquals(0, inner.resumptions, "the coroutine must not have been wrapped and run");
    }

    @Test
    void runningASecondLoopInsideARunningOneRaises() {
        ReferenceEventLoop outer = virtualLoop();
        ReferenceEventLoop other = virtualLoop();
        List<String> errors = new ArrayList<>();
        outer.callSoon(() -> {
            for (Runnable attempt : List.<Runnable>of(other::runForever, () -> other.runUntilComplete(returns(1)))) {
                try {
                    attempt.run();
                } catch (PythonException e) {
                    errors.add(e.toString());
                }
            }
            errors.add("outer still running: " + outer.isRunning());
            outer.stop();
        });
        outer.runForever();
        assertEquals(List.of("RuntimeError('Cannot run the event loop while another loop is running')",
                "RuntimeError('Cannot run the event loop while another loop is running')",
                "outer still running: true"), errors);
        assertEquals(42, other.runUntilComplete(returns(42)), "the other loop runs once the first returned");
    }

    @Test
    void runUntilCompleteWrapsACoroutineInATaskAndReturnsItsResult() {
        ReferenceEventLoop loop = virtualLoop();
        Task[] current = new Task[1];
        Object result = loop.runUntilComplete(ScriptCoroutine.of((v, e) -> {
            current[0] = loop.currentTask();
            return ScriptCoroutine.returning("value");
        }));
        assertEquals("value", result);
        assertNotNull(current[0]);
        assertTrue(current[0].done());
    }

    @Test
    void runUntilCompleteRaisesTheCoroutinesException() {
        ReferenceEventLoop loop = virtualLoop();
        assertRaises(PyType.VALUE_ERROR, "boom", () -> loop.runUntilComplete(ScriptCoroutine.of((v, e) -> {
            throw new dev.asynciotck.api.ValueError("boom");
        })));
    }

    @Test
    void runUntilCompleteOnAFutureResolvedByACallbackReturnsItsResult() {
        ReferenceEventLoop loop = virtualLoop();
        Future f = loop.createFuture();
        loop.callLater(1, () -> f.setResult(42));
        assertEquals(42, loop.runUntilComplete(f));
        Future done = loop.createFuture();
        done.setResult("already");
        assertEquals("already", loop.runUntilComplete(done));
        Future cancelled = loop.createFuture();
        cancelled.cancel("why");
        assertRaises(PyType.CANCELLED_ERROR, "why", () -> loop.runUntilComplete(cancelled));
    }

    @Test
    void runUntilCompleteRejectsWhatIsNotAwaitable() {
        ReferenceEventLoop loop = virtualLoop();
        String message = "An asyncio.Future, a coroutine or an awaitable is required";
        assertRaises(PyType.TYPE_ERROR, message, () -> loop.runUntilComplete(1));
        assertRaises(PyType.TYPE_ERROR, message, () -> loop.runUntilComplete(null));
    }

    @Test
    void runUntilCompleteRejectsAFutureOfAnotherLoop() {
        ReferenceEventLoop loop = virtualLoop();
        Future foreign = virtualLoop().createFuture();
        assertRaises(PyType.VALUE_ERROR,
                "The future belongs to a different loop than the one specified as the loop argument",
                () -> loop.runUntilComplete(foreign));
    }

    @Test
    void runUntilCompleteRaisesWhenStoppedEarlyAndTheTaskCanBeResumed() {
        ReferenceEventLoop loop = virtualLoop();
        Future gate = loop.createFuture();
        Task t = loop.createTask(ScriptCoroutine.awaits(gate), "t");
        loop.callLater(1, loop::stop);
        assertRaises(PyType.RUNTIME_ERROR, "Event loop stopped before Future completed.", () -> loop.runUntilComplete(t));
        assertFalse(t.done());
        loop.callSoon(() -> gate.setResult("late"));
        assertEquals("late", loop.runUntilComplete(t));
    }

    @Test
    void keyboardInterruptFromATaskPropagatesAndTheLoopRunsNormallyAfterwards() {
        ReferenceEventLoop loop = virtualLoop();
        Task t = loop.createTask(ScriptCoroutine.of((v, e) -> {
            throw new PythonException(PyType.KEYBOARD_INTERRUPT, "in-task");
        }), null);
        assertRaises(PyType.KEYBOARD_INTERRUPT, "in-task", () -> loop.runUntilComplete(t));
        assertTrue(t.done());
        assertEquals("KeyboardInterrupt('in-task')", t.exception().toString());
        Log log = new Log();
        loop.callSoon(() -> loop.callSoon(() -> {
            log.record("second iteration");
            loop.stop();
        }));
        loop.runForever();
        assertEquals(List.of("second iteration"), log.events, "the stale done callback must not stop this run");
    }

    @Test
    void theFactoryIsFoundByServiceLoaderAndMakesFreshLoops() {
        EventLoopFactory found = null;
        for (EventLoopFactory f : ServiceLoader.load(EventLoopFactory.class)) {
            if (f.name().equals("reference")) {
                found = f;
            }
        }
        assertNotNull(found, "ServiceLoader did not find the reference factory");
        assertTrue(found instanceof ReferenceEventLoopFactory);
        assertTrue(found.supportsVirtualTime());
        assertEquals("0.1.0", found.version());
        for (LoopOptions options : List.of(LoopOptions.REAL_TIME, LoopOptions.VIRTUAL_TIME)) {
            ReferenceEventLoop loop = (ReferenceEventLoop) found.newEventLoop(options);
            assertFalse(loop.isRunning());
            assertFalse(loop.isClosed());
            assertEquals(options.virtualTime(), loop.isVirtualTime());
            assertEquals(1e-9, loop.clockResolution());
        }
    }

    @Test
    void realTimeIsMonotonic() {
        ReferenceEventLoop loop = TestSupport.realLoop();
        double previous = loop.time();
        for (int i = 0; i < 1000; i++) {
            double now = loop.time();
            assertTrue(now >= previous);
            previous = now;
        }
    }

    /**
     * The kit interrupts the thread of a program past its budget and abandons it: an idle loop must
     * then end its run, not spin (a parked thread whose interrupt is pending does not park again).
     */
    @Test
    void anInterruptEndsAnIdleRunInsteadOfSpinning() throws InterruptedException {
        ReferenceEventLoop loop = TestSupport.realLoop();
        java.util.concurrent.atomic.AtomicReference<Throwable> ended = new java.util.concurrent.atomic.AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                loop.runForever();
            } catch (Throwable t) {
                ended.set(t);
            }
        });
        runner.start();
        runner.interrupt();
        runner.join(10_000);
        assertFalse(runner.isAlive(), "run_forever still runs after its thread was interrupted");
        assertTrue(ended.get() instanceof java.util.concurrent.CancellationException, String.valueOf(ended.get()));
    }
}

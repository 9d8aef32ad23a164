package dev.asynciotck.reference;

import static dev.asynciotck.reference.ScriptCoroutine.await;
import static dev.asynciotck.reference.ScriptCoroutine.awaits;
import static dev.asynciotck.reference.ScriptCoroutine.rethrow;
import static dev.asynciotck.reference.ScriptCoroutine.returning;
import static dev.asynciotck.reference.ScriptCoroutine.returns;
import static dev.asynciotck.reference.ScriptCoroutine.yieldOnce;
import static dev.asynciotck.reference.TestSupport.assertRaises;
import static dev.asynciotck.reference.TestSupport.virtualLoop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynciotck.api.CancelledError;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.Task;
import dev.asynciotck.api.ValueError;
import dev.asynciotck.reference.TestSupport.Log;
import dev.asynciotck.reference.TestSupport.Ticker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TSK: driving coroutines, cancellation, names, current_task. */
class TaskTest {

    /**
     * Runs the loop until {@code f} is done.
     *
     * @return what run_until_complete raised (its result() call), or null
     */
    private static PythonException settle(ReferenceEventLoop loop, Future f) {
        try {
            loop.runUntilComplete(f);
            return null;
        } catch (PythonException raised) {
            return raised;
        }
    }

    @Test
    void createTaskDoesNotStartTheCoroutineInline() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        Task t = loop.createTask(ScriptCoroutine.of((v, e) -> {
            log.record("child-body");
            return returning(1);
        }), null);
        log.record("after-create");
        assertFalse(t.done());
        loop.stop();
        loop.runForever();
        assertEquals(List.of("after-create", "child-body"), log.events);
        assertEquals(1, t.result());
    }

    @Test
    void theTaskSendsNoneAfterAResultAndThrowsTheAwaitedFuturesException() {
        ReferenceEventLoop loop = virtualLoop();
        Future first = loop.createFuture();
        Future second = loop.createFuture();
        List<Object> seen = new ArrayList<>();
        Task t = loop.createTask(ScriptCoroutine.of(
                (v, e) -> await(first),
                (v, e) -> {
                    seen.add(v);
                    seen.add(e);
                    return await(second);
                },
                (v, e) -> {
                    seen.add(v);
                    seen.add(e);
                    return returning("end");
                }), null);
        loop.callSoon(() -> first.setResult("one"));
        loop.callSoon(() -> second.setException(new ValueError("two")));
        assertEquals("end", loop.runUntilComplete(t));
        assertNull(seen.get(0), "like CPython's Task, the task sends None; the coroutine reads the result");
        assertNull(seen.get(1));
        assertNull(seen.get(2));
        assertEquals("ValueError('two')", seen.get(3).toString());
    }

    @Test
    void anExceptionRaisedByTheCoroutineBecomesTheTasksException() {
        ReferenceEventLoop loop = virtualLoop();
        Task t = loop.createTask(ScriptCoroutine.of((v, e) -> {
            throw new ValueError("boom");
        }), null);
        settle(loop, t);
        assertFalse(t.cancelled());
        assertEquals("ValueError('boom')", t.exception().toString());
    }

    @Test
    void namesAreTaskNFromAProcessWideCounterUnlessGiven() {
        ReferenceEventLoop loop = virtualLoop();
        Task a = loop.createTask(returns(1), null);
        Task b = virtualLoop().createTask(returns(1), null);
        Task named = loop.createTask(returns(1), "custom");
        assertTrue(a.getName().matches("Task-\\d+"), a.getName());
        int n = Integer.parseInt(a.getName().substring(5));
        assertEquals("Task-" + (n + 1), b.getName());
        assertEquals("custom", named.getName());
    }

    @Test
    void createTaskWithoutACoroutineIsATypeError() {
        assertRaises(PyType.TYPE_ERROR, "a coroutine was expected, got None", () -> virtualLoop().createTask(null, null));
    }

    @Test
    void setResultAndSetExceptionAreNotSupportedOnATask() {
        Task t = virtualLoop().createTask(returns(1), null);
        assertRaises(PyType.RUNTIME_ERROR, "Task does not support set_result operation", () -> t.setResult(1));
        assertRaises(PyType.RUNTIME_ERROR, "Task does not support set_exception operation",
                () -> t.setException(new ValueError("x")));
    }

    @Test
    void cancelBeforeTheFirstStepMeansTheBodyNeverRuns() {
        ReferenceEventLoop loop = virtualLoop();
        ScriptCoroutine body = ScriptCoroutine.of((v, e) -> {
            rethrow(e);
            return returning("ran");
        });
        Task t = loop.createTask(body, null);
        assertTrue(t.cancel("m3"));
        assertEquals(1, t.cancelling());
        assertFalse(t.done());
        PythonException raised = settle(loop, t);
        assertTrue(t.cancelled());
        assertEquals(1, body.resumptions, "the coroutine only received the thrown CancelledError");
        // run_until_complete's result() call got the saved error; later calls get a plain one
        assertEquals("CancelledError('m3')", String.valueOf(raised));
        assertRaises(PyType.CANCELLED_ERROR, "", t::result);
    }

    @Test
    void cancelWhileAwaitingCancelsTheFutureAndThrowsCancelledErrorIntoTheCoroutine() {
        ReferenceEventLoop loop = virtualLoop();
        Future inner = loop.createFuture();
        List<String> seen = new ArrayList<>();
        Task t = loop.createTask(ScriptCoroutine.of(
                (v, e) -> await(inner),
                (v, e) -> {
                    seen.add(String.valueOf(e));
                    rethrow(e);
                    return returning("not reached");
                }), null);
        loop.callSoon(() -> {
            assertTrue(t.cancel());
            seen.add("inner cancelled synchronously: " + inner.cancelled());
            seen.add("task done: " + t.done());
        });
        settle(loop, t);
        assertEquals(List.of("inner cancelled synchronously: true", "task done: false", "CancelledError()"), seen);
        assertTrue(t.cancelled());
        assertTrue(t.done());
    }

    @Test
    void theAwaiterOfACancelledTaskGetsTheCancelMessageOnceThenResultHasNone() {
        // CPython 3.11: _cancelled_exc is handed out by the first result()/exception() call only.
        ReferenceEventLoop loop = virtualLoop();
        Future gate = loop.createFuture();
        Task child = loop.createTask(awaits(gate), "child");
        List<String> seen = new ArrayList<>();
        Task awaiter = loop.createTask(ScriptCoroutine.of(
                (v, e) -> await(child),
                (v, e) -> {
                    seen.add(String.valueOf(e));
                    return returning(null);
                }), "awaiter");
        loop.callSoon(() -> child.cancel("custom-msg"));
        loop.runUntilComplete(awaiter);
        assertEquals(List.of("CancelledError('custom-msg')"), seen);
        assertRaises(PyType.CANCELLED_ERROR, "", child::result);
        assertRaises(PyType.CANCELLED_ERROR, "", child::exception);
    }

    @Test
    void aTaskThatSwallowsTheCancellationEndsNormallyAndStaysCancelling() {
        ReferenceEventLoop loop = virtualLoop();
        Future gate = loop.createFuture();
        Task t = loop.createTask(ScriptCoroutine.of(
                (v, e) -> await(gate),
                (v, e) -> returning(e instanceof CancelledError ? "swallowed" : "no cancel?")), null);
        loop.callSoon(t::cancel);
        assertEquals("swallowed", loop.runUntilComplete(t));
        assertFalse(t.cancelled());
        assertEquals(1, t.cancelling());
    }

    @Test
    void aPendingCancelWinsOverTheReturnValue() {
        ReferenceEventLoop loop = virtualLoop();
        Task[] self = new Task[1];
        self[0] = loop.createTask(ScriptCoroutine.of((v, e) -> {
            self[0].cancel("selfmsg");
            return returning(5);
        }), null);
        settle(loop, self[0]);
        assertTrue(self[0].cancelled());
        // cancelled with the message itself: every result() call carries it
        assertRaises(PyType.CANCELLED_ERROR, "selfmsg", self[0]::result);
        assertRaises(PyType.CANCELLED_ERROR, "selfmsg", self[0]::result);
    }

    @Test
    void selfCancelThenAwaitRaisesAtThatAwait() {
        ReferenceEventLoop loop = virtualLoop();
        List<String> seen = new ArrayList<>();
        Task[] self = new Task[1];
        self[0] = loop.createTask(ScriptCoroutine.of(
                (v, e) -> {
                    self[0].cancel();
                    return yieldOnce();
                },
                (v, e) -> {
                    seen.add(String.valueOf(e));
                    rethrow(e);
                    return returning(1);
                }), null);
        settle(loop, self[0]);
        assertEquals(List.of("CancelledError()"), seen);
        assertTrue(self[0].cancelled());
    }

    @Test
    void aCancelArrivingAfterTheAwaitedFutureCompletedIsThrownAtTheWakeup() {
        ReferenceEventLoop loop = virtualLoop();
        Future f = loop.createFuture();
        List<String> seen = new ArrayList<>();
        Task t = loop.createTask(ScriptCoroutine.of(
                (v, e) -> await(f),
                (v, e) -> {
                    seen.add(v + "/" + e);
                    return returning("caught");
                }), null);
        loop.stop();
        loop.runForever();
        loop.callSoon(() -> f.setResult("r"));
        loop.callSoon(() -> seen.add("cancel -> " + t.cancel("late") + " cancelling " + t.cancelling()));
        assertEquals("caught", loop.runUntilComplete(t));
        assertEquals(List.of("cancel -> true cancelling 1", "null/CancelledError('late')"), seen);
        assertFalse(t.cancelled());
    }

    @Test
    void cancelReturnValuesAndTheCancellingCount() {
        ReferenceEventLoop loop = virtualLoop();
        Future gate = loop.createFuture();
        Task t = loop.createTask(awaits(gate), null);
        loop.stop();
        loop.runForever();
        assertTrue(t.cancel());
        assertTrue(t.cancel());
        assertEquals(2, t.cancelling());
        settle(loop, t);
        assertTrue(t.cancelled());
        assertFalse(t.cancel());
        Task finished = loop.createTask(returns(1), null);
        loop.runUntilComplete(finished);
        assertFalse(finished.cancel());
        assertEquals(0, finished.cancelling());
    }

    @Test
    void uncancelNeverGoesBelowZeroAndReachingZeroWithdrawsAPendingCancel() {
        ReferenceEventLoop loop = virtualLoop();
        ScriptCoroutine body = ScriptCoroutine.of((v, e) -> {
            rethrow(e);
            return returning("ran");
        });
        Task t = loop.createTask(body, null);
        t.cancel();
        assertEquals(0, t.uncancel());
        assertEquals(0, t.uncancel());
        assertEquals(0, t.cancelling());
        settle(loop, t);
        assertEquals("ran", t.result(), "3.13 (TASK-CANCEL-9): uncancel() to zero clears must_cancel");
    }

    @Test
    void uncancelAboveZeroKeepsThePendingCancel() {
        ReferenceEventLoop loop = virtualLoop();
        Task t = loop.createTask(ScriptCoroutine.of((v, e) -> {
            rethrow(e);
            return returning("ran");
        }), null);
        t.cancel();
        t.cancel();
        assertEquals(1, t.uncancel());
        settle(loop, t);
        assertTrue(t.cancelled());
    }

    @Test
    void anEagerTaskRunsItsFirstStepInsideNewTaskAsTheCurrentTask() {
        ReferenceEventLoop loop = virtualLoop();
        List<Object> seen = new ArrayList<>();
        Task outer = loop.createTask(ScriptCoroutine.of((v, e) -> {
            Task eager = loop.newTask(ScriptCoroutine.of((v2, e2) -> {
                seen.add(loop.currentTask().getName());
                seen.add(loop.allTasks().size());
                return returning(7);
            }), "eager", true);
            seen.add(eager.done());
            seen.add(eager.result());
            seen.add(eager.getCoro());
            seen.add(loop.currentTask().getName());
            seen.add(loop.allTasks().size());
            return returning(null);
        }), "outer");
        settle(loop, outer);
        assertEquals(java.util.Arrays.asList("eager", 2, true, 7, null, "outer", 1), seen);
    }

    @Test
    void anEagerTaskThatSuspendsGoesOnLikeAnyTask() {
        ReferenceEventLoop loop = virtualLoop();
        List<Object> seen = new ArrayList<>();
        ScriptCoroutine slow = ScriptCoroutine.of((v, e) -> yieldOnce(), (v, e) -> returning(3));
        Task outer = loop.createTask(ScriptCoroutine.of((v, e) -> {
            Task eager = loop.newTask(slow, null, true);
            seen.add(eager.done());
            seen.add(loop.allTasks().contains(eager));
            seen.add(eager.getCoro() == slow);
            return await(eager);
        }, (v, e) -> returning("outer done")), null);
        assertNull(settle(loop, outer));
        assertEquals(List.of(false, true, true), seen);
        assertEquals("outer done", outer.result());
    }

    @Test
    void eagerStartOutsideARunningLoopSchedulesTheFirstStep() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        Task t = loop.newTask(ScriptCoroutine.of((v, e) -> {
            log.record("runs");
            return returning(1);
        }), null, true);
        assertFalse(t.done());
        settle(loop, t);
        assertEquals(List.of("runs"), log.events);
    }

    @Test
    void createTaskCallsTheFactoryThenNamesItsTask() {
        ReferenceEventLoop loop = virtualLoop();
        List<Object> calls = new ArrayList<>();
        loop.setTaskFactory((l, c) -> {
            calls.add(l);
            return l.newTask(c, "from the factory", false);
        });
        assertEquals("given", loop.createTask(returns(1), "given").getName());
        assertEquals("from the factory", loop.createTask(returns(2), null).getName());
        assertEquals(List.of(loop, loop), calls);
        loop.setTaskFactory(null);
        assertNull(loop.getTaskFactory());
        loop.close();
        assertRaises(PyType.RUNTIME_ERROR, "Event loop is closed", () -> loop.createTask(returns(3), null));
    }

    @Test
    void aCoroutineRaisingCancelledErrorItselfEndsCancelledAndItsAwaiterSeesTheMessage() {
        ReferenceEventLoop loop = virtualLoop();
        Task child = loop.createTask(ScriptCoroutine.of((v, e) -> {
            throw new CancelledError("self-raised");
        }), null);
        List<String> seen = new ArrayList<>();
        Task awaiter = loop.createTask(ScriptCoroutine.of(
                (v, e) -> await(child),
                (v, e) -> {
                    seen.add(String.valueOf(e));
                    return returning(null);
                }), null);
        loop.runUntilComplete(awaiter);
        assertTrue(child.cancelled());
        assertEquals(0, child.cancelling());
        assertEquals(List.of("CancelledError('self-raised')"), seen);
    }

    @Test
    void cancellingAnOuterTaskCancelsTheTaskItAwaits() {
        ReferenceEventLoop loop = virtualLoop();
        Task inner = loop.createTask(awaits(loop.createFuture()), "inner");
        Task outer = loop.createTask(awaits(inner), "outer");
        loop.callSoon(() -> loop.callSoon(() -> outer.cancel("stop")));
        settle(loop, outer);
        assertTrue(inner.cancelled());
        assertTrue(outer.cancelled());
    }

    @Test
    void aBareYieldResumesTheTaskExactlyOneIterationLater() {
        ReferenceEventLoop loop = virtualLoop();
        Ticker ticker = new Ticker(loop);
        int[] at = new int[2];
        Task t = loop.createTask(ScriptCoroutine.of(
                (v, e) -> {
                    ticker.start();
                    at[0] = ticker.ticks;
                    return yieldOnce();
                },
                (v, e) -> {
                    at[1] = ticker.ticks;
                    return returning(null);
                }), null);
        loop.runUntilComplete(t);
        assertEquals(1, at[1] - at[0]);
    }

    @Test
    void currentTaskIsTheTaskWhoseStepIsRunning() {
        ReferenceEventLoop loop = virtualLoop();
        List<Object> seen = new ArrayList<>();
        Task[] self = new Task[1];
        self[0] = loop.createTask(ScriptCoroutine.of(
                (v, e) -> {
                    seen.add(loop.currentTask());
                    loop.callSoon(() -> seen.add(loop.currentTask()));
                    return yieldOnce();
                },
                (v, e) -> {
                    seen.add(loop.currentTask());
                    return returning(null);
                }), null);
        assertNull(loop.currentTask());
        loop.runUntilComplete(self[0]);
        assertSame(self[0], seen.get(0));
        assertNull(seen.get(1), "a plain callback has no current task");
        assertSame(self[0], seen.get(2));
        assertNull(loop.currentTask());
    }

    @Test
    void awaitingAFutureOfAnotherLoopThrowsRuntimeErrorIntoTheCoroutine() {
        ReferenceEventLoop loop = virtualLoop();
        Future foreign = virtualLoop().createFuture();
        Task t = loop.createTask(awaits(foreign), null);
        settle(loop, t);
        PythonException e = t.exception();
        assertEquals(PyType.RUNTIME_ERROR, e.type());
        assertTrue(e.pythonMessage().startsWith("Task "), e.pythonMessage());
        assertTrue(e.pythonMessage().endsWith(" attached to a different loop"), e.pythonMessage());
        assertTrue(e.pythonMessage().contains(" got Future "), e.pythonMessage());
    }

    @Test
    void theDifferentLoopErrorCanBeCaughtByTheCoroutine() {
        ReferenceEventLoop loop = virtualLoop();
        Future foreign = virtualLoop().createFuture();
        Task t = loop.createTask(ScriptCoroutine.of(
                (v, e) -> await(foreign),
                (v, e) -> returning("caught " + e.type().pythonName())), null);
        assertEquals("caught RuntimeError", loop.runUntilComplete(t));
    }

    @Test
    void aTaskAwaitingItselfFails() {
        ReferenceEventLoop loop = virtualLoop();
        Task[] self = new Task[1];
        self[0] = loop.createTask(ScriptCoroutine.of(
                (v, e) -> await(self[0]),
                (v, e) -> {
                    rethrow(e);
                    return returning(null);
                }), null);
        settle(loop, self[0]);
        PythonException e = self[0].exception();
        assertEquals(PyType.RUNTIME_ERROR, e.type());
        assertTrue(e.pythonMessage().startsWith("Task cannot await on itself: "), e.pythonMessage());
    }

    @Test
    void aReusedCoroutineFailsTheSecondTask() {
        ReferenceEventLoop loop = virtualLoop();
        ScriptCoroutine coro = returns(1);
        assertEquals(1, loop.runUntilComplete(coro));
        assertRaises(PyType.RUNTIME_ERROR, "cannot reuse already awaited coroutine", () -> loop.runUntilComplete(coro));
    }
}

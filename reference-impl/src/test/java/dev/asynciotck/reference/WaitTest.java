package dev.asynciotck.reference;

import static dev.asynciotck.reference.ScriptCoroutine.returning;
import static dev.asynciotck.reference.TestSupport.assertRaises;
import static dev.asynciotck.reference.TestSupport.virtualLoop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.CoroutineStep;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.ReturnWhen;
import dev.asynciotck.api.Task;
import dev.asynciotck.api.ValueError;
import dev.asynciotck.api.WaitResult;
import dev.asynciotck.reference.TestSupport.Ticker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** WAI: asyncio.wait, following CPython 3.11's tasks.wait and _wait. */
class WaitTest {

    private static WaitResult run(ReferenceEventLoop loop, Coroutine wait) {
        return (WaitResult) loop.runUntilComplete(wait);
    }

    @Test
    void theErrorsAreRaisedOnTheFirstSendNotWhenCalled() {
        ReferenceEventLoop loop = virtualLoop();
        Coroutine empty = loop.wait(List.of(), null, ReturnWhen.ALL_COMPLETED);
        assertRaises(PyType.VALUE_ERROR, "Set of Tasks/Futures is empty.", () -> loop.runUntilComplete(empty));
        Coroutine withCoroutine = loop.wait(List.of(loop.createFuture(), ScriptCoroutine.returns(1)), null,
                ReturnWhen.ALL_COMPLETED);
        assertRaises(PyType.TYPE_ERROR, "Passing coroutines is forbidden, use tasks explicitly.",
                () -> loop.runUntilComplete(withCoroutine));
        Coroutine noReturnWhen = loop.wait(List.of(loop.createFuture()), null, null);
        assertRaises(PyType.VALUE_ERROR, "Invalid return_when value: None", () -> loop.runUntilComplete(noReturnWhen));
    }

    @Test
    void allCompletedWaitsForEveryFuture() {
        ReferenceEventLoop loop = virtualLoop();
        Task a = loop.createTask(loop.sleep(1, "a"), null);
        Task b = loop.createTask(loop.sleep(2, "b"), null);
        WaitResult r = run(loop, loop.wait(List.of(a, b), null, ReturnWhen.ALL_COMPLETED));
        assertEquals(Set.of(a, b), r.done());
        assertEquals(Set.of(), r.pending());
        assertInstanceOf(LinkedHashSet.class, r.done());
        assertEquals(2.0, loop.time());
    }

    @Test
    void firstCompletedReturnsWhenAnyFinishes() {
        ReferenceEventLoop loop = virtualLoop();
        Task a = loop.createTask(loop.sleep(1, "a"), null);
        Task b = loop.createTask(loop.sleep(2, "b"), null);
        WaitResult r = run(loop, loop.wait(List.of(a, b), null, ReturnWhen.FIRST_COMPLETED));
        assertEquals(Set.of(a), r.done());
        assertEquals(Set.of(b), r.pending());
        assertEquals(1.0, loop.time());
    }

    @Test
    void firstExceptionReturnsAtTheFirstErrorButNotAtACancellation() {
        ReferenceEventLoop loop = virtualLoop();
        Future cancelledFirst = loop.createFuture();
        Future failsLater = loop.createFuture();
        Future neverDone = loop.createFuture();
        loop.callLater(1, cancelledFirst::cancel);
        loop.callLater(2, () -> failsLater.setException(new ValueError("x")));
        WaitResult r = run(loop, loop.wait(List.of(cancelledFirst, failsLater, neverDone), null,
                ReturnWhen.FIRST_EXCEPTION));
        assertEquals(Set.of(cancelledFirst, failsLater), r.done());
        assertEquals(Set.of(neverDone), r.pending());
        assertEquals(2.0, loop.time());
    }

    @Test
    void firstExceptionWithoutAnyErrorIsAllCompleted() {
        ReferenceEventLoop loop = virtualLoop();
        Task a = loop.createTask(loop.sleep(1, "a"), null);
        Task b = loop.createTask(loop.sleep(2, "b"), null);
        WaitResult r = run(loop, loop.wait(List.of(a, b), null, ReturnWhen.FIRST_EXCEPTION));
        assertEquals(2, r.done().size());
        assertEquals(0, r.pending().size());
    }

    @Test
    void aTimeoutReturnsWhatIsDoneAndLeavesTheRestPendingAndNotCancelled() {
        ReferenceEventLoop loop = virtualLoop();
        Task quick = loop.createTask(loop.sleep(0.5, null), null);
        Task slow = loop.createTask(loop.sleep(10, null), null);
        WaitResult r = run(loop, loop.wait(List.of(quick, slow), 1.0, ReturnWhen.ALL_COMPLETED));
        assertEquals(Set.of(quick), r.done());
        assertEquals(Set.of(slow), r.pending());
        assertEquals(1.0, loop.time());
        assertFalse(slow.cancelled());
        assertFalse(slow.done());
    }

    @Test
    void duplicatesAreWaitedForOnce() {
        ReferenceEventLoop loop = virtualLoop();
        Future f = loop.createFuture();
        loop.callSoon(() -> f.setResult(1));
        WaitResult r = run(loop, loop.wait(List.of(f, f), null, ReturnWhen.ALL_COMPLETED));
        assertEquals(Set.of(f), r.done());
    }

    @Test
    void waitingForFuturesThatAreAlreadyDoneStillTakesTwoIterations() {
        // CPython 3.11 probe: the completion callbacks are scheduled, then the waiter's wakeup.
        ReferenceEventLoop loop = virtualLoop();
        Future f = loop.createFuture();
        f.setResult(1);
        Coroutine wait = loop.wait(List.of(f), null, ReturnWhen.ALL_COMPLETED);
        Ticker ticker = new Ticker(loop);
        List<Object> out = new ArrayList<>();
        int[] start = new int[1];
        Task t = loop.createTask(ScriptCoroutine.of(
                (v, e) -> {
                    ticker.start();
                    start[0] = ticker.ticks;
                    return wait.send(null);
                },
                (v, e) -> {
                    CoroutineStep step = wait.send(v);
                    out.add(ticker.ticks - start[0]);
                    out.add(((CoroutineStep.Returned) step).value());
                    ticker.stopped = true;
                    return returning(null);
                }), null);
        loop.runUntilComplete(t);
        assertEquals(2, out.get(0));
        assertEquals(new WaitResult(Set.of(f), Set.of()), out.get(1));
    }

    @Test
    void cancellingTheWaitingTaskCancelsTheTimeoutAndLeavesTheFuturesAlone() {
        ReferenceEventLoop loop = virtualLoop();
        Future f = loop.createFuture();
        Task waiter = loop.createTask(loop.wait(List.of(f), 100.0, ReturnWhen.ALL_COMPLETED), null);
        loop.callLater(1, waiter::cancel);
        assertRaises(PyType.CANCELLED_ERROR, "", () -> loop.runUntilComplete(waiter));
        assertFalse(f.done());
        assertTrue(waiter.cancelled());
        assertEquals(0, loop.scheduledTimerCount(), "the timeout timer was cancelled and dropped");
    }
}

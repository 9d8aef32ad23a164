package dev.asynciotck.reference;

import static dev.asynciotck.reference.ScriptCoroutine.returns;
import static dev.asynciotck.reference.TestSupport.assertRaises;
import static dev.asynciotck.reference.TestSupport.virtualLoop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynciotck.api.Future;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.Task;
import dev.asynciotck.api.ValueError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GAT: asyncio.gather, following CPython 3.11's tasks.gather and _GatheringFuture. */
class GatherTest {

    private static String text(Object result) {
        return String.valueOf(result);
    }

    private static PythonException raisedBy(ReferenceEventLoop loop, Future f) {
        try {
            loop.runUntilComplete(f);
        } catch (PythonException e) {
            return e;
        }
        throw new AssertionError("expected " + f + " to raise");
    }

    private static ScriptCoroutine raising(PythonException e) {
        return ScriptCoroutine.of((v, x) -> {
            throw e;
        });
    }

    @Test
    void resultsComeInArgumentOrderWhateverTheCompletionOrder() {
        ReferenceEventLoop loop = virtualLoop();
        Future g = loop.gather(List.of(loop.sleep(0.3, "a"), loop.sleep(0.1, "b"), loop.sleep(0.2, "c")), false);
        Object result = loop.runUntilComplete(g);
        assertInstanceOf(List.class, result);
        assertEquals(List.of("a", "b", "c"), result);
    }

    @Test
    void withReturnExceptionsErrorsAndCancellationsArePlacedInTheList() {
        ReferenceEventLoop loop = virtualLoop();
        Future cancelledFuture = loop.createFuture();
        cancelledFuture.cancel("fm");
        Task cancelledTask = loop.createTask(loop.sleep(10, null), null);
        loop.callLater(1, () -> cancelledTask.cancel("tm"));
        Future g = loop.gather(List.of(returns(1), raising(new ValueError("x")), cancelledFuture, cancelledTask,
                loop.sleep(2, 1)), true);
        // a cancelled task's _cancel_message is None (it was the coroutine that raised): ''
        assertEquals("[1, ValueError('x'), CancelledError('fm'), CancelledError(), 1]", text(loop.runUntilComplete(g)));
        assertRaises(PyType.CANCELLED_ERROR, "tm", cancelledTask::result);
    }

    @Test
    void theFirstExceptionCompletesTheGatherAtOnceAndTheOthersKeepRunning() {
        ReferenceEventLoop loop = virtualLoop();
        Task slow = loop.createTask(loop.sleep(5, "slow-result"), null);
        Task failing = loop.createTask(loop.sleep(1, null), null);
        Task first = loop.createTask(ScriptCoroutine.of(
                (v, e) -> ScriptCoroutine.await(failing),
                (v, e) -> {
                    throw new ValueError("first");
                }), null);
        Future g = loop.gather(List.of(slow, first), false);
        PythonException raised = raisedBy(loop, g);
        assertEquals("ValueError('first')", raised.toString());
        assertTrue(g.done());
        assertFalse(g.cancelled());
        assertFalse(slow.done());
        assertEquals("slow-result", loop.runUntilComplete(slow));
        assertFalse(slow.cancelled());
    }

    @Test
    void aCancelledChildMakesTheGatherRaiseCancelledErrorWithoutBeingCancelled() {
        ReferenceEventLoop loop = virtualLoop();
        Task child = loop.createTask(loop.sleep(10, null), null);
        Task other = loop.createTask(loop.sleep(3, "other"), null);
        loop.callLater(1, () -> child.cancel("tm2"));
        Future g = loop.gather(List.of(child, other), false);
        assertEquals("CancelledError('tm2')", raisedBy(loop, g).toString());
        assertTrue(g.done());
        assertFalse(g.cancelled());
        assertRaises(PyType.CANCELLED_ERROR, "", child::result); // gather consumed the saved error
        assertEquals("other", loop.runUntilComplete(other));
    }

    @Test
    void cancellingTheGatherCancelsTheChildrenAndCompletesItWithCancelledError() {
        ReferenceEventLoop loop = virtualLoop();
        Task a = loop.createTask(loop.sleep(10, null), null);
        Task b = loop.createTask(loop.sleep(10, null), null);
        Future g = loop.gather(List.of(a, b), false);
        boolean[] cancelResult = new boolean[1];
        loop.callLater(1, () -> cancelResult[0] = g.cancel("gm"));
        assertEquals("CancelledError('gm')", raisedBy(loop, g).toString());
        assertTrue(cancelResult[0]);
        assertTrue(a.cancelled());
        assertTrue(b.cancelled());
        assertTrue(g.done());
        assertFalse(g.cancelled(), "3.11: the gathering future holds a CancelledError, it is not cancelled");
        assertFalse(g.cancel());
    }

    @Test
    void withReturnExceptionsACancelledGatherStillRaises() {
        ReferenceEventLoop loop = virtualLoop();
        Task a = loop.createTask(loop.sleep(10, null), null);
        Task b = loop.createTask(loop.sleep(10, null), null);
        Future g = loop.gather(List.of(a, b), true);
        loop.callLater(1, () -> g.cancel("gm"));
        assertEquals("CancelledError('gm')", raisedBy(loop, g).toString());
        assertFalse(g.cancelled());
    }

    @Test
    void theCancelledGathersErrorComesFromTheLastChildEvenIfItFinishedNormally() {
        // CPython quirk: `fut` after the results loop is the last child.
        ReferenceEventLoop loop = virtualLoop();
        Task slow = loop.createTask(loop.sleep(10, null), null);
        Task quick = loop.createTask(loop.sleep(0.001, "q"), null);
        Future quickLast = loop.gather(List.of(slow, quick), true);
        loop.callLater(1, () -> quickLast.cancel("gm"));
        assertEquals("CancelledError()", raisedBy(loop, quickLast).toString());

        Task slow2 = loop.createTask(loop.sleep(10, null), null);
        Task quick2 = loop.createTask(loop.sleep(0.001, "q"), null);
        Future slowLast = loop.gather(List.of(quick2, slow2), true);
        loop.callLater(2, () -> slowLast.cancel("gm"));
        assertEquals("CancelledError('gm')", raisedBy(loop, slowLast).toString());
        assertRaises(PyType.CANCELLED_ERROR, "", slow2::result);
    }

    @Test
    void cancellingAGatherWhoseChildrenAreAllDoneReturnsFalse() {
        ReferenceEventLoop loop = virtualLoop();
        Future f = loop.createFuture();
        Future g = loop.gather(List.of(f), false);
        f.setResult(1);
        assertFalse(g.done());
        assertFalse(g.cancel());
        assertEquals(List.of(1), loop.runUntilComplete(g));
    }

    @Test
    void gatherWithNothingIsAnAlreadyDoneFutureWithAnEmptyList() {
        ReferenceEventLoop loop = virtualLoop();
        Future g = loop.gather(List.of(), false);
        assertTrue(g.done());
        assertEquals(new ArrayList<>(), g.result());
        assertInstanceOf(List.class, g.result());
        ((List<?>) g.result()).clear(); // a real, mutable Python list
    }

    @Test
    void theSameCoroutineTwiceRunsOnce() {
        ReferenceEventLoop loop = virtualLoop();
        ScriptCoroutine once = returns(1);
        Future f = loop.createFuture();
        f.setResult("f");
        assertEquals(List.of(1, "f", 1, "f"), loop.runUntilComplete(loop.gather(List.of(once, f, once, f), false)));
        assertEquals(1, once.resumptions);
    }

    @Test
    void aNonAwaitableArgumentIsATypeErrorRaisedAtOnce() {
        ReferenceEventLoop loop = virtualLoop();
        assertRaises(PyType.TYPE_ERROR, "An asyncio.Future, a coroutine or an awaitable is required",
                () -> loop.gather(List.of(loop.createFuture(), 1), false));
        assertRaises(PyType.TYPE_ERROR, "An asyncio.Future, a coroutine or an awaitable is required",
                () -> loop.gather(Arrays.asList((Object) null), false));
    }

    @Test
    void futuresOfDifferentLoopsAreAValueError() {
        ReferenceEventLoop loop = virtualLoop();
        assertRaises(PyType.VALUE_ERROR,
                "The future belongs to a different loop than the one specified as the loop argument",
                () -> loop.gather(List.of(loop.createFuture(), virtualLoop().createFuture()), false));
    }

    @Test
    void theGatherBelongsToTheLoopOfItsFirstFuture() {
        ReferenceEventLoop loop = virtualLoop();
        ReferenceEventLoop other = virtualLoop();
        Future f = other.createFuture();
        f.setResult(1);
        Future g = loop.gather(List.of(f), false);
        assertEquals(other, g.loop());
        assertEquals(List.of(1), other.runUntilComplete(g));
    }
}

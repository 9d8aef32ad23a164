package dev.asynciotck.reference;

import static dev.asynciotck.reference.ScriptCoroutine.returning;
import static dev.asynciotck.reference.TestSupport.assertRaises;
import static dev.asynciotck.reference.TestSupport.virtualLoop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.CoroutineStep;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.Task;
import dev.asynciotck.reference.TestSupport.Ticker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SLP: asyncio.sleep. */
class SleepTest {

    /** How many iterations awaiting {@code sleep} (delegating to it) takes, and its value. */
    private static List<Object> iterationsAndValue(ReferenceEventLoop loop, Coroutine sleep) {
        Ticker ticker = new Ticker(loop);
        List<Object> out = new ArrayList<>();
        int[] start = new int[1];
        ScriptCoroutine.Step forward = (v, e) -> {
            CoroutineStep step = sleep.send(v);
            if (step instanceof CoroutineStep.Returned r) {
                out.add(ticker.ticks - start[0]);
                out.add(r.value());
                ticker.stopped = true;
                return returning(null);
            }
            return step;
        };
        Task t = loop.createTask(ScriptCoroutine.of((v, e) -> {
            ticker.start();
            start[0] = ticker.ticks;
            return sleep.send(null);
        }, forward, forward, forward), null);
        loop.runUntilComplete(t);
        return out;
    }

    @Test
    void sleepZeroYieldsForExactlyOneIterationAndReturnsTheResult() {
        ReferenceEventLoop loop = virtualLoop();
        assertEquals(List.of(1, "r"), iterationsAndValue(loop, loop.sleep(0, "r")));
    }

    @Test
    void aNegativeSleepAlsoTakesExactlyOneIteration() {
        ReferenceEventLoop loop = virtualLoop();
        assertEquals(List.of(1, "neg"), iterationsAndValue(loop, loop.sleep(-1, "neg")));
    }

    @Test
    void aSleepTaskReturnsItsResult() {
        ReferenceEventLoop loop = virtualLoop();
        assertEquals("late", loop.runUntilComplete(loop.createTask(loop.sleep(2, "late"), null)));
        assertEquals(2.0, loop.time(), "virtual time jumped to the sleep's deadline");
        assertEquals(null, loop.runUntilComplete(loop.sleep(0, null)));
    }

    @Test
    void cancellingASleepingTaskCancelsItsTimer() {
        ReferenceEventLoop loop = virtualLoop();
        Task t = loop.createTask(loop.sleep(100, null), null);
        loop.callLater(1, () -> t.cancel("wake"));
        assertRaises(PyType.CANCELLED_ERROR, "wake", () -> loop.runUntilComplete(t));
        assertTrue(t.cancelled());
        assertEquals(1.0, loop.time());
        assertEquals(0, loop.scheduledTimerCount(), "the sleep timer was cancelled and dropped");
    }

    @Test
    void aSleepCoroutineCannotBeReused() {
        ReferenceEventLoop loop = virtualLoop();
        Coroutine sleep = loop.sleep(0, 1);
        loop.runUntilComplete(sleep);
        assertRaises(PyType.RUNTIME_ERROR, "cannot reuse already awaited coroutine", () -> sleep.send(null));
        assertEquals("sleep", sleep.name());
    }

    @Test
    void aPositiveSleepNeedsARunningLoop() {
        ReferenceEventLoop loop = virtualLoop();
        assertRaises(PyType.RUNTIME_ERROR, "no running event loop", () -> loop.sleep(1, null).send(null));
        assertRaises(PyType.TYPE_ERROR, "can't send non-None value to a just-started coroutine",
                () -> loop.sleep(1, null).send(5));
    }
}

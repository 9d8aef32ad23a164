package dev.asynciotck.reference;

import static dev.asynciotck.reference.TestSupport.assertRaises;
import static dev.asynciotck.reference.TestSupport.realLoop;
import static dev.asynciotck.reference.TestSupport.virtualLoop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynciotck.api.Handle;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.TimerHandle;
import dev.asynciotck.reference.TestSupport.Log;
import dev.asynciotck.reference.TestSupport.Ticker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SCH: the ready queue, iterations, stop(), timers and handles. */
class SchedulingTest {

    @Test
    void callSoonRunsCallbacksInRegistrationOrder() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        for (int i = 0; i < 6; i++) {
            loop.callSoon(log.add("" + i));
        }
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), log.events);
    }

    @Test
    void aCallbackScheduledByACallbackRunsOneIterationLater() {
        ReferenceEventLoop loop = virtualLoop();
        Ticker ticker = new Ticker(loop).start();
        int[] at = new int[2];
        loop.callSoon(() -> {
            at[0] = ticker.ticks;
            loop.callSoon(() -> {
                at[1] = ticker.ticks;
                loop.stop();
            });
        });
        loop.runForever();
        assertEquals(1, at[1] - at[0]);
    }

    @Test
    void stopFinishesTheCurrentBatchAndDefersWhatItScheduled() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        loop.callSoon(() -> {
            log.record("a");
            loop.callSoon(log.add("a-child"));
        });
        loop.callSoon(log.add("b"));
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals(List.of("a", "b"), log.events);
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals(List.of("a", "b", "a-child"), log.events);
    }

    @Test
    void stopFromACallbackStillRunsTheRestOfTheBatch() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        loop.callSoon(() -> {
            log.record("a");
            loop.stop();
            loop.callSoon(log.add("scheduled-after-stop"));
        });
        loop.callSoon(log.add("same-batch"));
        loop.runForever();
        assertEquals(List.of("a", "same-batch"), log.events);
    }

    @Test
    void aTickerSeesExactlyOneIterationBeforeAQueuedStop() {
        ReferenceEventLoop loop = virtualLoop();
        Ticker ticker = new Ticker(loop).start();
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals(1, ticker.ticks);
    }

    @Test
    void stopBeforeRunForeverRunsOneIterationWithoutWaiting() {
        ReferenceEventLoop loop = realLoop();
        Log log = new Log();
        loop.callLater(3600, log.add("far-timer"));
        loop.stop();
        loop.callSoon(() -> {
            log.record("a");
            loop.callSoon(log.add("a-child"));
        });
        loop.runForever();
        assertEquals(List.of("a"), log.events);
        assertFalse(loop.isRunning());
    }

    @Test
    void twoStopsBeforeRunForeverAreConsumedByOneRun() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        loop.stop();
        loop.stop();
        loop.runForever();
        loop.callSoon(() -> {
            log.record("a");
            loop.callSoon(() -> {
                log.record("b");
                loop.stop();
            });
        });
        loop.runForever();
        assertEquals(List.of("a", "b"), log.events);
    }

    @Test
    void timersFireInDeadlineOrderAndVirtualTimeJumpsToEachDeadline() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        loop.callLater(0.03, () -> {
            log.record("c@" + loop.time());
            loop.stop();
        });
        loop.callLater(0.01, () -> log.record("a@" + loop.time()));
        loop.callLater(0.02, () -> log.record("b@" + loop.time()));
        loop.runForever();
        assertEquals(List.of("a@0.01", "b@0.02", "c@0.03"), log.events);
    }

    @Test
    void realTimersFireInDeadlineOrderAndNeverEarly() {
        ReferenceEventLoop loop = realLoop();
        Log log = new Log();
        TimerHandle c = loop.callLater(0.003, () -> {
            log.record("c");
            loop.stop();
        });
        TimerHandle a = loop.callLater(0.001, log.add("a"));
        TimerHandle b = loop.callLater(0.002, log.add("b"));
        double[] firedAt = new double[1];
        loop.callAt(c.when(), () -> firedAt[0] = loop.time());
        loop.runForever();
        assertEquals(List.of("a", "b", "c"), log.events.subList(0, 3));
        assertTrue(a.when() < b.when() && b.when() < c.when());
        assertTrue(firedAt[0] >= c.when() - loop.clockResolution(), "fired early");
    }

    /**
     * The loop reads the clock to decide whether to wait and how long: a deadline that passes
     * between two readings (a machine that stalls there) must not leave it waiting with no limit.
     */
    @Test
    void aDeadlinePassingWhileTheLoopDecidesToWaitDoesNotHangIt() {
        Clock stalling = new Clock() {
            private double now;

            @Override
            public double time() {  // each reading 1 ms after the one before
                double t = now;
                now += 0.001;
                return t;
            }

            @Override
            public double resolution() {
                return RealClock.RESOLUTION;
            }
        };
        ReferenceEventLoop loop = new ReferenceEventLoop(stalling);
        loop.callLater(0.0015, loop::stop);
        assertTimeoutPreemptively(Duration.ofSeconds(5), loop::runForever, "the loop waited past the deadline");
        loop.close();
    }

    @Test
    void expiredTimersRunBehindTheCallbacksAlreadyReady() {
        for (ReferenceEventLoop loop : List.of(virtualLoop(), realLoop())) {
            Log log = new Log();
            loop.callLater(0, log.add("later(0)"));
            loop.callSoon(log.add("soon1"));
            loop.callLater(-1, log.add("later(-1)"));
            loop.callAt(loop.time() - 5, log.add("at(past)"));
            loop.callSoon(log.add("soon2"));
            loop.callSoon(loop::stop);
            loop.runForever();
            assertEquals(List.of("soon1", "soon2", "at(past)", "later(-1)", "later(0)"), log.events);
        }
    }

    @Test
    void callSoonFromATimerRunsAfterTheOtherTimersDueInTheSameIteration() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        loop.callAt(1.0, () -> {
            log.record("t1");
            loop.callSoon(() -> {
                log.record("soon-from-t1");
                loop.stop();
            });
        });
        // within the clock resolution of t1's deadline: due in the same iteration
        loop.callAt(1.0 + 1e-12, log.add("t2"));
        loop.runForever();
        assertEquals(List.of("t1", "t2", "soon-from-t1"), log.events);
    }

    @Test
    void virtualTimeDoesNotMoveWhileCallbacksAreReady() {
        ReferenceEventLoop loop = virtualLoop();
        double[] seen = new double[2];
        loop.callLater(5, loop::stop);
        loop.callSoon(() -> {
            seen[0] = loop.time();
            loop.callSoon(() -> seen[1] = loop.time());
        });
        loop.runForever();
        assertEquals(0.0, seen[0]);
        assertEquals(0.0, seen[1]);
        assertEquals(5.0, loop.time());
    }

    @Test
    void callAtKeepsItsDeadlineExactlyAndCallLaterAddsTheDelayToTime() {
        ReferenceEventLoop loop = virtualLoop();
        assertEquals(12.345, loop.callAt(12.345, () -> { }).when());
        loop.callAt(2.0, loop::stop);
        loop.runForever();
        assertEquals(2.0 + 0.25, loop.callLater(0.25, () -> { }).when());
    }

    @Test
    void aCancelledHandleNeverRunsAndCancelIsIdempotent() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        loop.callSoon(log.add("before"));
        Handle h = loop.callSoon(log.add("never"));
        assertFalse(h.cancelled());
        h.cancel();
        h.cancel();
        assertTrue(h.cancelled());
        Handle[] victim = new Handle[1];
        loop.callSoon(() -> victim[0].cancel());
        victim[0] = loop.callSoon(log.add("cancelled-by-an-earlier-callback-of-the-batch"));
        loop.callSoon(log.add("after"));
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals(List.of("before", "after"), log.events);
    }

    @Test
    void cancellingAHandleThatAlreadyRanStillMarksItCancelled() {
        ReferenceEventLoop loop = virtualLoop();
        Handle h = loop.callSoon(loop::stop);
        loop.runForever();
        assertFalse(h.cancelled());
        h.cancel();
        assertTrue(h.cancelled());
    }

    @Test
    void aCancelledTimerNeverRunsAndIsDroppedWhenItReachesTheHead() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        TimerHandle t = loop.callLater(1, log.add("never"));
        loop.callLater(2, loop::stop);
        t.cancel();
        assertEquals(2, loop.scheduledTimerCount());
        assertEquals(1, loop.cancelledTimerCount());
        loop.runForever();
        assertEquals(List.of(), log.events);
        assertEquals(0, loop.scheduledTimerCount());
        assertEquals(0, loop.cancelledTimerCount());
    }

    @Test
    void cancelledTimersAreRemovedLazilyUntilTheyAreMoreThanHalfTheHeap() {
        ReferenceEventLoop loop = virtualLoop();
        TimerHandle[] handles = new TimerHandle[200];
        for (int i = 0; i < 200; i++) {
            handles[i] = loop.callLater(10 + i, () -> { });
        }
        // Cancel the 100 latest: not more than half, and none at the head: nothing is dropped.
        for (int i = 100; i < 200; i++) {
            handles[i].cancel();
        }
        loop.stop();
        loop.runForever();
        assertEquals(200, loop.scheduledTimerCount());
        assertEquals(100, loop.cancelledTimerCount());
        handles[199].cancel(); // already cancelled: not counted twice
        handles[150].cancel();
        assertEquals(100, loop.cancelledTimerCount());
        handles[99].cancel(); // 101 of 200: more than half, the heap is rebuilt
        loop.stop();
        loop.runForever();
        assertEquals(99, loop.scheduledTimerCount());
        assertEquals(0, loop.cancelledTimerCount());
        assertEquals(0.0, loop.time());
    }

    @Test
    void aTimerCancelledAfterItWasMovedToTheReadyQueueIsNotCounted() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        TimerHandle[] second = new TimerHandle[1];
        loop.callAt(1.0, () -> second[0].cancel());
        second[0] = loop.callAt(1.0 + 1e-12, log.add("never"));
        loop.callAt(1.5, loop::stop);
        loop.runForever();
        assertEquals(List.of(), log.events);
        assertEquals(0, loop.cancelledTimerCount());
    }

    @Test
    void callSoonThreadsafeFromTheLoopThreadSharesTheFifoWithCallSoon() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        loop.callSoon(log.add("before-run"));
        loop.callSoonThreadsafe(log.add("ts-before-run"));
        loop.callSoon(() -> {
            loop.callSoon(log.add("h"));
            loop.callSoonThreadsafe(log.add("ts1"));
            loop.callSoon(log.add("s2"));
            loop.callSoonThreadsafe(log.add("ts2"));
            loop.callSoon(loop::stop);
        });
        loop.runForever();
        assertEquals(List.of("before-run", "ts-before-run", "h", "ts1", "s2", "ts2"), log.events);
    }

    @Test
    void callSoonThreadsafeFromAnotherThreadWakesABlockedRealLoop() {
        assertWokenByThread(realLoop());
    }

    @Test
    void callSoonThreadsafeFromAnotherThreadWakesAnIdleVirtualLoop() {
        assertWokenByThread(virtualLoop());
    }

    private static void assertWokenByThread(ReferenceEventLoop loop) {
        Log log = new Log();
        Thread[] thread = new Thread[1];
        loop.callSoon(() -> {
            thread[0] = new Thread(() -> loop.callSoonThreadsafe(() -> {
                log.record("from-thread");
                loop.stop();
            }));
            thread[0].start();
        });
        loop.runForever(); // nothing else is scheduled: only the thread can end this run
        assertEquals(List.of("from-thread"), log.events);
    }

    @Test
    void callbacksQueuedFromAnotherThreadWhileStoppedRunOnTheNextRun() throws InterruptedException {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        Thread t = new Thread(() -> loop.callSoonThreadsafe(log.add("from-thread")));
        t.start();
        t.join();
        assertEquals(List.of(), log.events);
        loop.stop();
        loop.runForever();
        assertEquals(List.of("from-thread"), log.events);
    }

    @Test
    void anExceptionInACallbackGoesToTheHandlerAndTheLoopContinues() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        List<Object[]> contexts = new java.util.ArrayList<>();
        loop.setExceptionHandler((l, ctx) -> contexts.add(new Object[] {l, ctx}));
        dev.asynciotck.api.ValueError boom = new dev.asynciotck.api.ValueError("boom");
        Handle h = loop.callSoon(() -> {
            throw boom;
        });
        TimerHandle th = loop.callLater(0.5, () -> {
            throw new dev.asynciotck.api.TypeError("in-timer");
        });
        loop.callSoon(log.add("next"));
        loop.callLater(1, loop::stop);
        loop.runForever();
        assertEquals(List.of("next"), log.events);
        assertEquals(2, contexts.size());
        dev.asynciotck.api.ExceptionContext first = (dev.asynciotck.api.ExceptionContext) contexts.get(0)[1];
        assertSame(loop, contexts.get(0)[0]);
        assertSame(boom, first.exception());
        assertSame(h, first.handle());
        assertTrue(first.message().startsWith("Exception in callback "), first.message());
        dev.asynciotck.api.ExceptionContext second = (dev.asynciotck.api.ExceptionContext) contexts.get(1)[1];
        assertSame(th, second.handle());
        assertEquals("in-timer", ((dev.asynciotck.api.PythonException) second.exception()).pythonMessage());
    }

    @Test
    void cancelledErrorBaseExceptionAndJavaRuntimeExceptionsAlsoGoToTheHandler() {
        ReferenceEventLoop loop = virtualLoop();
        List<Throwable> seen = new java.util.ArrayList<>();
        loop.setExceptionHandler((l, ctx) -> seen.add(ctx.exception()));
        loop.callSoon(() -> {
            throw new dev.asynciotck.api.CancelledError("c");
        });
        loop.callSoon(() -> {
            throw new dev.asynciotck.api.PythonException(PyType.BASE_EXCEPTION, "b");
        });
        loop.callSoon(() -> {
            throw new IllegalStateException("java");
        });
        loop.callSoon(null);
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals(4, seen.size());
        assertEquals("CancelledError('c')", seen.get(0).toString());
        assertEquals("BaseException('b')", seen.get(1).toString());
        assertEquals("java", seen.get(2).getMessage());
        assertEquals("TypeError(''NoneType' object is not callable')", seen.get(3).toString());
    }

    @Test
    void keyboardInterruptPropagatesOutOfRunForeverAndDefersTheRestOfTheBatch() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        loop.setExceptionHandler((l, ctx) -> log.record("handler"));
        loop.callSoon(log.add("before"));
        loop.callSoon(() -> {
            throw new dev.asynciotck.api.PythonException(PyType.KEYBOARD_INTERRUPT, "ki");
        });
        loop.callSoon(log.add("same-batch-after"));
        assertRaises(PyType.KEYBOARD_INTERRUPT, "ki", loop::runForever);
        assertFalse(loop.isRunning());
        assertEquals(List.of("before"), log.events);
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals(List.of("before", "same-batch-after"), log.events);
    }

    @Test
    void aJavaErrorPropagatesOutOfRunForeverAndTheLoopCanRunAgain() {
        ReferenceEventLoop loop = virtualLoop();
        loop.callSoon(() -> {
            throw new AssertionError("bug");
        });
        assertThrows(AssertionError.class, loop::runForever);
        assertFalse(loop.isRunning());
        loop.stop();
        loop.runForever();
    }

    @Test
    void aHandlerThatRaisesIsReportedAndTheLoopContinues() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        loop.setExceptionHandler((l, ctx) -> {
            throw new dev.asynciotck.api.RuntimeError("handler broke");
        });
        loop.callSoon(() -> {
            throw new dev.asynciotck.api.ValueError("boom");
        });
        loop.callSoon(log.add("next"));
        loop.callSoon(loop::stop);
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            loop.runForever();
        } finally {
            System.setErr(err);
        }
        assertEquals(List.of("next"), log.events);
        assertTrue(captured.toString().contains("Unhandled error in exception handler"), captured.toString());
        assertTrue(captured.toString().contains("RuntimeError('handler broke')"), captured.toString());
    }

    @Test
    void theDefaultHandlerLogsTheMessageAndTheExceptionToStandardError() {
        ReferenceEventLoop loop = virtualLoop();
        loop.callSoon(() -> {
            throw new dev.asynciotck.api.ValueError("boom");
        });
        loop.callSoon(loop::stop);
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            loop.setExceptionHandler(null);
            loop.runForever();
        } finally {
            System.setErr(err);
        }
        String text = captured.toString();
        assertTrue(text.contains("Exception in callback"), text);
        assertTrue(text.contains("ValueError('boom')"), text);
    }
}

package dev.asynciotck.reference;

import static dev.asynciotck.reference.TestSupport.assertRaises;
import static dev.asynciotck.reference.TestSupport.virtualLoop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynciotck.api.Future;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.ValueError;
import dev.asynciotck.reference.TestSupport.Log;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** FUT: states, messages, done callbacks. */
class FutureTest {

    @Test
    void aPendingFutureHasNoResultAndNoException() {
        Future f = virtualLoop().createFuture();
        assertFalse(f.done());
        assertFalse(f.cancelled());
        assertRaises(PyType.INVALID_STATE_ERROR, "Result is not set.", f::result);
        assertRaises(PyType.INVALID_STATE_ERROR, "Exception is not set.", f::exception);
    }

    @Test
    void aFinishedFutureGivesItsResultOrRaisesItsException() {
        ReferenceEventLoop loop = virtualLoop();
        Future ok = loop.createFuture();
        ok.setResult(null);
        assertTrue(ok.done());
        assertNull(ok.result());
        assertNull(ok.exception());
        Future failed = loop.createFuture();
        ValueError boom = new ValueError("boom");
        failed.setException(boom);
        assertSame(boom, failed.exception());
        assertSame(boom, org.junit.jupiter.api.Assertions.assertThrows(ValueError.class, failed::result));
        assertFalse(failed.cancelled());
    }

    @Test
    void completingADoneFutureAgainIsAnInvalidState() {
        ReferenceEventLoop loop = virtualLoop();
        Future[] futures = {loop.createFuture(), loop.createFuture(), loop.createFuture()};
        futures[0].setResult(1);
        futures[1].setException(new ValueError("x"));
        futures[2].cancel();
        for (Future f : futures) {
            assertRaises(PyType.INVALID_STATE_ERROR, "invalid state", () -> f.setResult(2));
            assertRaises(PyType.INVALID_STATE_ERROR, "invalid state", () -> f.setException(new ValueError("y")));
        }
    }

    @Test
    void setExceptionWithoutAnExceptionIsATypeError() {
        Future f = virtualLoop().createFuture();
        assertRaises(PyType.TYPE_ERROR, "invalid exception object", () -> f.setException(null));
        assertFalse(f.done());
    }

    @Test
    void cancelReturnsTrueOnlyForAPendingFuture() {
        ReferenceEventLoop loop = virtualLoop();
        Future f = loop.createFuture();
        assertTrue(f.cancel());
        assertTrue(f.cancelled());
        assertTrue(f.done());
        assertFalse(f.cancel());
        Future withResult = loop.createFuture();
        withResult.setResult(1);
        assertFalse(withResult.cancel());
        Future withException = loop.createFuture();
        withException.setException(new ValueError("x"));
        assertFalse(withException.cancel("msg"));
        assertFalse(withException.cancelled());
    }

    @Test
    void aCancelledFutureRaisesCancelledErrorWithItsMessageEveryTime() {
        ReferenceEventLoop loop = virtualLoop();
        Future plain = loop.createFuture();
        plain.cancel();
        assertRaises(PyType.CANCELLED_ERROR, "", plain::result);
        assertRaises(PyType.CANCELLED_ERROR, "", plain::exception);
        Future withMessage = loop.createFuture();
        withMessage.cancel("the-msg");
        for (int i = 0; i < 2; i++) {
            assertRaises(PyType.CANCELLED_ERROR, "the-msg", withMessage::result);
            assertRaises(PyType.CANCELLED_ERROR, "the-msg", withMessage::exception);
        }
    }

    @Test
    void doneCallbacksAreScheduledNeverCalledInlineAndRunInRegistrationOrder() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        Future f = loop.createFuture();
        for (int i = 0; i < 3; i++) {
            String label = "cb" + i;
            f.addDoneCallback(fut -> log.record(label + ":" + fut.result()));
        }
        f.setResult("r");
        assertEquals(List.of(), log.events);
        loop.callSoon(log.add("soon-after-set"));
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals(List.of("cb0:r", "cb1:r", "cb2:r", "soon-after-set"), log.events);
    }

    @Test
    void aCallbackAddedToADoneFutureIsQueuedBehindEarlierCallbacks() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        Future f = loop.createFuture();
        f.setResult(1);
        loop.callSoon(log.add("earlier"));
        f.addDoneCallback(fut -> log.record("done-callback"));
        assertEquals(List.of(), log.events);
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals(List.of("earlier", "done-callback"), log.events);
    }

    @Test
    void cancellingSchedulesTheCallbacksWithTheFuture() {
        ReferenceEventLoop loop = virtualLoop();
        Future f = loop.createFuture();
        Future[] seen = new Future[1];
        f.addDoneCallback(fut -> seen[0] = fut);
        f.cancel();
        loop.callSoon(loop::stop);
        loop.runForever();
        assertSame(f, seen[0]);
    }

    @Test
    void removeDoneCallbackRemovesEveryRegistrationAndReturnsTheCount() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        Future f = loop.createFuture();
        Consumer<Future> twice = fut -> log.record("twice");
        f.addDoneCallback(twice);
        f.addDoneCallback(fut -> log.record("other"));
        f.addDoneCallback(twice);
        f.addDoneCallback(fut -> log.record("last"));
        assertEquals(2, f.removeDoneCallback(twice));
        assertEquals(0, f.removeDoneCallback(twice));
        f.addDoneCallback(fut -> log.record("added-after-removal"));
        f.setResult(1);
        loop.callSoon(loop::stop);
        loop.runForever();
        assertEquals(List.of("other", "last", "added-after-removal"), log.events);
    }

    @Test
    void eachCallbackRunsExactlyOnceAmongMany() {
        ReferenceEventLoop loop = virtualLoop();
        Log log = new Log();
        Future f = loop.createFuture();
        for (int i = 0; i < 20; i++) {
            String label = "" + i;
            f.addDoneCallback(fut -> log.record(label));
        }
        f.setResult(1);
        loop.callSoon(loop::stop);
        loop.runForever();
        loop.stop();
        loop.runForever();
        assertEquals(20, log.events.size());
        for (int i = 0; i < 20; i++) {
            assertEquals("" + i, log.events.get(i));
        }
    }

    @Test
    void completingAFutureWithCallbacksOnAClosedLoopRaises() {
        ReferenceEventLoop loop = virtualLoop();
        Future f = loop.createFuture();
        f.addDoneCallback(fut -> { });
        loop.close();
        assertRaises(PyType.RUNTIME_ERROR, "Event loop is closed", () -> f.setResult(1));
    }

    @Test
    void aFutureBelongsToItsLoop() {
        ReferenceEventLoop loop = virtualLoop();
        assertSame(loop, loop.createFuture().loop());
    }
}

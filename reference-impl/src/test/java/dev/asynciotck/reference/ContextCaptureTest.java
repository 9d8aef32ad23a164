package dev.asynciotck.reference;

import static dev.asynciotck.reference.TestSupport.assertRaises;
import static dev.asynciotck.reference.TestSupport.virtualLoop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.asynciotck.api.Context;
import dev.asynciotck.api.ContextVar;
import dev.asynciotck.api.PyType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CTX-CALLBACK-1 on the reference loop, which runs a callback scheduled without {@code context=}
 * in a copy of the captured values made as it runs ({@link Context#capture()}), one spare copy
 * reused while no one else can hold it: each callback still behaves as if it had a copy of its own.
 */
class ContextCaptureTest {

    private final ContextVar var = new ContextVar("var", "default");
    private final List<Object> seen = new ArrayList<>();

    /** Runs {@code schedule} in a fresh context on a new loop, then the loop (on its virtual clock) for 10 ms. */
    private void inFreshContext(java.util.function.Consumer<ReferenceEventLoop> schedule) {
        ReferenceEventLoop loop = virtualLoop();
        new Context().run(() -> {
            var.set("scheduler");
            schedule.accept(loop);
            loop.callLater(0.01, loop::stop);
            loop.runForever();
            seen.add("scheduler after: " + var.get());
        });
        loop.close();
    }

    @Test
    void eachCallbackStartsFromTheValuesOfWhenItWasScheduledAndKeepsItsChangesToItself() {
        inFreshContext(loop -> {
            loop.callSoon(() -> {
                seen.add("first sees " + var.get());
                var.set("first");
            });
            var.set("changed after the first was scheduled");
            loop.callSoon(() -> seen.add("second sees " + var.get()));
            loop.callLater(0.001, () -> seen.add("timer sees " + var.get()));
            var.set("scheduler");
        });
        assertEquals(List.of("first sees scheduler", "second sees changed after the first was scheduled",
                "timer sees changed after the first was scheduled", "scheduler after: scheduler"), seen);
    }

    @Test
    void aContextACallbackKeepsIsItsOwnAndKeepsItsChanges() {
        Context[] kept = new Context[2];
        inFreshContext(loop -> {
            loop.callSoon(() -> {
                kept[0] = Context.current();
                var.set("first");
            });
            loop.callSoon(() -> {
                kept[1] = Context.current();
                seen.add("second sees " + var.get());
            });
        });
        assertNotSame(kept[0], kept[1]);
        assertEquals("first", kept[0].get(var, null));
        assertEquals("scheduler", kept[1].get(var, null));
        assertEquals(List.of("second sees scheduler", "scheduler after: scheduler"), seen);
    }

    @Test
    void aTokenMadeInOneCallbackIsRefusedInTheNext() {
        ContextVar.Token[] token = new ContextVar.Token[1];
        RuntimeException[] raised = new RuntimeException[1];
        inFreshContext(loop -> {
            loop.callSoon(() -> token[0] = var.set("first"));
            loop.callSoon(() -> {
                try {
                    var.reset(token[0]);
                } catch (RuntimeException e) {
                    raised[0] = e;
                }
            });
        });
        assertRaises(PyType.VALUE_ERROR, "<Token var=<ContextVar name='var'>> was created in a different Context", () -> {
            throw raised[0];
        });
    }

    @Test
    void aDoneCallbackRunsInACopyOfTheContextCurrentWhenItWasAdded() {
        inFreshContext(loop -> {
            ReferenceFuture future = new ReferenceFuture(loop);
            future.addDoneCallback(f -> {
                seen.add("done callback sees " + var.get());
                var.set("done callback");
            });
            var.set("changed after");
            future.setResult(1);
            loop.callSoon(() -> seen.add("next sees " + var.get()));
        });
        assertEquals(List.of("done callback sees scheduler", "next sees changed after", "scheduler after: changed after"),
                seen);
    }

    @Test
    void aCaptureRunInsideAnotherStartsFromItsValuesAndLeavesThemAlone() {
        new Context().run(() -> {
            var.set("outer");
            Context.capture().run(() -> {
                var.set("in the first copy");
                Context.capture().run(() -> {
                    seen.add("inner sees " + var.get());
                    var.set("inner");
                });
                seen.add("first copy sees " + var.get());
            });
            seen.add("outer sees " + var.get());
        });
        assertEquals(List.of("inner sees in the first copy", "first copy sees in the first copy", "outer sees outer"), seen);
    }

    @Test
    void capturesOfUnchangedValuesAreOneObject() {
        new Context().run(() -> {
            Context.Captured first = Context.capture();
            assertSame(first, Context.capture());
            var.set("changed");
            assertNotSame(first, Context.capture());
        });
    }
}

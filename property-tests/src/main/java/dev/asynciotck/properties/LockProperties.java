package dev.asynciotck.properties;

import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Properties of random programs of workers taking turns at a lock or a semaphore. */
final class LockProperties {

    /**
     * Mutual exclusion and fairness: no more workers hold the primitive than it allows, they enter in
     * the order they started waiting, and none is left waiting once the others are done.
     */
    static final Property<LockProgram> EXCLUSION_AND_FAIRNESS = Property.of(
            "locks and semaphores admit their holders in turn", LockProgram.PROGRAMS,
            Invariant.of("LOCK-ACQUIRE-1", (p, trace) -> atMostLimit(p, trace, true)),
            Invariant.of("SEM-VALUE-1", (p, trace) -> atMostLimit(p, trace, false)),
            Invariant.of("LOCK-FAIR-1", (p, trace) -> inTurn(p, trace, true)),
            Invariant.of("SEM-FAIR-1", (p, trace) -> inTurn(p, trace, false)),
            Invariant.of("LOCK-FAIR-1", (p, trace) -> noneLeftWaiting(p, trace, true, false)),
            Invariant.of("SEM-FAIR-1", (p, trace) -> noneLeftWaiting(p, trace, false, false)),
            Invariant.of("LOCK-CANCEL-1", (p, trace) -> noneLeftWaiting(p, trace, true, true)),
            Invariant.of("SEM-FAIR-2", (p, trace) -> noneLeftWaiting(p, trace, false, true)));

    private LockProperties() {
    }

    /** LOCK-ACQUIRE-1 (a lock) or SEM-VALUE-1 (a semaphore): never more holders than the limit. */
    private static void atMostLimit(LockProgram p, Trace trace, boolean lock) {
        if (p.lock != lock) {
            return;
        }
        Set<Long> holders = new HashSet<>();
        for (Event e : trace.events()) {
            Long worker = worker(e);
            if (worker == null) {
                continue;
            }
            if (e.label().equals("in")) {
                holders.add(worker);
                if (holders.size() > p.limit) {
                    throw new AssertionError("workers " + holders + " hold " + (lock ? "the lock" : "a semaphore of " + p.limit)
                            + " at once");
                }
            } else if (e.label().equals("out")) {
                holders.remove(worker);
            }
        }
    }

    /** LOCK-FAIR-1 or SEM-FAIR-1: of the workers that enter, none enters before one that started waiting earlier. */
    private static void inTurn(LockProgram p, Trace trace, boolean lock) {
        if (p.lock != lock || overLimit(p, trace)) {
            return;  // too many holders is the other invariant's
        }
        List<Long> waits = new ArrayList<>();
        List<Long> entries = new ArrayList<>();
        for (Event e : trace.events()) {
            Long worker = worker(e);
            if (worker != null && e.label().equals("wait")) {
                waits.add(worker);
            } else if (worker != null && e.label().equals("in")) {
                entries.add(worker);
            }
        }
        List<Long> expected = waits.stream().filter(entries::contains).toList();
        if (!expected.equals(entries)) {
            throw new AssertionError("workers entered in the order " + entries + "; of those, they started waiting in the order "
                    + expected);
        }
    }

    /**
     * LOCK-CANCEL-1 or SEM-FAIR-2 (in programs that cancel a worker), LOCK-FAIR-1 or SEM-FAIR-1 (in the
     * others): once the loop settled, no worker still waits.
     */
    private static void noneLeftWaiting(LockProgram p, Trace trace, boolean lock, boolean withCancellations) {
        if (p.lock != lock || p.cancels != withCancellations || overLimit(p, trace)) {
            return;
        }
        for (Event e : trace.events()) {
            if (e.label().equals("end") && e.value() instanceof TraceValue.Int waiting && waiting.value() > 0) {
                throw new AssertionError(waiting.value() + " worker(s) still wait after every other one left"
                        + (withCancellations ? " (a worker was cancelled: did it hand on its wake-up?)" : ""));
            }
        }
    }

    private static boolean overLimit(LockProgram p, Trace trace) {
        try {
            atMostLimit(p, trace, p.lock);
            return false;
        } catch (AssertionError e) {
            return true;
        }
    }

    /** @return the worker of a wait, in or out event, else null */
    private static Long worker(Event e) {
        String label = e.label();
        if ((label.equals("wait") || label.equals("in") || label.equals("out")) && e.value() instanceof TraceValue.Int i) {
            return i.value();
        }
        return null;
    }
}

package dev.asynciotck.properties;

import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceDiff;
import dev.asynciotck.trace.TraceValue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Properties of random gather and wait programs: their shapes and their order. */
final class GatherWaitProperties {

    /**
     * gather gives a list in argument order (exceptions in place with return_exceptions=True, the
     * first exception otherwise); wait gives a tuple of two sets that partition the tasks, done as
     * its return_when says.
     */
    static final Property<GatherWaitProgram> SHAPES_AND_ORDER = Property.of(
            "gather and wait keep their shapes and order", GatherWaitProgram.PROGRAMS,
            Invariant.of("GATHER-ORDER-1", (p, trace) -> gather(p, trace, !p.fails.contains(true))),
            Invariant.of("GATHER-EXC-1", (p, trace) -> gather(p, trace,
                    p.mode == GatherWaitProgram.Mode.GATHER && p.fails.contains(true))),
            Invariant.of("GATHER-EXC-2", (p, trace) -> gather(p, trace,
                    p.mode == GatherWaitProgram.Mode.GATHER_RETURN_EXCEPTIONS && p.fails.contains(true))),
            Invariant.of("WAIT-RESULT-1", (p, trace) -> {
                if (isWait(p)) {
                    partition(p, result(trace));
                }
            }),
            Invariant.of("WAIT-WHEN-1", (p, trace) -> waitDone(p, trace, GatherWaitProgram.Mode.WAIT_FIRST_COMPLETED)),
            Invariant.of("WAIT-WHEN-2", (p, trace) -> waitDone(p, trace, GatherWaitProgram.Mode.WAIT_FIRST_EXCEPTION)),
            Invariant.of("WAIT-WHEN-3", (p, trace) -> waitDone(p, trace, GatherWaitProgram.Mode.WAIT_ALL)));

    private GatherWaitProperties() {
    }

    private static boolean isWait(GatherWaitProgram p) {
        return p.mode != GatherWaitProgram.Mode.GATHER && p.mode != GatherWaitProgram.Mode.GATHER_RETURN_EXCEPTIONS;
    }

    /** The program's one event: gather's or wait's outcome. */
    private static TraceValue result(Trace trace) {
        List<Event> events = trace.events();
        if (events.size() != 1 || trace.raised() != null) {
            throw new AssertionError("expected exactly one event (result or raised), got " + events.size()
                    + (trace.raised() != null ? " and the program raised " + trace.raised() : ""));
        }
        return events.get(0).value();
    }

    /** gather's outcome, when {@code applies}: the list in argument order, or the first exception. */
    private static void gather(GatherWaitProgram p, Trace trace, boolean applies) {
        if (!applies || isWait(p)) {
            return;
        }
        TraceValue value = result(trace);
        TraceValue want = p.expectedGather();
        if (!TraceDiff.matchesValue(want, value)) {
            throw new AssertionError("gather gave " + value + ", expected " + want);
        }
    }

    /** wait's done set, for programs of this mode. */
    private static void waitDone(GatherWaitProgram p, Trace trace, GatherWaitProgram.Mode mode) {
        if (p.mode != mode) {
            return;
        }
        TraceValue value = result(trace);
        if (!(value instanceof TraceValue.Tuple t) || t.items().size() != 2
                || !(t.items().get(0) instanceof TraceValue.PySet done)) {
            return; // the shape is WAIT-RESULT-1's
        }
        Set<String> doneNames = names(done);
        Set<String> want = expectedDone(p);
        if (!doneNames.containsAll(mustBeDone(p, want)) || (PropertyCheck.virtualTime() && !doneNames.equals(want))) {
            throw new AssertionError("wait(" + p.mode + ") returned done=" + doneNames + ", expected " + want);
        }
    }

    /** wait's outcome is a tuple of two sets, done and pending, that partition the tasks. */
    private static void partition(GatherWaitProgram p, TraceValue value) {
        if (!(value instanceof TraceValue.Tuple t) || t.items().size() != 2
                || !(t.items().get(0) instanceof TraceValue.PySet done)
                || !(t.items().get(1) instanceof TraceValue.PySet pending)) {
            throw new AssertionError("wait gave " + value + ", expected a tuple of two sets (done, pending)");
        }
        Set<String> doneNames = names(done);
        Set<String> pendingNames = names(pending);
        Set<String> all = new HashSet<>();
        for (int i = 0; i < p.delays.size(); i++) {
            all.add("t" + i);
        }
        Set<String> union = new HashSet<>(doneNames);
        union.addAll(pendingNames);
        if (!union.equals(all) || doneNames.size() + pendingNames.size() != all.size()) {
            throw new AssertionError("done " + doneNames + " and pending " + pendingNames + " do not partition " + all);
        }
    }

    /** The tasks done when wait returns, on a virtual clock. */
    private static Set<String> expectedDone(GatherWaitProgram p) {
        Set<String> out = new HashSet<>();
        int limit = Integer.MAX_VALUE;
        if (p.mode == GatherWaitProgram.Mode.WAIT_FIRST_COMPLETED) {
            limit = p.delays.get(p.firstToFinish());
        } else if (p.mode == GatherWaitProgram.Mode.WAIT_FIRST_EXCEPTION) {
            for (int i = 0; i < p.delays.size(); i++) {
                if (p.fails.get(i)) {
                    limit = Math.min(limit, p.delays.get(i));
                }
            }
        }
        for (int i = 0; i < p.delays.size(); i++) {
            if (p.delays.get(i) <= limit) {
                out.add("t" + i);
            }
        }
        return out;
    }

    /** On a real clock more may finish before wait returns; these must have. */
    private static Set<String> mustBeDone(GatherWaitProgram p, Set<String> expected) {
        return p.mode == GatherWaitProgram.Mode.WAIT_ALL ? expected : Set.of("t" + p.firstToFinish());
    }

    private static Set<String> names(TraceValue.PySet set) {
        Set<String> out = new HashSet<>();
        for (TraceValue v : set.items()) {
            if (!(v instanceof TraceValue.Ref r)) {
                throw new AssertionError("wait's sets should hold tasks, got " + v);
            }
            out.add(r.name());
        }
        return out;
    }
}

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
     * first exception otherwise); wait gives a tuple of two sets that partition the tasks.
     */
    static final Property<GatherWaitProgram> SHAPES_AND_ORDER = Property.of(
            "gather and wait keep their shapes and order", List.of("GATHER-ORDER-1", "GATHER-EXC-1", "GATHER-EXC-2",
                    "WAIT-RESULT-1", "WAIT-WHEN-1", "WAIT-WHEN-2", "WAIT-WHEN-3"),
            GatherWaitProgram.PROGRAMS, GatherWaitProperties::check);

    private GatherWaitProperties() {
    }


    private static void check(GatherWaitProgram p, Trace trace) {
        List<Event> events = trace.events();
        if (events.size() != 1 || trace.raised() != null) {
            throw new AssertionError("expected exactly one event (result or raised), got " + events.size()
                    + (trace.raised() != null ? " and the program raised " + trace.raised() : ""));
        }
        TraceValue value = events.get(0).value();
        switch (p.mode) {
            case GATHER:
            case GATHER_RETURN_EXCEPTIONS: {
                TraceValue want = p.expectedGather();
                if (!TraceDiff.matchesValue(want, value)) {
                    throw new AssertionError("gather gave " + value + ", expected " + want);
                }
                break;
            }
            default:
                checkWait(p, value);
        }
    }

    private static void checkWait(GatherWaitProgram p, TraceValue value) {
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
        Set<String> want = expectedDone(p);
        if (!doneNames.containsAll(mustBeDone(p, want)) || (PropertyCheck.virtualTime() && !doneNames.equals(want))) {
            throw new AssertionError("wait(" + p.mode + ") returned done=" + doneNames + ", expected " + want);
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

package dev.asynciotck.properties;

import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.Trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Properties of random {@code call_soon} / {@code call_at} / {@code call_later} / cancel programs. */
final class SchedulingProperties {

    private static final Invariant<SchedulingProgram> SOON_ONCE = Invariant.of("LOOP-SOON-2",
            (p, trace) -> exactlyOnce(p, trace, label -> !SchedulingProgram.isTimer(label)));
    private static final Invariant<SchedulingProgram> SOON_CANCELLED = Invariant.of("LOOP-SOON-4",
            (p, trace) -> cancelledNeverRan(p, trace, false));
    private static final Invariant<SchedulingProgram> TIMERS_ONCE = Invariant.of("LOOP-TIMER-8",
            (p, trace) -> {
                Set<String> due = p.dueAtOnce(trace);
                exactlyOnce(p, trace, label -> SchedulingProgram.isTimer(label) && !due.contains(label));
            });
    private static final Invariant<SchedulingProgram> DUE_TIMERS_ONCE = Invariant.of("LOOP-TIMER-7",
            (p, trace) -> exactlyOnce(p, trace, p.dueAtOnce(trace)::contains));
    private static final Invariant<SchedulingProgram> TIMERS_CANCELLED = Invariant.of("LOOP-TIMER-6",
            (p, trace) -> cancelledNeverRan(p, trace, true));
    private static final Invariant<SchedulingProgram> DEADLINES = Invariant.of("LOOP-TIMER-1",
            SchedulingProperties::inDeadlineOrder);

    /** Every callback not cancelled runs exactly once; a cancelled one never runs. */
    static final Property<SchedulingProgram> EXACTLY_ONCE_UNLESS_CANCELLED = Property.of(
            "every callback runs exactly once unless cancelled", SchedulingProgram.PROGRAMS,
            SOON_ONCE, SOON_CANCELLED, TIMERS_ONCE, DUE_TIMERS_ONCE, TIMERS_CANCELLED);
    /**
     * With hundreds of timers, most of them cancelled, every timer not cancelled still runs exactly
     * once and in deadline order, and no cancelled one runs.
     */
    static final Property<SchedulingProgram> MANY_TIMERS = Property.of(
            "many timers, mostly cancelled, run once in deadline order", SchedulingProgram.LARGE_PROGRAMS,
            DEADLINES, TIMERS_ONCE, DUE_TIMERS_ONCE, TIMERS_CANCELLED, SOON_ONCE).large();
    /** call_soon callbacks run in the order they were scheduled. */
    static final Property<SchedulingProgram> CALL_SOON_IS_FIFO = Property.of(
            "call_soon is FIFO", SchedulingProgram.PROGRAMS, Invariant.of("LOOP-SOON-1", SchedulingProperties::soonInOrder));
    /** A callback scheduled by a running callback runs after every callback already queued. */
    static final Property<SchedulingProgram> NEXT_ITERATION = Property.of(
            "callbacks scheduled from callbacks run in the next iteration", SchedulingProgram.PROGRAMS,
            Invariant.of("LOOP-SOON-3", SchedulingProperties::childrenAfterQueued));
    /** Timers with deadlines further apart than the clock resolution run in deadline order. */
    static final Property<SchedulingProgram> DEADLINE_ORDER = Property.of(
            "timers run in deadline order", SchedulingProgram.PROGRAMS, DEADLINES, TIMERS_ONCE, DUE_TIMERS_ONCE);

    private SchedulingProperties() {
    }


    /**
     * Each callback not cancelled among those judged (the call_soon callbacks, the timers, or the
     * timers already due when scheduled) ran exactly once, and none of them ran that was never
     * scheduled.
     */
    private static void exactlyOnce(SchedulingProgram p, Trace trace, Predicate<String> judged) {
        Map<String, Integer> counts = counts(trace);
        for (String label : p.expected) {
            if (judged.test(label) && counts.getOrDefault(label, 0) != 1) {
                throw new AssertionError(label + " ran " + counts.getOrDefault(label, 0) + " times, expected exactly once");
            }
        }
        for (String label : counts.keySet()) {
            if (judged.test(label) && !p.expected.contains(label) && !p.cancelled.contains(label)) {
                throw new AssertionError(label + " ran but was never scheduled");
            }
        }
    }

    /** No cancelled callback, of the timers or of the others, ran. */
    private static void cancelledNeverRan(SchedulingProgram p, Trace trace, boolean timers) {
        Map<String, Integer> counts = counts(trace);
        for (String label : p.cancelled) {
            if (SchedulingProgram.isTimer(label) == timers && counts.containsKey(label)) {
                throw new AssertionError(label + " ran but its handle was cancelled");
            }
        }
    }

    private static void soonInOrder(SchedulingProgram p, Trace trace) {
        Set<String> scheduled = new HashSet<>(p.soonOrder);
        List<String> seen = new ArrayList<>(p.soonOrder.size());
        for (Event e : trace.events()) {
            if (scheduled.contains(e.label())) {
                seen.add(e.label());
            }
        }
        if (!seen.equals(p.soonOrder)) {
            throw new AssertionError("call_soon callbacks ran in the order " + seen + ", scheduled as " + p.soonOrder);
        }
    }


    private static void childrenAfterQueued(SchedulingProgram p, Trace trace) {
        int lastTopLevel = -1;
        int firstChild = Integer.MAX_VALUE;
        List<Event> events = trace.events();
        for (int i = 0; i < events.size(); i++) {
            String label = events.get(i).label();
            if (p.soonOrder.contains(label)) {
                lastTopLevel = i;
            }
            if (p.children.contains(label)) {
                firstChild = Math.min(firstChild, i);
            }
        }
        if (firstChild < lastTopLevel) {
            throw new AssertionError(events.get(firstChild).label() + " ran before "
                    + events.get(lastTopLevel).label() + ", which was queued before its parent ran");
        }
    }


    private static void inDeadlineOrder(SchedulingProgram p, Trace trace) {
        String previous = null;
        for (Event e : trace.events()) {
            Integer deadline = p.deadlines.get(e.label());
            if (deadline == null) {
                continue;
            }
            if (previous != null && p.deadlines.get(previous) > deadline) {
                throw new AssertionError(e.label() + " (deadline t0+" + deadline + " ms) ran after " + previous
                        + " (deadline t0+" + p.deadlines.get(previous) + " ms)");
            }
            previous = e.label();
        }
    }

    private static Map<String, Integer> counts(Trace trace) {
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : trace.events()) {
            if (!e.label().equals(SchedulingProgram.PAST)) {
                counts.merge(e.label(), 1, Integer::sum);
            }
        }
        return counts;
    }
}

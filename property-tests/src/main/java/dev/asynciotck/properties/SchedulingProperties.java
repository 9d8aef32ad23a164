package dev.asynciotck.properties;

import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.Trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Properties of random {@code call_soon} / {@code call_at} / {@code call_later} / cancel programs. */
final class SchedulingProperties {

    /** Every callback not cancelled runs exactly once; a cancelled one never runs. */
    static final Property<SchedulingProgram> EXACTLY_ONCE_UNLESS_CANCELLED = Property.of(
            "every callback runs exactly once unless cancelled", List.of("LOOP-SOON-2", "LOOP-SOON-4", "LOOP-TIMER-6"),
            SchedulingProgram.PROGRAMS, SchedulingProperties::exactlyOnceUnlessCancelled);
    /**
     * With hundreds of timers, most of them cancelled, every timer not cancelled still runs exactly
     * once and in deadline order, and no cancelled one runs.
     */
    static final Property<SchedulingProgram> MANY_TIMERS = Property.of(
            "many timers, mostly cancelled, run once in deadline order", List.of("LOOP-TIMER-1", "LOOP-TIMER-6", "LOOP-SOON-2"),
            SchedulingProgram.LARGE_PROGRAMS, (SchedulingProgram p, Trace trace) -> {
                exactlyOnceUnlessCancelled(p, trace);
                inDeadlineOrder(p, trace);
            }).large();
    /** call_soon callbacks run in the order they were scheduled. */
    static final Property<SchedulingProgram> CALL_SOON_IS_FIFO = Property.of(
            "call_soon is FIFO", List.of("LOOP-SOON-1"), SchedulingProgram.PROGRAMS, SchedulingProperties::soonInOrder);
    /** A callback scheduled by a running callback runs after every callback already queued. */
    static final Property<SchedulingProgram> NEXT_ITERATION = Property.of(
            "callbacks scheduled from callbacks run in the next iteration", List.of("LOOP-SOON-3"),
            SchedulingProgram.PROGRAMS, SchedulingProperties::childrenAfterQueued);
    /** Timers with deadlines further apart than the clock resolution run in deadline order. */
    static final Property<SchedulingProgram> DEADLINE_ORDER = Property.of(
            "timers run in deadline order", List.of("LOOP-TIMER-1", "LOOP-TIMER-2"), SchedulingProgram.PROGRAMS,
            SchedulingProperties::inDeadlineOrder);

    private SchedulingProperties() {
    }


    private static void exactlyOnceUnlessCancelled(SchedulingProgram p, Trace trace) {
        Map<String, Integer> counts = counts(trace);
        for (String label : p.expected) {
            if (counts.getOrDefault(label, 0) != 1) {
                throw new AssertionError(label + " ran " + counts.getOrDefault(label, 0) + " times, expected exactly once");
            }
        }
        for (String label : counts.keySet()) {
            if (!p.expected.contains(label)) {
                throw new AssertionError(label + " ran but " + (p.cancelled.contains(label)
                        ? "its handle was cancelled" : "was never scheduled"));
            }
        }
    }



    private static void soonInOrder(SchedulingProgram p, Trace trace) {
        List<String> seen = new ArrayList<>();
        for (Event e : trace.events()) {
            if (p.soonOrder.contains(e.label())) {
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
            counts.merge(e.label(), 1, Integer::sum);
        }
        return counts;
    }
}

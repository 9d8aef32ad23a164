package dev.asynciotck.properties;

import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Properties of random programs of futures and done callbacks. */
final class FutureCallbackProperties {

    /**
     * Each done callback runs exactly once, with its future, only after the future completed and
     * never inline; callbacks of one future run in registration order.
     */
    static final Property<FutureCallbackProgram> DONE_CALLBACKS = Property.of(
            "done callbacks run exactly once, after completion, in registration order", FutureCallbackProgram.PROGRAMS,
            Invariant.of("FUT-CB-1", FutureCallbackProperties::scheduledNotInline),
            Invariant.of("FUT-CB-2", FutureCallbackProperties::inRegistrationOrder),
            Invariant.of("FUT-CB-3", FutureCallbackProperties::onceWithTheFuture),
            Invariant.of("FUT-CB-4", FutureCallbackProperties::addedToADoneFutureNotInline));

    private FutureCallbackProperties() {
    }

    /** FUT-CB-1: no callback of a future runs before the callback that completed it returned. */
    private static void scheduledNotInline(FutureCallbackProgram p, Trace trace) {
        List<Event> events = trace.events();
        p.registrations.forEach((future, labels) -> {
            int completedAt = indexOf(events, "completed", future);
            for (int i = 0; i < events.size(); i++) {
                if (labels.contains(events.get(i).label()) && i < completedAt) {
                    throw new AssertionError(events.get(i).label() + " ran before the callback that completed " + future
                            + " returned (called inline, not scheduled with call_soon)");
                }
            }
        });
    }

    /** FUT-CB-4: a callback added to a done future does not run inside add_done_callback. */
    private static void addedToADoneFutureNotInline(FutureCallbackProgram p, Trace trace) {
        List<Event> events = trace.events();
        p.registrations.forEach((future, labels) -> {
            for (int i = 0; i < events.size(); i++) {
                String label = events.get(i).label();
                if (labels.contains(label) && i < indexOf(events, "added", label)) {
                    throw new AssertionError(label + " ran before add_done_callback returned (called inline, not "
                            + "scheduled with call_soon)");
                }
            }
        });
    }

    /**
     * FUT-CB-3: each registration of a completed future runs exactly once, with the future; none of
     * a future never completed runs.
     */
    private static void onceWithTheFuture(FutureCallbackProgram p, Trace trace) {
        List<Event> events = trace.events();
        p.registrations.forEach((future, labels) -> {
            boolean completes = p.completed.contains(future);
            if (completes && indexOf(events, "completed", future) < 0) {
                throw new AssertionError(future + " was never completed");
            }
            List<String> ran = new ArrayList<>();
            for (Event e : events) {
                if (labels.contains(e.label())) {
                    if (!isRef(e.value(), future)) {
                        throw new AssertionError(e.label() + " was called with " + e.value() + ", not with " + future);
                    }
                    if (!completes) {
                        throw new AssertionError(e.label() + " ran although " + future + " never completed");
                    }
                    ran.add(e.label());
                }
            }
            List<String> want = completes ? labels : List.of();
            if (!new ArrayList<>(ran).stream().sorted().toList().equals(want.stream().sorted().toList())) {
                throw new AssertionError("callbacks of " + future + " ran as " + ran + ", expected each exactly once: "
                        + want);
            }
        });
    }

    /** FUT-CB-2: the callbacks of a future that ran did in registration order. */
    private static void inRegistrationOrder(FutureCallbackProgram p, Trace trace) {
        p.registrations.forEach((future, labels) -> {
            List<String> ran = new ArrayList<>();
            for (Event e : trace.events()) {
                if (labels.contains(e.label()) && !ran.contains(e.label())) {
                    ran.add(e.label());
                }
            }
            List<String> inOrder = labels.stream().filter(ran::contains).toList();
            if (!ran.equals(inOrder)) {
                throw new AssertionError("callbacks of " + future + " ran in the order " + ran + ", registered as "
                        + labels);
            }
        });
    }

    private static boolean isRef(TraceValue v, String name) {
        return v instanceof TraceValue.Ref r && r.name().equals(name);
    }

    private static int indexOf(List<Event> events, String label, String valueName) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.label().equals(label) && (isRef(e.value(), valueName)
                    || e.value() instanceof TraceValue.Str s && s.value().equals(valueName))) {
                return i;
            }
        }
        return -1;
    }
}

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
            "done callbacks run exactly once, after completion, in registration order",
            List.of("FUT-CB-1", "FUT-CB-2", "FUT-CB-3", "FUT-CB-4"), FutureCallbackProgram.PROGRAMS,
            FutureCallbackProperties::check);

    private FutureCallbackProperties() {
    }


    private static void check(FutureCallbackProgram p, Trace trace) {
        List<Event> events = trace.events();
        for (Map.Entry<String, List<String>> entry : p.registrations.entrySet()) {
            String future = entry.getKey();
            int completedAt = indexOf(events, "completed", future);
            boolean completes = p.completed.contains(future);
            if (completes && completedAt < 0) {
                throw new AssertionError(future + " was never completed");
            }
            List<String> ran = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (!entry.getValue().contains(e.label())) {
                    continue;
                }
                if (!isRef(e.value(), future)) {
                    throw new AssertionError(e.label() + " was called with " + e.value() + ", not with " + future);
                }
                if (!completes) {
                    throw new AssertionError(e.label() + " ran although " + future + " never completed");
                }
                if (i < completedAt) {
                    throw new AssertionError(e.label() + " ran before the callback that completed " + future
                            + " returned (called inline, not scheduled with call_soon)");
                }
                int addedAt = indexOf(events, "added", e.label());
                if (i < addedAt) {
                    throw new AssertionError(e.label() + " ran before it was added");
                }
                ran.add(e.label());
            }
            List<String> want = completes ? entry.getValue() : List.of();
            if (!ran.equals(want)) {
                throw new AssertionError("callbacks of " + future + " ran as " + ran + ", expected each exactly once "
                        + "in registration order " + want);
            }
        }
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

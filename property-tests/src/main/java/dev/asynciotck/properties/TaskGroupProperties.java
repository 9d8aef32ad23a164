package dev.asynciotck.properties;

import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceValue;

import java.util.ArrayList;
import java.util.List;

/** Properties of random programs of one task group (3.11+). */
final class TaskGroupProperties {

    /**
     * Structured concurrency: when the block is left no task of the group still runs, and what left
     * it is exactly the errors raised, in the order they were raised, the body's last.
     */
    static final Property<TaskGroupProgram> NONE_LEFT_RUNNING = Property.of(
            "a task group is left with none of its tasks running, raising exactly their errors", TaskGroupProgram.PROGRAMS,
            Invariant.of("TASKGROUP-WAIT-1", TaskGroupProperties::noneRunning),
            Invariant.of("TASKGROUP-WAIT-1", (p, trace) -> errors(p, trace, Raised.NOTHING)),
            Invariant.of("TASKGROUP-ERROR-1", (p, trace) -> errors(p, trace, Raised.A_TASK)),
            Invariant.of("TASKGROUP-ERROR-2", (p, trace) -> errors(p, trace, Raised.THE_BODY)));

    /** What raised in a program: which clause says how the block is left. */
    private enum Raised { NOTHING, A_TASK, THE_BODY }

    private TaskGroupProperties() {
    }

    private static void noneRunning(TaskGroupProgram p, Trace trace) {
        for (Event e : trace.events()) {
            if (e.label().equals("still running") && !(e.value() instanceof TraceValue.Int i && i.value() == 0)) {
                throw new AssertionError(e.value() + " task(s) of the group still run after the block was left");
            }
        }
    }

    /**
     * In the programs where {@code which} raised: the block raised an exception group of exactly the
     * errors raised, in order (tasks only: TASKGROUP-ERROR-1; the body, with or without tasks:
     * TASKGROUP-ERROR-2), or,
     * where nothing raised, was left normally (TASKGROUP-WAIT-1).
     */
    private static void errors(TaskGroupProgram p, Trace trace, Raised which) {
        List<String> raised = new ArrayList<>();
        TraceValue left = null;
        for (Event e : trace.events()) {
            if (e.label().equals("raises") && e.value() instanceof TraceValue.Int i) {
                raised.add(Long.toString(i.value()));
            } else if (e.label().equals("body raises")) {
                raised.add("body");
            } else if (e.label().equals("left")) {
                left = e.value();
            }
        }
        Raised seen = raised.isEmpty() ? Raised.NOTHING : raised.contains("body") ? Raised.THE_BODY : Raised.A_TASK;
        if (seen != which || left == null) {
            return;
        }
        List<String> actual = new ArrayList<>();
        if (left instanceof TraceValue.Tuple tuple) {
            for (TraceValue v : tuple.items()) {
                actual.add(v instanceof TraceValue.Error err && err.type().equals("ValueError") ? err.message() : v.toString());
            }
        } else if (!(left instanceof TraceValue.Str s && s.value().equals("normally"))) {
            actual.add(left.toString());
        }
        if (!actual.equals(raised)) {
            throw new AssertionError(raised.isEmpty() ? "no task raised, yet the block raised an exception group of " + actual
                    : "the errors raised were ValueError " + raised + " in that order; the block "
                    + (left instanceof TraceValue.Tuple ? "raised an exception group of " + actual : "was left " + left));
        }
    }
}

package dev.asynciotck.properties;

import dev.asynciotck.properties.TimeoutProgram.Deadline;
import dev.asynciotck.properties.TimeoutProgram.Exit;
import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Properties of random programs of nested timeout blocks (3.11+). */
final class TimeoutProperties {

    /**
     * Structured timeouts: a deadline that passes turns into one TimeoutError, from the outermost
     * block that expired, never a bare CancelledError; a block without a passed deadline never
     * expires; another task's cancellation stays a cancellation.
     */
    static final Property<TimeoutProgram> EXPIRY = Property.of(
            "an expired timeout raises TimeoutError, once, from the outermost expired block", TimeoutProgram.PROGRAMS,
            Invariant.of("TIMEOUT-EXPIRE-1", unlessRescheduleBroke((p, trace) -> expiredFlags(p, trace, d -> d == Deadline.PAST))),
            Invariant.of("TIMEOUT-EXPIRE-1", unlessRescheduleBroke((p, trace) -> singleExpiry(p, trace, Deadline.PAST))),
            Invariant.of("TIMEOUT-EXPIRE-1", unlessRescheduleBroke(TimeoutProperties::noCancellationLeft)),
            Invariant.of("TIMEOUT-RESCHEDULE-1", TimeoutProperties::rescheduled),
            Invariant.of("TIMEOUT-EXPIRE-2", unlessRescheduleBroke((p, trace) -> expiredFlags(p, trace,
                    d -> d == Deadline.FAR || d == Deadline.NONE))),
            Invariant.of("TIMEOUT-NEST-1", unlessRescheduleBroke(TimeoutProperties::nested)),
            Invariant.of("TIMEOUT-CANCEL-1", unlessRescheduleBroke(TimeoutProperties::otherCancellation)));

    private TimeoutProperties() {
    }

    /** TIMEOUT-RESCHEDULE-1: the rescheduled blocks say expired() as the model says, and one expiring alone leaves as it says. */
    private static void rescheduled(TimeoutProgram p, Trace trace) {
        expiredFlags(p, trace, Deadline::rescheduled);
        singleExpiry(p, trace, Deadline.NONE_THEN_PAST);
    }

    /**
     * The rule of another clause, checked only where the rescheduled blocks behaved: a block whose
     * reschedule() did not take moves the exits of the blocks around it, which is
     * TIMEOUT-RESCHEDULE-1's failure, not theirs (root causes first).
     */
    private static BiConsumer<TimeoutProgram, Trace> unlessRescheduleBroke(BiConsumer<TimeoutProgram, Trace> rule) {
        return (p, trace) -> {
            try {
                rescheduled(p, trace);
            } catch (AssertionError broken) {
                return;
            }
            rule.accept(p, trace);
        };
    }

    /**
     * Without the cancelling task: the blocks of these deadlines say expired() exactly when they
     * expired (when several expire at once, that they all say so is TIMEOUT-NEST-1's).
     */
    private static void expiredFlags(TimeoutProgram p, Trace trace, Predicate<Deadline> deadlines) {
        if (p.cancelAfter >= 0) {
            return;
        }
        Map<Integer, Exit> actual = exits(trace);
        for (Exit expected : p.expectedExits()) {
            Deadline d = p.deadlines.get(expected.level());
            Exit seen = actual.get(expected.level());
            if (!deadlines.test(d) || seen == null) {
                continue;
            }
            if (seen.expired() != expected.expired() && !(expected.expired() && p.expiring().size() > 1)) {
                throw new AssertionError("block " + expected.level() + " (" + d.manager
                        + (d.rescheduled() ? ", then reschedule(" + d.reschedule + ")" : "") + ") says expired() is "
                        + seen.expired() + (expected.expired() ? "; its past deadline was due at the first await inside it"
                        : "; its deadline " + (d.past ? "had no await inside the block to expire at" : "never came")));
            }
            if (!expected.expired() && seen.outcome().equals("TimeoutError")) {
                throw new AssertionError("block " + expected.level() + " raised TimeoutError, but its deadline "
                        + (d.past ? "had no await inside the block to expire at" : "never came"));
            }
        }
    }

    /**
     * Without the cancelling task, one block expiring with the first await directly inside it (no
     * other block between): every block leaves as the model says.
     */
    private static void singleExpiry(TimeoutProgram p, Trace trace, Deadline kind) {
        List<Integer> expiring = p.expiring();
        if (p.cancelAfter >= 0 || expiring.size() != 1 || expiring.get(0) != p.aroundFirstSuspension() - 1
                || p.deadlines.get(expiring.get(0)) != kind) {
            return;
        }
        sameExits(p, trace);
    }

    /** Without the cancelling task, the task has no pending cancellation once the blocks are left. */
    private static void noCancellationLeft(TimeoutProgram p, Trace trace) {
        if (p.cancelAfter >= 0) {
            return;
        }
        for (Event e : trace.events()) {
            if (e.label().equals("cancelling") && !(e.value() instanceof TraceValue.Int i && i.value() == 0)) {
                throw new AssertionError("after the blocks, cancelling() is " + e.value() + ", not 0: an expired"
                        + " block left a cancellation request of its deadline pending");
            }
        }
    }

    /**
     * Without the cancelling task, an expiry that involves more than one block (several expire, or one
     * lies between the expired block and the await): every block leaves as the model says.
     */
    private static void nested(TimeoutProgram p, Trace trace) {
        List<Integer> expiring = p.expiring();
        if (p.cancelAfter >= 0 || expiring.isEmpty()
                || (expiring.size() == 1 && expiring.get(0) == p.aroundFirstSuspension() - 1)) {
            return;
        }
        sameExits(p, trace);
    }

    /**
     * With the cancelling task: a block whose deadline never comes (far or none, not rescheduled: those
     * are TIMEOUT-RESCHEDULE-1's) never raises TimeoutError, and a
     * cancel() that found the task pending leaves it cancelled.
     */
    private static void otherCancellation(TimeoutProgram p, Trace trace) {
        if (p.cancelAfter < 0) {
            return;
        }
        for (Exit seen : exits(trace).values()) {
            Deadline d = p.deadlines.get(seen.level());
            if ((d == Deadline.FAR || d == Deadline.NONE) && (seen.expired() || seen.outcome().equals("TimeoutError"))) {
                throw new AssertionError("block " + seen.level() + " (" + d.manager + "), whose deadline never came, left"
                        + " with " + seen.outcome() + " and expired() " + seen.expired() + " when another task cancelled");
            }
        }
        boolean cancelTookEffect = trace.events().stream()
                .anyMatch(e -> e.label().equals("cancel") && e.value() instanceof TraceValue.Bool b && b.value());
        boolean cancelled = trace.events().stream()
                .anyMatch(e -> e.label().equals("body cancelled") && e.value() instanceof TraceValue.Bool b && b.value());
        if (cancelTookEffect && !cancelled) {
            throw new AssertionError("cancel() returned True, but the task ended without being cancelled:"
                    + " a timeout block turned another task's cancellation into its own");
        }
    }

    private static void sameExits(TimeoutProgram p, Trace trace) {
        List<Exit> expected = p.expectedExits();
        List<Exit> actual = new ArrayList<>(exits(trace).values());
        if (!expected.equals(actual)) {
            throw new AssertionError("the blocks were left as " + actual + "; expected " + expected
                    + " (the first await that suspends is inside " + p.aroundFirstSuspension() + " block(s); the blocks with"
                    + " a past deadline around it expire: " + p.expiring() + ")");
        }
    }

    /** @return the recorded exits, by level, in the order recorded */
    private static Map<Integer, Exit> exits(Trace trace) {
        return trace.events().stream().filter(e -> e.label().equals("exit"))
                .map(TimeoutProperties::exit)
                .collect(Collectors.toMap(Exit::level, x -> x, (a, b) -> b, java.util.LinkedHashMap::new));
    }

    private static Exit exit(Event e) {
        if (e.value() instanceof TraceValue.PyList list && list.items().size() == 3
                && list.items().get(0) instanceof TraceValue.Int level && list.items().get(1) instanceof TraceValue.Str outcome
                && list.items().get(2) instanceof TraceValue.Bool expired) {
            return new Exit((int) level.value(), outcome.value(), expired.value());
        }
        throw new AssertionError("an exit event that is not [level, outcome, expired()]: " + e);
    }
}

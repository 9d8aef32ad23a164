package dev.asynciotck.properties;

import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceDiff;
import dev.asynciotck.trace.TraceValue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The differential property: random programs that mix the library's areas give the reference
 * loop's trace. A program's steps are ordered by the loop's scheduling and the primitives' FIFO
 * wake-ups alone, so a difference is a broken rule. It is blamed on one clause, by what the two
 * events at the first difference record (the expected one and the one the loop gave): a
 * primitive's event (a turn at the lock, an item got, a wake-up) before a cancellation's, and a
 * cancellation's before a plain step, since a primitive that hands itself to the wrong task also
 * moves the cancellations and steps after it. A worker that raises (no operation does on a
 * conforming loop) is blamed on the clause of a primitive it uses.
 */
final class MixedProperties {

    /** The clause that governs each label of {@link MixedProgram}'s traces. */
    private static final Map<String, String> CLAUSE_OF_LABEL = Map.ofEntries(
            Map.entry("step", "SLEEP-ZERO-1"), Map.entry("end", "SLEEP-ZERO-1"),
            Map.entry("in", "LOCK-FAIR-1"), Map.entry("out", "LOCK-FAIR-1"),
            Map.entry("put", "QUEUE-ORDER-1"), Map.entry("got", "QUEUE-ORDER-1"),
            Map.entry("woke", "EVENT-WAIT-1"), Map.entry("set", "EVENT-WAIT-1"),
            Map.entry("cancels", "TASK-CANCEL-1"), Map.entry("cancelled", "TASK-CANCEL-1"));

    /**
     * The property's clauses, in the order of blame: when both events of a difference have one, the
     * one that comes first here is blamed.
     */
    private static final List<String> CLAUSES = List.of("LOCK-FAIR-1", "LOCK-CANCEL-1", "QUEUE-ORDER-1",
            "QUEUE-WAIT-1", "QUEUE-CANCEL-1", "EVENT-WAIT-1", "EVENT-CANCEL-1", "TASK-CANCEL-1", "SLEEP-ZERO-1");

    /**
     * The clause blamed when a worker raises, which no operation does on a conforming loop (a
     * primitive that asks for a running loop the loop never set, say): the first clause here whose
     * operation ({@link MixedProgram#OPERATIONS} index) the worker has, else {@link #OUTCOME}.
     */
    private static final List<Map.Entry<Integer, String>> CLAUSE_OF_RAISING_OPERATION = List.of(
            Map.entry(1, "LOCK-FAIR-1"), Map.entry(3, "QUEUE-WAIT-1"), Map.entry(4, "EVENT-WAIT-1"),
            Map.entry(2, "QUEUE-ORDER-1"), Map.entry(5, "EVENT-WAIT-1"), Map.entry(6, "TASK-CANCEL-1"));

    /**
     * A primitive's clause, and the clause blamed instead when the program cancels a worker that
     * uses the primitive ({@link MixedProgram#OPERATIONS} index): a waiter cancelled at the wrong
     * moment is its cancellation clause's, which relies on the other.
     */
    private record WhenCancelled(int operation, String clause) {
    }

    private static final Map<String, WhenCancelled> CANCELLED = Map.of(
            "LOCK-FAIR-1", new WhenCancelled(1, "LOCK-CANCEL-1"),
            "QUEUE-ORDER-1", new WhenCancelled(3, "QUEUE-CANCEL-1"),
            "QUEUE-WAIT-1", new WhenCancelled(3, "QUEUE-CANCEL-1"),
            "EVENT-WAIT-1", new WhenCancelled(4, "EVENT-CANCEL-1"));

    /** The clause blamed when the events agree and the outcomes differ. */
    private static final String OUTCOME = "SLEEP-ZERO-1";

    @SuppressWarnings("unchecked")
    static final Property<MixedProgram> SAME_AS_THE_REFERENCE = Property.of(
            "programs mixing locks, queues, events and cancellation give the reference loop's trace",
            MixedProgram.PROGRAMS, CLAUSES.stream().map(MixedProperties::blamed).toArray(Invariant[]::new));

    private MixedProperties() {
    }

    /** The invariant of one clause: the trace does not first differ at an event of that clause. */
    private static Invariant<MixedProgram> blamed(String clause) {
        return Invariant.of(clause, (p, trace) -> firstDifference(p, trace).filter(d -> d.clause.equals(clause))
                .ifPresent(d -> {
                    throw new AssertionError("the trace differs from the reference loop's: " + d.divergence);
                }));
    }

    private record Difference(String clause, TraceDiff.Divergence divergence) {
    }

    private static Optional<Difference> firstDifference(MixedProgram p, Trace trace) {
        Trace expected = p.reference();
        if (expected == null) {
            return Optional.empty();
        }
        return TraceDiff.compare(expected, trace).map(d -> {
            String clause = clauseAt(p, expected, trace, d.index());
            WhenCancelled cancelled = CANCELLED.get(clause);
            if (cancelled != null && p.cancelledOperations.contains(cancelled.operation)) {
                clause = cancelled.clause;
            } else if (clause.equals("TASK-CANCEL-1")) {
                clause = victimsWait(p, expected, trace, d.index()).orElse(clause);
            }
            return new Difference(clause, d);
        });
    }

    /**
     * For a difference at a cancellation: when the workers cancelled there (expected and actual) have
     * one primitive they may wait on in common, the cancellation clause of that primitive (which
     * relies on TASK-CANCEL-1), since a primitive that mishandles a cancelled waiter shows first at
     * the cancellation.
     */
    private static Optional<String> victimsWait(MixedProgram p, Trace expected, Trace actual, int index) {
        Set<String> clauses = null;
        for (List<Event> events : List.of(expected.events(), actual.events())) {
            Integer victim = index < events.size() ? victim(events.get(index)) : null;
            if (victim == null || victim >= p.operations.size()) {
                continue;
            }
            Set<String> waits = new HashSet<>();
            for (WhenCancelled c : CANCELLED.values()) {
                if (p.operations.get(victim).contains(c.operation)) {
                    waits.add(c.clause);
                }
            }
            if (clauses == null) {
                clauses = waits;
            } else {
                clauses.retainAll(waits);
            }
        }
        return clauses != null && clauses.size() == 1 ? Optional.of(clauses.iterator().next()) : Optional.empty();
    }

    /** The worker an event says is cancelled: {@code cancelled: i} or {@code cancels: [j, i]}. */
    private static Integer victim(Event e) {
        if (e.label().equals("cancelled") && e.value() instanceof TraceValue.Int i) {
            return (int) i.value();
        }
        if (e.label().equals("cancels") && e.value() instanceof TraceValue.PyList l && l.items().size() == 2
                && l.items().get(1) instanceof TraceValue.Int i) {
            return (int) i.value();
        }
        return null;
    }

    private static String clauseAt(MixedProgram p, Trace expected, Trace actual, int index) {
        String blamed = OUTCOME;
        for (List<Event> events : List.of(expected.events(), actual.events())) {
            if (index < events.size()) {
                Event event = events.get(index);
                String clause = event.label().equals("raised") ? raisingClause(p, event)
                        : CLAUSE_OF_LABEL.getOrDefault(event.label(), OUTCOME);
                if (blamed == OUTCOME || CLAUSES.indexOf(clause) < CLAUSES.indexOf(blamed)) {
                    blamed = clause;
                }
            }
        }
        return blamed;
    }

    /** The clause of a {@code raised: [i, error]} event, by the operations of worker i. */
    private static String raisingClause(MixedProgram p, Event raised) {
        if (raised.value() instanceof TraceValue.PyList l && !l.items().isEmpty()
                && l.items().get(0) instanceof TraceValue.Int i && i.value() < p.operations.size()) {
            Set<Integer> operations = p.operations.get((int) i.value());
            for (Map.Entry<Integer, String> e : CLAUSE_OF_RAISING_OPERATION) {
                if (operations.contains(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return OUTCOME;
    }
}

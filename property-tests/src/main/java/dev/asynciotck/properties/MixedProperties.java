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
 * moves the cancellations and steps after it; when one trace's event comes later in the other and
 * not the other way round (events missing, or early), only the event out of place is blamed. A
 * worker that raises (no operation does on a conforming loop) is blamed on the clause of a
 * primitive it uses.
 */
final class MixedProperties {

    /** The clause that governs each label of {@link MixedProgram}'s traces. */
    private static final Map<String, String> CLAUSE_OF_LABEL = Map.ofEntries(
            Map.entry("step", "SLEEP-ZERO-1"), Map.entry("end", "SLEEP-ZERO-1"),
            Map.entry("in", "LOCK-FAIR-1"), Map.entry("out", "LOCK-FAIR-1"),
            Map.entry("put", "QUEUE-ORDER-1"),
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
        Set<String> waitingAt = new HashSet<>();
        boolean known = true;
        for (List<Event> events : List.of(expected.events(), actual.events())) {
            Integer victim = index < events.size() ? victim(events.get(index)) : null;
            if (victim != null && victim < p.operations.size()) {
                String clause = waitingAt(p, events, index, victim);
                known &= clause != null;
                waitingAt.add(String.valueOf(clause));
            }
        }
        if (known && waitingAt.size() == 1) {
            return Optional.of(waitingAt.iterator().next());
        }
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

    /** The events an operation records ({@link MixedProgram#OPERATIONS} index): its calls of record. */
    private static int eventsOf(int operation) {
        return MixedProgram.OPERATIONS.get(operation).split("record\\(", -1).length - 1;
    }

    /**
     * The cancellation clause of the primitive a worker waits at just before {@code index}, as the
     * trace so far tells (each operation records its events as it goes, in the worker's order), or
     * null when it is at none (a plain step, or past its operations).
     */
    private static String waitingAt(MixedProgram p, List<Event> events, int index, int worker) {
        List<Integer> sequence = p.sequences.get(worker);
        int operation = 0;
        int seen = 0;
        for (int i = 0; i < index && operation < sequence.size(); i++) {
            if (Integer.valueOf(worker).equals(workerOf(events.get(i))) && ++seen == eventsOf(sequence.get(operation))) {
                operation++;
                seen = 0;
            }
        }
        if (operation >= sequence.size()) {
            return null;
        }
        for (WhenCancelled c : CANCELLED.values()) {
            if (c.operation == sequence.get(operation)) {
                return c.clause;
            }
        }
        return null;
    }

    /** The worker whose operation recorded an event ({@code step: i}, {@code got: [i, x]}, ...), else null. */
    private static Integer workerOf(Event e) {
        if (List.of("end", "cancelled", "raised").contains(e.label())) {
            return null;
        }
        TraceValue v = e.value() instanceof TraceValue.PyList l && !l.items().isEmpty() ? l.items().get(0) : e.value();
        return v instanceof TraceValue.Int i ? (int) i.value() : null;
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
        for (List<Event> events : outOfPlace(expected.events(), actual.events(), index)) {
            if (index < events.size()) {
                Event event = events.get(index);
                String clause = event.label().equals("raised") ? raisingClause(p, event)
                        : event.label().equals("got") ? gotClause(expected, actual, index)
                        : CLAUSE_OF_LABEL.getOrDefault(event.label(), OUTCOME);
                if (blamed == OUTCOME || CLAUSES.indexOf(clause) < CLAUSES.indexOf(blamed)) {
                    blamed = clause;
                }
            }
        }
        return blamed;
    }

    /**
     * The traces whose event at {@code index} is out of place: when one trace's event there comes
     * later in the other, and the other's event never comes in the first (events missing in one
     * trace, or come early in it), only the trace whose event is not in the other is blamed; else
     * both are.
     */
    private static List<List<Event>> outOfPlace(List<Event> expected, List<Event> actual, int index) {
        if (index >= expected.size() || index >= actual.size()) {
            return List.of(expected, actual);
        }
        boolean actualComesLater = comesAfter(expected, index, actual.get(index));
        boolean expectedComesLater = comesAfter(actual, index, expected.get(index));
        if (actualComesLater && !expectedComesLater) {
            return List.of(expected); // the expected event is missing from the actual trace
        }
        if (expectedComesLater && !actualComesLater) {
            return List.of(actual); // the actual event should not be there
        }
        return List.of(expected, actual);
    }

    /** @return whether {@code event} is among the events of {@code events} after {@code index} */
    private static boolean comesAfter(List<Event> events, int index, Event event) {
        for (int i = index + 1; i < events.size(); i++) {
            if (same(events.get(i), event)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Event a, Event b) {
        return a.label().equals(b.label()) && java.util.Objects.equals(a.value(), b.value());
    }

    /**
     * The clause of a difference at a {@code got: [i, item]} event: the same worker getting another
     * item is the queue's order (QUEUE-ORDER-1); another worker getting one, or a get at another
     * moment, is the getters' turn (QUEUE-WAIT-1, which relies on QUEUE-ORDER-1).
     */
    private static String gotClause(Trace expected, Trace actual, int index) {
        Integer e = index < expected.events().size() ? gotBy(expected.events().get(index)) : null;
        Integer a = index < actual.events().size() ? gotBy(actual.events().get(index)) : null;
        return e != null && e.equals(a) ? "QUEUE-ORDER-1" : "QUEUE-WAIT-1";
    }

    /** The worker of a {@code got: [i, item]} event, else null. */
    private static Integer gotBy(Event e) {
        return e.label().equals("got") && e.value() instanceof TraceValue.PyList l && !l.items().isEmpty()
                && l.items().get(0) instanceof TraceValue.Int i ? (int) i.value() : null;
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

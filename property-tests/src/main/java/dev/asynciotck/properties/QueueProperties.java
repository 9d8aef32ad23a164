package dev.asynciotck.properties;

import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Properties of random programs of producers, consumers and cancellations around one queue. */
final class QueueProperties {

    /**
     * Checked against a model of the queue: no item is lost, invented or taken twice; each kind of
     * queue gives its items in its order; no consumer is left waiting while the queue holds items.
     */
    static final Property<QueueProgram> AGAINST_A_MODEL = Property.of(
            "queues keep every item once, in their order", QueueProgram.PROGRAMS,
            Invariant.of("QUEUE-WAIT-1", QueueProperties::everyItemOnce),
            Invariant.of("QUEUE-ORDER-1", (p, trace) -> inOrder(p, trace, "Queue")),
            Invariant.of("QUEUE-ORDER-2", (p, trace) -> inOrder(p, trace, "PriorityQueue")),
            Invariant.of("QUEUE-ORDER-3", (p, trace) -> inOrder(p, trace, "LifoQueue")),
            Invariant.of("QUEUE-WAIT-1", (p, trace) -> noConsumerStuck(p, trace, false)),
            Invariant.of("QUEUE-CANCEL-1", (p, trace) -> noConsumerStuck(p, trace, true)));

    private QueueProperties() {
    }

    /** QUEUE-WAIT-1: every item put is taken (got, or left at the end) exactly once, and only after it was put. */
    private static void everyItemOnce(QueueProgram p, Trace trace) {
        String problem = lossOrDuplicate(trace);
        if (problem != null) {
            throw new AssertionError(problem);
        }
    }

    private static String lossOrDuplicate(Trace trace) {
        Map<Long, Integer> held = new HashMap<>();
        for (Event e : trace.events()) {
            Long item = item(e);
            if (item == null) {
                continue;
            }
            if (e.label().equals("put")) {
                held.merge(item, 1, Integer::sum);
            } else if (held.getOrDefault(item, 0) == 0) {
                return e.label() + " " + item + ", which the queue did not hold (never put, or taken already)";
            } else {
                held.merge(item, -1, Integer::sum);
            }
        }
        List<Long> lost = held.entrySet().stream().filter(h -> h.getValue() > 0).map(Map.Entry::getKey).sorted().toList();
        return lost.isEmpty() ? null : "items put and never taken, nor left at the end: " + lost;
    }

    /** QUEUE-ORDER-1/2/3: replayed on a model of the kind of queue, each item taken is the one it gives next. */
    private static void inOrder(QueueProgram p, Trace trace, String kind) {
        if (!p.kind.equals(kind) || lossOrDuplicate(trace) != null) {
            return;  // another kind's rule; a lost or doubled item is QUEUE-WAIT-1's
        }
        List<Long> model = new ArrayList<>();
        for (Event e : trace.events()) {
            Long item = item(e);
            if (item == null) {
                continue;
            }
            if (e.label().equals("put")) {
                model.add(item);
                continue;
            }
            Long next = switch (kind) {
                case "Queue" -> model.get(0);
                case "LifoQueue" -> model.get(model.size() - 1);
                default -> model.stream().min(Comparator.naturalOrder()).orElseThrow();
            };
            if (!next.equals(item)) {
                throw new AssertionError(e.label() + " " + item + " from a " + kind + " holding " + model + " (in the order put),"
                        + " which gives " + next + " first");
            }
            model.remove(next);
        }
    }

    /**
     * QUEUE-CANCEL-1 (in programs that cancel a consumer) or QUEUE-WAIT-1 (in the others): once the
     * loop settled, no consumer still waits in get() while the queue holds an item.
     */
    private static void noConsumerStuck(QueueProgram p, Trace trace, boolean withCancellations) {
        if (p.cancels != withCancellations) {
            return;
        }
        for (Event e : trace.events()) {
            if (e.label().equals("end") && e.value() instanceof TraceValue.PyList end && end.items().size() == 2
                    && end.items().get(0) instanceof TraceValue.Int size && end.items().get(1) instanceof TraceValue.Int waiting
                    && size.value() > 0 && waiting.value() > 0) {
                throw new AssertionError(waiting.value() + " consumer(s) still wait in get() while the queue holds "
                        + size.value() + " item(s)" + (withCancellations ? " (a consumer was cancelled: did it hand on its wake-up?)" : ""));
            }
        }
    }

    /** @return the integer item of a put, got or left event, else null */
    private static Long item(Event e) {
        String label = e.label();
        if ((label.equals("put") || label.equals("got") || label.equals("left")) && e.value() instanceof TraceValue.Int i) {
            return i.value();
        }
        return null;
    }
}

package dev.asynciotck.properties;

import dev.asynciotck.loop.Capability;
import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceValue;

import java.util.List;

/** Properties of random programs of writes, pauses and a close between a client and a server on loopback. */
final class IoProperties {

    /**
     * The bytes written arrive whole and in order, nothing arrives while the reading is paused, and
     * each side's connection ends in exactly one {@code connection_lost(None)}.
     */
    static final Property<IoProgram> BYTES_IN_ORDER = Property.of(
            "a connection delivers the bytes written, in order, and ends once on each side", IoProgram.PROGRAMS,
            Invariant.of("TRANSPORT-WRITE-1", IoProperties::everyByteInOrder),
            Invariant.of("TRANSPORT-READ-1", IoProperties::nothingWhilePaused),
            Invariant.of("PROTO-ORDER-1", IoProperties::oneConnectionLostEach),
            Invariant.of("TRANSPORT-CLOSE-1", (p, trace) -> endsCleanly(p, trace, "close")),
            Invariant.of("TRANSPORT-CLOSE-3", (p, trace) -> endsCleanly(p, trace, "write_eof")))
            .large().needing(Capability.NETWORK);

    /**
     * The differential property: the program's events are the reference loop's, each side's in
     * their order; the two sides' events are compared sorted by label, since which side's
     * {@code connection_lost} comes first asyncio leaves free. A difference is blamed by the label
     * where the sorted events first differ: a {@code connection_lost} on the clause of the
     * client's ending, data while paused on TRANSPORT-READ-1, the counts on TRANSPORT-WRITE-1.
     */
    static final Property<IoProgram> SAME_AS_THE_REFERENCE = Property.of(
            "random I/O programs give the reference loop's events", IoProgram.PROGRAMS,
            Invariant.of("TRANSPORT-WRITE-1", (p, trace) -> sameAsTheReference(p, trace, "TRANSPORT-WRITE-1")),
            Invariant.of("TRANSPORT-READ-1", (p, trace) -> sameAsTheReference(p, trace, "TRANSPORT-READ-1")),
            Invariant.of("TRANSPORT-CLOSE-1", (p, trace) -> sameAsTheReference(p, trace, "TRANSPORT-CLOSE-1")),
            Invariant.of("TRANSPORT-CLOSE-3", (p, trace) -> sameAsTheReference(p, trace, "TRANSPORT-CLOSE-3")))
            .large().needing(Capability.NETWORK);

    private IoProperties() {
    }

    /** Fails when the sorted events first differ from the reference loop's at an event of {@code clause}. */
    private static void sameAsTheReference(IoProgram p, Trace trace, String clause) {
        Trace expected = p.reference();
        if (expected == null) {
            return;
        }
        List<String> want = sorted(expected);
        List<String> got = sorted(trace);
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : null;
            String g = i < got.size() ? got.get(i) : null;
            if (w != null && w.equals(g)) {
                continue;
            }
            String at = w != null && (g == null || w.compareTo(g) < 0) ? w : g;
            if (clauseOf(p, at).equals(clause)) {
                throw new AssertionError("the events, sorted by label, differ from the reference loop's at " + (i + 1)
                        + ": expected " + (w == null ? "no more" : w) + "; got " + (g == null ? "no more" : g));
            }
            return;
        }
    }

    private static List<String> sorted(Trace trace) {
        return trace.events().stream().map(e -> e.label() + ": " + e.value()).sorted().toList();
    }

    /** The clause of an event of {@link IoProgram}'s traces, by its label. */
    private static String clauseOf(IoProgram p, String event) {
        if (event.contains(" connection_lost: ")) {
            return p.ending.equals("close") ? "TRANSPORT-CLOSE-1" : "TRANSPORT-CLOSE-3";
        }
        return event.startsWith("data while paused: ") ? "TRANSPORT-READ-1" : "TRANSPORT-WRITE-1";
    }

    /** TRANSPORT-WRITE-1: as many bytes received as sent, and the same bytes. */
    private static void everyByteInOrder(IoProgram p, Trace trace) {
        TraceValue sent = value(trace, "sent");
        TraceValue received = value(trace, "received");
        if (sent == null || !sent.equals(received)) {
            throw new AssertionError("the server received " + received + " bytes of the " + sent + " the client sent");
        }
        TraceValue wrong = value(trace, "chunks not as written");
        if (!new TraceValue.Int(0).equals(wrong)) {
            throw new AssertionError(wrong + " data_received() call(s) gave other bytes than the next ones written (the client"
                    + " writes runs of one letter, the next letter for the next run)");
        }
    }

    /** TRANSPORT-READ-1: no data_received between pause_reading() and resume_reading(). */
    private static void nothingWhilePaused(IoProgram p, Trace trace) {
        TraceValue during = value(trace, "data while paused");
        if (during != null) {
            throw new AssertionError("data_received(" + during + " bytes) was called while the server's reading was paused");
        }
    }

    /** PROTO-ORDER-1: connection_lost once on each side, before the program reads what arrived. */
    private static void oneConnectionLostEach(IoProgram p, Trace trace) {
        for (String side : List.of("client", "server")) {
            long count = trace.events().stream().filter(e -> e.label().equals(side + " connection_lost")).count();
            if (count != 1) {
                throw new AssertionError("the " + side + "'s connection_lost was called " + count + " times, not once");
            }
        }
    }

    /** TRANSPORT-CLOSE-1 (close) or TRANSPORT-CLOSE-3 (write_eof): each side's connection_lost gets None. */
    private static void endsCleanly(IoProgram p, Trace trace, String ending) {
        if (!p.ending.equals(ending)) {
            return;
        }
        for (Event e : trace.events()) {
            if (e.label().endsWith(" connection_lost") && !(e.value() instanceof TraceValue.None)) {
                throw new AssertionError("after the client's " + ending + "(), the " + e.label() + " got " + e.value()
                        + ", not None");
            }
        }
    }

    /** @return the value of the first event with this label, or null */
    private static TraceValue value(Trace trace, String label) {
        return trace.events().stream().filter(e -> e.label().equals(label)).map(Event::value).findFirst().orElse(null);
    }
}

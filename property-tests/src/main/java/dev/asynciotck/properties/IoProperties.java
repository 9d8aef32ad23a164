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

    private IoProperties() {
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

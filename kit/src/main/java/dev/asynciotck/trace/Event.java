package dev.asynciotck.trace;

/**
 * One event of a trace.
 *
 * @param kind  what recorded it
 * @param label the label given to {@code record} ({@code ""} for handler events)
 * @param value the recorded value, or {@code null} when none was given
 * @param time  loop time since the program started, or {@code null}; informative only, never
 *              compared
 */
public record Event(Kind kind, String label, TraceValue value, Double time) {

    /** What recorded an event. */
    public enum Kind {
        /** The program called {@code record}. */
        RECORD,
        /** A callback raised and the loop called its exception handler. */
        HANDLER
    }

    /** Null label becomes {@code ""}. */
    public Event {
        label = label == null ? "" : label;
    }

    /**
     * @param label the label
     * @return a record event without value
     */
    public static Event record(String label) {
        return new Event(Kind.RECORD, label, null, null);
    }

    /**
     * @param label the label
     * @param value the value
     * @return a record event with a value
     */
    public static Event record(String label, TraceValue value) {
        return new Event(Kind.RECORD, label, value, null);
    }

    /**
     * @param other another event
     * @return whether the two are the same event, time aside
     */
    public boolean sameAs(Event other) {
        return kind == other.kind && label.equals(other.label) && java.util.Objects.equals(value, other.value);
    }

    /** @return the event's line in the text form of a trace */
    @Override
    public String toString() {
        return TraceText.line(this);
    }
}

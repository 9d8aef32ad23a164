package dev.asynciotck.trace;

import java.util.List;

/**
 * What a program recorded when it ran: its events in order, and the exception that ended it, if
 * any.
 *
 * @param events the events
 * @param raised the exception {@code main} raised, or {@code null} if it completed
 */
public record Trace(List<Event> events, TraceValue.Error raised) {

    /** The format tag written in the JSON form. */
    public static final String FORMAT = "asyncio-tck-trace/1";

    /** Copies the events. */
    public Trace {
        events = List.copyOf(events);
    }

    /** @return the text form, one line per event */
    @Override
    public String toString() {
        return TraceText.print(this);
    }
}

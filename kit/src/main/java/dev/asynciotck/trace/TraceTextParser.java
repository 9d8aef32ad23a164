package dev.asynciotck.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text form of a trace (see {@code spec/language.md}): one event per line, as
 * {@code label}, {@code label: VALUE} or {@code !handler: VALUE}, and an optional last line
 * {@code !raised: ERROR}. Blank lines and lines starting with {@code #} are ignored, and so is
 * the whitespace around each line. The label is everything before the first {@code ": "}.
 *
 * <p>The text form does not carry a reference's type: a bare name such as {@code t1} or
 * {@code Task#1} reads as {@code Ref("?", name)}.
 */
final class TraceTextParser {

    private static final String HANDLER = "!handler";
    private static final String RAISED = "!raised";

    private final String text;

    /** @param text the lines of a trace */
    TraceTextParser(String text) {
        this.text = text;
    }

    /**
     * @return the trace (events without times)
     * @throws TraceSyntaxException naming the line, column and what was expected
     */
    Trace parse() {
        List<Event> events = new ArrayList<>();
        TraceValue.Error raised = null;
        int raisedLine = 0;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int start = line.indexOf(content);
            if (raised != null) {
                throw new TraceSyntaxException(TraceValueParser.message(lineNo, start + 1, line,
                        "'!raised' must be the last line of a trace (it is on line " + raisedLine + ")"));
            }
            int colon = content.indexOf(": ");
            String label = colon < 0 ? content : content.substring(0, colon);
            TraceValue value = null;
            if (colon >= 0) {
                value = new TraceValueParser(line, lineNo, start + colon + 2).parseAll();
            }
            if (label.startsWith("!")) {
                String special = value == null && label.endsWith(":") ? label.substring(0, label.length() - 1)
                        : label;
                if (!special.equals(HANDLER) && !special.equals(RAISED)) {
                    throw new TraceSyntaxException(TraceValueParser.message(lineNo, start + 1, line,
                            "unknown special label '" + label + "'; expected '!handler: ERROR' or"
                                    + " '!raised: ERROR' (a record label cannot start with '!')"));
                }
                if (value == null) {
                    throw new TraceSyntaxException(TraceValueParser.message(lineNo, start + content.length() + 1,
                            line, "expected ': ' and a value after '" + special + "'"));
                }
                if (label.equals(HANDLER)) {
                    events.add(new Event(Event.Kind.HANDLER, "", value, null));
                } else {
                    if (!(value instanceof TraceValue.Error error)) {
                        throw new TraceSyntaxException(TraceValueParser.message(lineNo, start + colon + 3, line,
                                "expected an exception after '!raised: ', like RuntimeError('Event loop is"
                                        + " closed'), found " + value));
                    }
                    raised = error;
                    raisedLine = lineNo;
                }
            } else {
                events.add(value == null ? Event.record(label) : Event.record(label, value));
            }
        }
        return new Trace(events, raised);
    }
}

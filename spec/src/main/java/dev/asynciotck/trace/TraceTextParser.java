package dev.asynciotck.trace;

/** STUB. */
final class TraceTextParser {
    private final String text;

    TraceTextParser(String text) {
        this.text = text;
    }

    Trace parse() {
        throw new UnsupportedOperationException("stub " + text.length());
    }
}

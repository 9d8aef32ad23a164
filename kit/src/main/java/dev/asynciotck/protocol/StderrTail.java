package dev.asynciotck.protocol;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last lines a driver wrote on stderr, kept for fault reports. Thread-safe. */
final class StderrTail {

    static final int LINES = 40;
    static final int LINE_LENGTH = 400;

    private final Deque<String> lines = new ArrayDeque<>();

    synchronized void add(String line) {
        if (lines.size() == LINES) {
            lines.removeFirst();
        }
        lines.addLast(line.length() <= LINE_LENGTH ? line : line.substring(0, LINE_LENGTH - 1) + "…");
    }

    synchronized List<String> lines() {
        return new ArrayList<>(lines);
    }

    /** @return the lines as an indented block for a message, or a sentence saying there are none */
    String describe() {
        List<String> copy = lines();
        if (copy.isEmpty()) {
            return "The driver wrote nothing on stderr.";
        }
        StringBuilder out = new StringBuilder("The driver's stderr (last ").append(copy.size())
                .append(copy.size() == 1 ? " line):" : " lines):");
        for (String line : copy) {
            out.append("\n  | ").append(line);
        }
        return out.toString();
    }
}

package dev.asynciotck.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares an expected trace with an actual one and describes where they diverge. Event times are
 * never compared. A reference whose expected type is {@code ?} (as the text form writes it)
 * matches any reference of that name.
 */
public final class TraceDiff {

    private TraceDiff() {
    }

    /**
     * Compares in order: same events, same outcome.
     *
     * @param expected the expected trace
     * @param actual   the actual trace
     * @return the first divergence, or empty when they agree
     */
    public static Optional<Divergence> compare(Trace expected, Trace actual) {
        List<Event> e = expected.events();
        List<Event> a = actual.events();
        int n = Math.min(e.size(), a.size());
        for (int i = 0; i < n; i++) {
            if (!matches(e.get(i), a.get(i))) {
                return Optional.of(new Divergence(i, lineOf(expected, i), lineOf(actual, i), sideBySide(expected, actual, i)));
            }
        }
        if (e.size() != a.size()) {
            return Optional.of(new Divergence(n, lineOf(expected, n), lineOf(actual, n), sideBySide(expected, actual, n)));
        }
        if (!matchesValue(expected.raised(), actual.raised())) {
            return Optional.of(new Divergence(n, raisedLine(expected), raisedLine(actual),
                    sideBySide(expected, actual, n)));
        }
        return Optional.empty();
    }

    /**
     * Compares ignoring order: the same events as a multiset, and the same outcome.
     *
     * @param expected the expected trace
     * @param actual   the actual trace
     * @return the first unmatched event, or empty when they agree
     */
    public static Optional<Divergence> compareUnordered(Trace expected, Trace actual) {
        List<Event> remaining = new ArrayList<>(actual.events());
        for (int i = 0; i < expected.events().size(); i++) {
            Event want = expected.events().get(i);
            int found = -1;
            for (int j = 0; j < remaining.size() && found < 0; j++) {
                if (matches(want, remaining.get(j))) {
                    found = j;
                }
            }
            if (found < 0) {
                return Optional.of(new Divergence(i, want.toString(), "(no such event, in any position)",
                        sideBySide(expected, actual, i)));
            }
            remaining.remove(found);
        }
        if (!remaining.isEmpty()) {
            int at = expected.events().size();
            return Optional.of(new Divergence(at, "(no more events)", "unexpected " + remaining.get(0),
                    sideBySide(expected, actual, at)));
        }
        if (!matchesValue(expected.raised(), actual.raised())) {
            int at = expected.events().size();
            return Optional.of(new Divergence(at, raisedLine(expected), raisedLine(actual),
                    sideBySide(expected, actual, at)));
        }
        return Optional.empty();
    }

    /**
     * @param expected an expected event
     * @param actual   an actual event
     * @return whether they agree (kind, label, value; not time)
     */
    public static boolean matches(Event expected, Event actual) {
        return expected.kind() == actual.kind() && expected.label().equals(actual.label())
                && matchesValue(expected.value(), actual.value());
    }

    /**
     * @param expected an expected value (may contain references of type {@code ?})
     * @param actual   an actual value
     * @return whether they agree
     */
    public static boolean matchesValue(TraceValue expected, TraceValue actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected instanceof TraceValue.Ref r && actual instanceof TraceValue.Ref s) {
            return r.name().equals(s.name()) && (r.type().equals("?") || r.type().equals(s.type()));
        }
        if (expected instanceof TraceValue.PyList l && actual instanceof TraceValue.PyList m) {
            return matchesAll(l.items(), m.items());
        }
        if (expected instanceof TraceValue.Tuple l && actual instanceof TraceValue.Tuple m) {
            return matchesAll(l.items(), m.items());
        }
        if (expected instanceof TraceValue.PySet l && actual instanceof TraceValue.PySet m) {
            return matchesAll(l.items(), m.items());
        }
        if (expected instanceof TraceValue.PyDict l && actual instanceof TraceValue.PyDict m) {
            return matchesAll(l.keys(), m.keys()) && matchesAll(l.values(), m.values());
        }
        return expected.equals(actual);
    }

    private static boolean matchesAll(List<TraceValue> expected, List<TraceValue> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!matchesValue(expected.get(i), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The i-th event; past the last one, the end of the trace and how the program ended (what it raised). */
    private static String lineOf(Trace t, int i) {
        if (i < t.events().size()) {
            return t.events().get(i).toString();
        }
        return t.raised() == null ? "(end of trace)" : "(end of trace, " + raisedLine(t) + ")";
    }

    private static String raisedLine(Trace t) {
        return t.raised() == null ? "(completed without raising)" : "!raised: " + t.raised();
    }

    private static String sideBySide(Trace expected, Trace actual, int mark) {
        List<String> e = lines(expected);
        List<String> a = lines(actual);
        int width = 8;
        for (String s : e) {
            width = Math.max(width, Math.min(s.length(), 60));
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("    #  %-" + width + "s  %s%n", "expected", "actual"));
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String left = i < e.size() ? e.get(i) : "";
            String right = i < a.size() ? a.get(i) : "";
            out.append(String.format("%s %3d  %-" + width + "s  %s%n", i == mark ? ">>" : "  ", i + 1, left, right));
        }
        return out.toString();
    }

    private static List<String> lines(Trace t) {
        List<String> out = new ArrayList<>();
        for (Event e : t.events()) {
            out.add(e.toString());
        }
        if (t.raised() != null) {
            out.add("!raised: " + t.raised());
        }
        return out;
    }

    /**
     * Where two traces diverge.
     *
     * @param index    the 0-based index of the first differing event
     * @param expected the expected line there
     * @param actual   the actual line there
     * @param table    both traces side by side, the divergence marked {@code >>}
     */
    public record Divergence(int index, String expected, String actual, String table) {

        /** @return a readable report */
        @Override
        public String toString() {
            return "first divergence at event " + (index + 1) + ":\n  expected: " + expected + "\n  actual:   "
                    + actual + "\n\n" + table;
        }
    }
}

package dev.asynciotck.clause;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CPython versions a clause holds for, as written in its {@code Python} field:
 * {@code 3.10+} (that version and later), {@code 3.10-3.12} (inclusive) or {@code 3.11}.
 */
record PythonRange(int fromMajor, int fromMinor, int toMajor, int toMinor) {

    private static final Pattern OPEN = Pattern.compile("(\\d+)\\.(\\d+)\\+");
    private static final Pattern CLOSED = Pattern.compile("(\\d+)\\.(\\d+)-(\\d+)\\.(\\d+)");
    private static final Pattern SINGLE = Pattern.compile("(\\d+)\\.(\\d+)");

    /** The form of the field, for error messages. */
    static final String EXPECTED = "expected a version such as 3.10+, 3.10-3.12 or 3.11";

    static Optional<PythonRange> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            Matcher m = OPEN.matcher(s);
            if (m.matches()) {
                return Optional.of(new PythonRange(num(m, 1), num(m, 2), Integer.MAX_VALUE, Integer.MAX_VALUE));
            }
            m = CLOSED.matcher(s);
            if (m.matches()) {
                PythonRange r = new PythonRange(num(m, 1), num(m, 2), num(m, 3), num(m, 4));
                return r.contains(r.fromMajor, r.fromMinor) && r.contains(r.toMajor, r.toMinor)
                        ? Optional.of(r) : Optional.empty();
            }
            m = SINGLE.matcher(s);
            if (m.matches()) {
                return Optional.of(new PythonRange(num(m, 1), num(m, 2), num(m, 1), num(m, 2)));
            }
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    boolean contains(int major, int minor) {
        return compare(major, minor, fromMajor, fromMinor) >= 0
                && compare(major, minor, toMajor, toMinor) <= 0;
    }

    private static int compare(int major, int minor, int otherMajor, int otherMinor) {
        return major != otherMajor ? Integer.compare(major, otherMajor) : Integer.compare(minor, otherMinor);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}

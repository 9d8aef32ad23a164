package dev.asynciotck.python;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of CPython versions, as a clause's {@code Python} field and the vocabulary write it:
 * {@code 3.10+} (that version and later), {@code 3.10-3.12} (inclusive) or {@code 3.11}.
 *
 * @param fromMajor the first version's major number
 * @param fromMinor the first version's minor number
 * @param toMajor   the last version's major number ({@link Integer#MAX_VALUE} when open)
 * @param toMinor   the last version's minor number ({@link Integer#MAX_VALUE} when open)
 */
public record PythonRange(int fromMajor, int fromMinor, int toMajor, int toMinor) {

    private static final Pattern OPEN = Pattern.compile("(\\d+)\\.(\\d+)\\+");
    private static final Pattern CLOSED = Pattern.compile("(\\d+)\\.(\\d+)-(\\d+)\\.(\\d+)");
    private static final Pattern SINGLE = Pattern.compile("(\\d+)\\.(\\d+)");

    /** The form of the field, for error messages. */
    public static final String EXPECTED = "expected a version such as 3.10+, 3.10-3.12 or 3.11";

    /**
     * @param text {@code 3.10+}, {@code 3.10-3.12} or {@code 3.11}
     * @return the range, or empty when the text is not one
     */
    public static Optional<PythonRange> parse(String text) {
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

    /**
     * @param major a major version
     * @param minor a minor version
     * @return whether that version is in the range
     */
    public boolean contains(int major, int minor) {
        return compare(major, minor, fromMajor, fromMinor) >= 0
                && compare(major, minor, toMajor, toMinor) <= 0;
    }

    /**
     * @param other another range
     * @return whether every version of the other range is in this one
     */
    public boolean covers(PythonRange other) {
        return contains(other.fromMajor, other.fromMinor) && contains(other.toMajor, other.toMinor);
    }

    /**
     * @param other another range
     * @return the versions in both, or empty when they share none
     */
    public Optional<PythonRange> intersect(PythonRange other) {
        boolean laterStart = compare(other.fromMajor, other.fromMinor, fromMajor, fromMinor) > 0;
        boolean earlierEnd = compare(other.toMajor, other.toMinor, toMajor, toMinor) < 0;
        PythonRange both = new PythonRange(laterStart ? other.fromMajor : fromMajor, laterStart ? other.fromMinor : fromMinor,
                earlierEnd ? other.toMajor : toMajor, earlierEnd ? other.toMinor : toMinor);
        return compare(both.fromMajor, both.fromMinor, both.toMajor, both.toMinor) <= 0 ? Optional.of(both) : Optional.empty();
    }

    /** @return the range as written: {@code 3.10+}, {@code 3.10-3.12} or {@code 3.11} */
    @Override
    public String toString() {
        String from = fromMajor + "." + fromMinor;
        if (toMajor == Integer.MAX_VALUE) {
            return from + "+";
        }
        return fromMajor == toMajor && fromMinor == toMinor ? from : from + "-" + toMajor + "." + toMinor;
    }

    private static int compare(int major, int minor, int otherMajor, int otherMinor) {
        return major != otherMajor ? Integer.compare(major, otherMajor) : Integer.compare(minor, otherMinor);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}

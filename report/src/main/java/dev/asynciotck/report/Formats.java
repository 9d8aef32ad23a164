package dev.asynciotck.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How pages write dates, durations and exit statuses. */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** @param started an ISO-8601 instant, as a summary gives it @return it in UTC, readable; else as given */
    static String date(String started) {
        try {
            return DATE.format(Instant.parse(started));
        } catch (DateTimeParseException e) {
            return started;
        }
    }

    /** @param seconds a duration @return e.g. {@code 12.4 s}, {@code 2 min 3.0 s} */
    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long minutes = (long) (seconds / 60);
        return String.format(Locale.ROOT, "%d min %.1f s", minutes, seconds - minutes * 60);
    }

    /** @param exit a run's exit status @return it, with what it means */
    static String exit(long exit) {
        return exit == 0 ? "0 (every check passed, or failed as expected)" : exit + " (some checks failed)";
    }
}

package dev.asynciotck.report;

/**
 * The counts of a run's checks by status.
 *
 * @param checks   every check
 * @param passed   those that passed
 * @param failed   those that failed
 * @param skipped  those skipped
 * @param expected those that failed as expected
 */
record Totals(long checks, long passed, long failed, long skipped, long expected) {

    /** @param fields the {@code totals} object @return the totals */
    static Totals from(Fields fields) {
        return new Totals(fields.integer("checks"), fields.integer("passed"), fields.integer("failed"),
                fields.integer("skipped"), fields.integer("expected"));
    }
}

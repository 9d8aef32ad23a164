package dev.asynciotck.checks;

import java.util.Optional;

/**
 * How a check ended, or a clause's verdict in a run (the worst of its checks'): the one verdict
 * type of the runner, the saved cases, {@code summary.json} and the report pages. Each has a word
 * (how JSON writes it) and a symbol, so that a page never shows a verdict by colour alone.
 */
public enum Verdict {
    /** Passed; for a clause, every check of it that ran passed. */
    PASSED("passed", "✓", "every check of the clause passed"),
    /** Failed; for a clause, a check of it failed. */
    FAILED("failed", "✗", "a check failed"),
    /**
     * A clause only: its checks failed, and a clause they rely on failed too; that one is the root
     * cause ({@link RootCauses}).
     */
    EXPLAINED("explained", "↳", "its checks failed because a clause they rely on failed: see that root cause"),
    /** Failed as the expectations file says it does. */
    EXPECTED("expected", "⚑", "expected failure: failed as the expectations file says"),
    /** Skipped, with a reason; for a clause, every check of it was skipped. */
    SKIPPED("skipped", "⊘", "every check of the clause was skipped"),
    /** A clause no check of which ran (never a check's verdict). */
    UNTESTED("untested", "○", "no check of the clause ran");

    private final String word;
    private final String symbol;
    private final String meaning;

    Verdict(String word, String symbol, String meaning) {
        this.word = word;
        this.symbol = symbol;
        this.meaning = meaning;
    }

    /** @return the word, as JSON writes it: {@code passed}, {@code expected}, … */
    public String word() {
        return word;
    }

    /** @return the symbol shown beside the word */
    public String symbol() {
        return symbol;
    }

    /** @return what it means for a clause, for legends and tooltips */
    public String meaning() {
        return meaning;
    }

    /** @return symbol and word, as tables show it */
    public String label() {
        return symbol + " " + word;
    }

    /**
     * @param word a verdict as JSON writes it
     * @return the verdict, if it is one
     */
    public static Optional<Verdict> parse(String word) {
        for (Verdict v : values()) {
            if (v.word.equals(word)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** @return whether a check can end with it (untested and explained are verdicts of clauses only) */
    public boolean ofChecks() {
        return this != UNTESTED && this != EXPLAINED;
    }

    /**
     * @param other another verdict
     * @return the worse of the two, as a clause's verdict takes its worst check's: failed, then
     *         expected, then passed, then skipped, then untested
     */
    public Verdict worse(Verdict other) {
        return rank(other) > rank(this) ? other : this;
    }

    private static int rank(Verdict v) {
        return switch (v) {
            case UNTESTED -> 0;
            case SKIPPED -> 1;
            case PASSED -> 2;
            case EXPECTED -> 3;
            case EXPLAINED, FAILED -> 4;
        };
    }
}

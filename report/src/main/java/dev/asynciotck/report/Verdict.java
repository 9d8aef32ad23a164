package dev.asynciotck.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The verdict of a clause, or the status of a check (spec/reports.md), with how pages show it: a
 * symbol and a word as well as a colour, so that colour is never the only sign.
 */
enum Verdict {
    /** Every check of the clause passed. */
    PASSED("✓", "passed", "every check of the clause passed"),
    /** A check failed. */
    FAILED("✗", "failed", "a check failed"),
    /** A check failed as the expectations file says it does. */
    EXPECTED("⚑", "expected", "expected failure: failed as the expectations file says"),
    /** Every check of the clause was skipped. */
    SKIPPED("⊘", "skipped", "every check of the clause was skipped"),
    /** No check of the clause ran. */
    UNTESTED("○", "untested", "no check of the clause ran");

    private final String symbol;
    private final String word;
    private final String meaning;

    Verdict(String symbol, String word, String meaning) {
        this.symbol = symbol;
        this.word = word;
        this.meaning = meaning;
    }

    /** @param word a verdict as JSON writes it ({@code passed}) @return the verdict, if it is one */
    static Optional<Verdict> parse(String word) {
        for (Verdict v : values()) {
            if (v.word.equals(word)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** @return the symbol shown beside the word */
    String symbol() {
        return symbol;
    }

    /** @return the word, as JSON writes it */
    String word() {
        return word;
    }

    /** @return what it means, for legends and tooltips */
    String meaning() {
        return meaning;
    }

    /** @return the CSS class of cells with this verdict */
    String cssClass() {
        return "v-" + name().toLowerCase(Locale.ROOT);
    }

    /** @return symbol and word, as cells show it */
    String label() {
        return symbol + " " + word;
    }
}

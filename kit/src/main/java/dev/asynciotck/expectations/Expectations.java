package dev.asynciotck.expectations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The entries of one expectations file.
 *
 * @param source  where they come from (the file's path), for messages
 * @param loop    the loop identifier the file says it is for, or null
 * @param entries the entries, in file order
 */
public record Expectations(String source, String loop, List<Expectation> entries) {

    /** No expectations: every failure is a failure. */
    public static final Expectations NONE = new Expectations("(no expectations file)", null, List.of());

    /** Copies the entries. */
    public Expectations {
        entries = List.copyOf(entries);
    }

    /**
     * @param checkName the name of a check
     * @param clauseIds the clauses it is tagged with
     * @return the first entry about that check: one naming it, else one naming one of its clauses
     */
    public Optional<Expectation> covering(String checkName, Collection<String> clauseIds) {
        Optional<Expectation> byName = entries.stream()
                .filter(e -> e.check() != null && e.covers(checkName, clauseIds)).findFirst();
        return byName.isPresent() ? byName
                : entries.stream().filter(e -> e.clause() != null && e.covers(checkName, clauseIds)).findFirst();
    }
}

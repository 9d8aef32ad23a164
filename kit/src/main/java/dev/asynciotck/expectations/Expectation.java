package dev.asynciotck.expectations;

import java.util.Collection;
import java.util.Objects;

/**
 * One known failure of a loop: every check of a clause, or one check (a scenario or a property)
 * by name, is expected to fail for the stated reason.
 *
 * @param clause   the clause id, or null when the entry names a check
 * @param check    the check's name (a scenario's or a property's), or null when the entry names a clause
 * @param reason   why it fails, one line
 * @param link     where the deviation is discussed (an http(s) address), or null
 * @param probe    the probe that shows the deviation (a Python script, relative to the file), or null
 * @param location where the entry is, e.g. {@code expectations/uvloop.yaml:12}
 */
public record Expectation(String clause, String check, String reason, String link, String probe, String location) {

    /** Checks that exactly one of clause and check is given, and that there is a reason. */
    public Expectation {
        if ((clause == null) == (check == null)) {
            throw new IllegalArgumentException("an expectation names a clause or a check, not both or neither");
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
    }

    /**
     * @param checkName the name of a check that ran
     * @param clauseIds the clauses it is tagged with
     * @return whether this entry is about that check
     */
    public boolean covers(String checkName, Collection<String> clauseIds) {
        return clause != null ? clauseIds.contains(clause) : check.equals(checkName);
    }

    /** @return what the entry names, e.g. {@code LOOP-STOP-2} or {@code check "call_soon is FIFO"} */
    public String key() {
        return clause != null ? clause : "check \"" + check + "\"";
    }

    /** @return the key, the reason and the link, on one line */
    public String describe() {
        return key() + ": " + reason + (link == null ? "" : " (" + link + ")");
    }
}

package dev.asynciotck.checks;

import java.util.Locale;

/** What a check is. */
public enum CheckKind {
    /** A Gherkin scenario: a program and its expected trace. */
    SCENARIO,
    /** A property: an invariant over random programs. */
    PROPERTY,
    /** The run as a whole (a failure outside any one check, such as an unexpected pass). */
    SUITE;

    /** @return how reports write it: {@code scenario}, {@code property}, {@code suite} */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param word a kind as reports write it
     * @return the kind
     * @throws IllegalArgumentException when it is none
     */
    public static CheckKind parse(String word) {
        for (CheckKind k : values()) {
            if (k.word().equals(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException("expected scenario, property or suite, got \"" + word + "\"");
    }
}

package dev.asynciotck.report;

import java.util.Optional;

/** The level of a clause, as in RFC 2119. */
enum Level {
    /** An absolute requirement. */
    MUST,
    /** A recommendation. */
    SHOULD,
    /** A permission. */
    MAY;

    /** @param word {@code MUST}, {@code SHOULD} or {@code MAY} @return the level, if it is one */
    static Optional<Level> parse(String word) {
        for (Level l : values()) {
            if (l.name().equals(word)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}

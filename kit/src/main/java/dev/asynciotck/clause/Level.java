package dev.asynciotck.clause;

import java.util.Optional;

/** The strength of a clause, with the meaning of the RFC 2119 keyword of the same name. */
public enum Level {
    /** An absolute requirement: a conforming loop follows the rule. */
    MUST,
    /** A recommendation: a loop may have valid reasons to deviate, and should state them. */
    SHOULD,
    /** A freedom: the loop may choose; a check asserts only what holds whatever it chooses. */
    MAY;

    /**
     * The keyword as written in a clause's {@code Level} field and, in capitals, in its rule.
     *
     * @return the keyword, e.g. {@code "MUST"}
     */
    public String keyword() {
        return name();
    }

    /**
     * The level written as {@code keyword}, matched exactly (capitals only).
     *
     * @param keyword the text of a {@code Level} field
     * @return the level, or empty when the text is not one of MUST, SHOULD, MAY
     */
    public static Optional<Level> fromKeyword(String keyword) {
        for (Level level : values()) {
            if (level.name().equals(keyword)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}

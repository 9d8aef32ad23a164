package dev.asynciotck.clause;

import java.util.Optional;

/**
 * A clause id that names no clause of the catalog, e.g. in a scenario's tags. The message names
 * the id and, when a known id is close to it, suggests that one:
 * {@code unknown clause id 'LOOP-SON-1' (did you mean LOOP-SOON-1?)}.
 */
public final class UnknownClauseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String suggestion;

    /**
     * @param id         the id that was asked for
     * @param suggestion the closest known id, if one is close enough
     */
    public UnknownClauseException(String id, Optional<String> suggestion) {
        super("unknown clause id '" + id + "'" + suggestion.map(s -> " (did you mean " + s + "?)").orElse(""));
        this.id = id;
        this.suggestion = suggestion.orElse(null);
    }

    /** @return the id that names no clause */
    public String id() {
        return id;
    }

    /** @return the closest known id, or empty when none is close */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}

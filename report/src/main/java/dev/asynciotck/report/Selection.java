package dev.asynciotck.report;

import java.util.List;

/**
 * What limited a run, as its summary says.
 *
 * @param clauses the {@code --clauses} of the run (empty: all)
 * @param tags    the {@code --tags} expression ("" when none)
 * @param seed    the properties' seed, or null
 * @param tries   the properties' tries, or null
 */
record Selection(List<String> clauses, String tags, Long seed, Long tries) {

    /** No selection: every check, seed and tries unknown. */
    static final Selection NONE = new Selection(List.of(), "", null, null);

    /** Copies the list. */
    Selection {
        clauses = List.copyOf(clauses);
    }

    /** @param fields the {@code selection} object @return the selection; absent keys are empty */
    static Selection from(Fields fields) {
        return new Selection(fields.has("clauses") ? fields.texts("clauses") : List.of(),
                fields.has("tags") ? fields.text("tags") : "",
                fields.has("seed") ? fields.integer("seed") : null,
                fields.has("tries") ? fields.integer("tries") : null);
    }
}

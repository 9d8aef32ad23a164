package dev.asynciotck.checks;

import java.util.List;
import java.util.Objects;

/**
 * One check of the kit.
 *
 * @param kind    a scenario, a property, or the suite
 * @param name    its name
 * @param where   where it is written: a feature file and line, or the file and line a property is
 *                declared on ("" when unknown)
 * @param clauses the ids of the clauses it checks
 */
public record Check(CheckKind kind, String name, String where, List<String> clauses) {

    /** Copies the list. */
    public Check {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        where = where == null ? "" : where;
        clauses = List.copyOf(clauses);
    }
}

package dev.asynciotck.checks;

import dev.asynciotck.clause.Clause;
import dev.asynciotck.clause.ClauseCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps every clause to the checks tagged with it, and lists the problems: clauses with no check
 * (untested), tags naming no clause, and checks with no clause tag at all.
 */
public final class ClauseCoverage {

    private final Map<Clause, List<Check>> byClause = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @param catalog the clauses
     * @param checks  the scenarios and properties
     */
    public ClauseCoverage(ClauseCatalog catalog, List<Check> checks) {
        for (Clause c : catalog.clauses()) {
            byClause.put(c, new ArrayList<>());
        }
        for (Check check : checks) {
            if (check.clauses().isEmpty()) {
                problems.add(check.kind().word() + " '" + check.name() + "' (" + check.where() + ") has no clause id tag");
            }
            for (String id : check.clauses()) {
                try {
                    byClause.get(catalog.require(id)).add(check);
                } catch (IllegalArgumentException e) {
                    problems.add(check.kind().word() + " '" + check.name() + "' (" + check.where() + "): " + e.getMessage());
                }
            }
        }
    }

    /** @return the coverage of the shipped catalog by the checks on the classpath (the features and the properties) */
    public static ClauseCoverage ofThisKit() {
        return new ClauseCoverage(ClauseCatalog.load(), CheckSuite.discover(CheckSuite.Scope.ALL));
    }

    /** @return every clause with the checks tagged with it, in catalog order */
    public Map<Clause, List<Check>> byClause() {
        return byClause;
    }

    /** @return the clauses no check is tagged with */
    public List<Clause> untested() {
        List<Clause> out = new ArrayList<>();
        byClause.forEach((clause, checks) -> {
            if (checks.isEmpty()) {
                out.add(clause);
            }
        });
        return out;
    }

    /** @return tags naming unknown clauses, and checks without clause tags */
    public List<String> problems() {
        return problems;
    }

    /** @return a table: clause, level, number of scenarios and properties */
    public String table() {
        StringBuilder out = new StringBuilder(String.format("%-16s %-6s %9s %10s%n", "clause", "level", "scenarios",
                "properties"));
        byClause.forEach((clause, checks) -> {
            long scenarios = checks.stream().filter(c -> c.kind() == CheckKind.SCENARIO).count();
            long properties = checks.size() - scenarios;
            out.append(String.format("%-16s %-6s %9d %10d%s%n", clause.id(), clause.level(), scenarios, properties,
                    checks.isEmpty() ? "   UNTESTED" : ""));
        });
        return out.toString();
    }
}

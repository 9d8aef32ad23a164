package dev.asynciotck.coverage;

import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckKind;
import dev.asynciotck.checks.CheckSuite;
import dev.asynciotck.checks.ClauseCoverage;
import dev.asynciotck.clause.Clause;
import dev.asynciotck.clause.ClauseCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The build fails when a clause has no check, or a check names a clause that does not exist. */
class ClauseCoverageTest {

    @Test
    void everyClauseHasACheckAndEveryTagNamesAClause() {
        ClauseCoverage coverage = ClauseCoverage.ofThisKit();
        System.out.println(coverage.table());
        StringBuilder errors = new StringBuilder();
        for (Clause c : coverage.untested()) {
            errors.append("clause ").append(c.id()).append(" (").append(c.area()).append(") has no scenario or property\n");
        }
        for (String p : coverage.problems()) {
            errors.append(p).append('\n');
        }
        if (errors.length() > 0) {
            fail("clause coverage is broken:\n" + errors);
        }
    }

    @Test
    void discoveryFindsScenariosAndProperties() {
        List<Check> checks = CheckSuite.discover(CheckSuite.Scope.ALL);
        assertTrue(checks.stream().anyMatch(c -> c.kind() == CheckKind.SCENARIO), "no scenario discovered");
        assertTrue(checks.stream().anyMatch(c -> c.kind() == CheckKind.PROPERTY), "no property discovered");
        for (Check c : checks) {
            assertTrue(c.where().matches("(features|property-tests)/src/main/\\S+\\.(feature|java):\\d+"),
                    c.name() + " is at " + c.where() + ", not at a file:line of the repository");
            assertTrue(java.nio.file.Files.exists(java.nio.file.Path.of("..", c.where().replaceFirst(":\\d+$", ""))),
                    c.name() + ": no file " + c.where());
        }
    }

    /**
     * A failing scenario blames its clauses: a scenario tagged with two would blame both for a
     * rule only one of them states. What a scenario's check relies on is a reliance of its clause.
     */
    @Test
    void aScenarioChecksExactlyOneClause() {
        StringBuilder errors = new StringBuilder();
        for (Check c : CheckSuite.discover(CheckSuite.Scope.ALL)) {
            if (c.kind() == CheckKind.SCENARIO && c.clauses().size() != 1) {
                errors.append(c.where()).append(": scenario '").append(c.name()).append("' is tagged with ")
                        .append(c.clauses()).append(": tag it with the one clause it checks, and make the others "
                        + "reliances of that clause ('Relies on' in its clause file) or give them scenarios of their own\n");
            }
        }
        assertEquals("", errors.toString());
    }

    @Test
    void aScenarioLivesInTheFolderOfTheAreaItChecks() {
        String root = CheckSuite.FEATURE_SOURCES + CheckSuite.FEATURES + "/";
        StringBuilder errors = new StringBuilder();
        for (Check c : CheckSuite.discover(CheckSuite.Scope.ALL)) {
            if (c.kind() != CheckKind.SCENARIO) {
                continue;
            }
            String folder = c.where().substring(root.length(), c.where().indexOf('/', root.length()));
            if (c.clauses().stream().noneMatch(id -> ClauseCatalog.load().require(id).area().equals(folder))) {
                errors.append(c.where()).append(": scenario '").append(c.name()).append("' checks ").append(c.clauses())
                        .append(", none of area ").append(folder).append(" (move it to the folder of its clause's area)\n");
            }
        }
        assertEquals("", errors.toString());
    }

    @Test
    void anUnknownClauseTagIsReportedWithTheClosestId() {
        ClauseCatalog catalog = ClauseCatalog.load();
        Clause known = catalog.clauses().get(0);
        String typo = known.id().substring(0, known.id().length() - 1) + "99";
        ClauseCoverage coverage = new ClauseCoverage(catalog,
                List.of(new Check(CheckKind.SCENARIO, "typo", "x.feature:3", List.of(typo))));
        assertEquals(1, coverage.problems().size());
        assertTrue(coverage.problems().get(0).contains(typo), coverage.problems().get(0));
        assertEquals(catalog.clauses().size(), coverage.untested().size());
    }

    @Test
    void aCheckWithoutClauseTagsIsAProblem() {
        ClauseCoverage coverage = new ClauseCoverage(ClauseCatalog.load(),
                List.of(new Check(CheckKind.PROPERTY, "untagged", "A#b", List.of())));
        assertFalse(coverage.problems().isEmpty());
    }
}

package dev.asynciotck.checks;

import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.clause.ClauseFormatException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reliances in the clause files, and the root causes they give to a run's failures. */
class RootCausesTest {

    /** DEMO-A-1 is relied on by DEMO-A-2, which DEMO-A-3 relies on; DEMO-A-4 relies on nothing. */
    private static ClauseCatalog catalog(String relies2, String relies3) {
        StringBuilder md = new StringBuilder("# DEMO-A: demo\n\nIntro.\n\n");
        for (int i = 1; i <= 4; i++) {
            md.append("## DEMO-A-").append(i).append(": clause ").append(i).append("\n\n| Field | Value |\n|---|---|\n")
                    .append("| Level | MUST |\n| Source | [x](https://docs.python.org/3.11/library/asyncio-task.html#x) |\n")
                    .append("| Python | 3.10+ |\n| Versions | Same. |\n| Freedom | None. |\n");
            if (i == 2 && relies2 != null) {
                md.append("| Relies on | ").append(relies2).append(" |\n");
            }
            if (i == 3 && relies3 != null) {
                md.append("| Relies on | ").append(relies3).append(" |\n");
            }
            md.append("\nThe loop MUST do ").append(i).append(".\n\n");
        }
        return ClauseCatalog.parse(Map.of("DEMO-A.md", md.toString()));
    }

    private static final ClauseCatalog CHAIN = catalog("DEMO-A-1: it needs one", "DEMO-A-2: it needs two");

    @Test
    void aFailureThatReliesOnAnotherFailureIsExplainedByTheFirstRoot() {
        RootCauses causes = RootCauses.of(CHAIN, verdicts(Verdict.FAILED, Verdict.FAILED, Verdict.FAILED, Verdict.FAILED));
        assertEquals(Map.of("DEMO-A-1", List.of("DEMO-A-2", "DEMO-A-3"), "DEMO-A-4", List.of()), causes.roots());
        assertEquals(List.of("DEMO-A-1"), causes.explainedBy("DEMO-A-3"));
        assertEquals(List.of(), causes.explainedBy("DEMO-A-1"));
        assertEquals("2 root causes (DEMO-A-1, DEMO-A-4) explain 4 failing clauses", causes.headline());
    }

    @Test
    void aPassingClauseExplainsNothing() {
        RootCauses causes = RootCauses.of(CHAIN, verdicts(Verdict.PASSED, Verdict.EXPECTED, Verdict.FAILED, Verdict.PASSED));
        assertEquals(Map.of("DEMO-A-2", List.of("DEMO-A-3")), causes.roots());
        assertEquals("1 root cause (DEMO-A-2) explains 2 failing clauses", causes.headline());
        assertTrue(RootCauses.of(CHAIN, verdicts(Verdict.PASSED, Verdict.SKIPPED, Verdict.UNTESTED, Verdict.PASSED))
                .roots().isEmpty());
    }

    @Test
    void reliancesNameClausesThatExistAndDoNotGoRound() {
        assertEquals("DEMO-A.md:17: clause DEMO-A-2 relies on DEMO-A-9, which is no clause (did you mean DEMO-A-1?)",
                assertThrows(ClauseFormatException.class, () -> catalog("DEMO-A-9: x", null)).getMessage());
        assertEquals("DEMO-A.md:5: reliances go round: DEMO-A-1 -> DEMO-A-3 -> DEMO-A-1 (a clause may not rely, "
                + "through others, on itself)", assertThrows(ClauseFormatException.class, RootCausesTest::catalogWithLoop)
                .getMessage());
        assertTrue(assertThrows(ClauseFormatException.class, () -> catalog("DEMO-A-1 without why", null)).getMessage()
                .contains("a reliance is '<CLAUSE-ID>: why'"));
        assertTrue(assertThrows(ClauseFormatException.class, () -> catalog("DEMO-A-2: itself", null)).getMessage()
                .contains("clause DEMO-A-2 relies on itself"));
    }

    /** DEMO-A-1 relies on DEMO-A-3, which relies on DEMO-A-1. */
    private static ClauseCatalog catalogWithLoop() {
        StringBuilder out = new StringBuilder("# DEMO-A: demo\n\nIntro.\n\n");
        for (int i = 1; i <= 3; i++) {
            out.append("## DEMO-A-").append(i).append(": clause ").append(i).append("\n\n| Field | Value |\n|---|---|\n")
                    .append("| Level | MUST |\n| Source | [x](https://docs.python.org/3.11/library/asyncio-task.html#x) |\n")
                    .append("| Python | 3.10+ |\n| Versions | Same. |\n| Freedom | None. |\n")
                    .append(i == 1 ? "| Relies on | DEMO-A-3: x |\n" : i == 3 ? "| Relies on | DEMO-A-1: y |\n" : "")
                    .append("\nThe loop MUST do ").append(i).append(".\n\n");
        }
        return ClauseCatalog.parse(Map.of("DEMO-A.md", out.toString()));
    }

    private static Map<String, Verdict> verdicts(Verdict... v) {
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            out.put("DEMO-A-" + (i + 1), v[i]);
        }
        return out;
    }
}

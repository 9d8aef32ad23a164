package dev.asynciotck.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each way of breaking the clause format gives a message naming the file and the line. */
class ClauseFormatErrorsTest {

    private static final String GOOD_CLAUSE = String.join("\n",
            "## DEMO-ONE-1: A demo clause",
            "",
            "| Field | Value |",
            "|---|---|",
            "| Level | MUST |",
            "| Source | [asyncio-eventloop](https://docs.python.org/3.11/library/asyncio-eventloop.html#x) |",
            "| Python | 3.10+ |",
            "| Versions | Same. |",
            "| Freedom | None. |",
            "",
            "The loop MUST do the thing.",
            "");

    /** A file "DEMO-ONE.md": heading on line 1, intro on line 3, the clause from line 5 on. */
    private static String demoFile(String clauses) {
        return "# DEMO-ONE: demo\n\nIntro text.\n\n" + clauses;
    }

    private static String messageOf(String file, String markdown) {
        return assertThrows(ClauseFormatException.class, () -> ClauseCatalog.parse(Map.of(file, markdown)))
                .getMessage();
    }

    private static String broken(String from, String to) {
        assertTrue(GOOD_CLAUSE.contains(from), "test fixture contains " + from);
        return demoFile(GOOD_CLAUSE.replace(from, to));
    }

    @Test
    void theGoodFixtureParses() {
        ClauseCatalog catalog = ClauseCatalog.parse(Map.of("DEMO-ONE.md", demoFile(GOOD_CLAUSE)));
        Clause clause = catalog.require("DEMO-ONE-1");
        assertEquals(new Clause("DEMO-ONE-1", Level.MUST, "DEMO-ONE", "A demo clause", "The loop MUST do the thing.",
                "[asyncio-eventloop](https://docs.python.org/3.11/library/asyncio-eventloop.html#x)", "3.10+",
                "Same.", "None."), clause);
        assertEquals(List.of("DEMO-ONE"), catalog.areas());
    }

    @Test
    void duplicateIdInOneFile() {
        assertEquals("DEMO-ONE.md:16: duplicate clause id DEMO-ONE-1 (first defined at DEMO-ONE.md:5)",
                messageOf("DEMO-ONE.md", demoFile(GOOD_CLAUSE + GOOD_CLAUSE)));
    }

    @Test
    void aClauseLivesInTheFileNamedAfterItsIdPrefix() {
        ClauseFormatException e = assertThrows(ClauseFormatException.class,
                () -> ClauseCatalog.parse(Map.of("other.md", demoFile(GOOD_CLAUSE))));
        assertEquals("other.md:1: the file of area DEMO-ONE is named DEMO-ONE.md, not other.md", e.getMessage());
        assertEquals("other.md", e.file());
        assertEquals(1, e.line());
        assertEquals("DEMO-ONE.md:5: clause DEMO-TWO-1 is not of area DEMO-ONE (its id would be DEMO-ONE-<n>); a clause "
                + "lives in the file named after its id prefix", messageOf("DEMO-ONE.md",
                demoFile(GOOD_CLAUSE.replace("DEMO-ONE-1", "DEMO-TWO-1"))));
    }

    @Test
    void headingThatIsNotIdColonTitle() {
        assertEquals("DEMO-ONE.md:5: clause heading is not '## <ID>: <title>': '## DEMO-ONE-1 A demo clause'",
                messageOf("DEMO-ONE.md", broken("DEMO-ONE-1:", "DEMO-ONE-1")));
        assertEquals("DEMO-ONE.md:5: clause heading is not '## <ID>: <title>': '## demo-one-1: A demo clause'",
                messageOf("DEMO-ONE.md", broken("DEMO-ONE-1:", "demo-one-1:")));
    }

    @Test
    void missingLevel() {
        assertEquals("DEMO-ONE.md:5: clause DEMO-ONE-1: missing Level field",
                messageOf("DEMO-ONE.md", broken("| Level | MUST |\n", "")));
    }

    @Test
    void unknownLevel() {
        assertEquals("DEMO-ONE.md:9: clause DEMO-ONE-1: unknown Level 'MUSTN'T' (expected MUST, SHOULD or MAY)",
                messageOf("DEMO-ONE.md", broken("| Level | MUST |", "| Level | MUSTN'T |")));
        assertEquals("DEMO-ONE.md:9: clause DEMO-ONE-1: unknown Level 'must' (expected MUST, SHOULD or MAY)",
                messageOf("DEMO-ONE.md", broken("| Level | MUST |", "| Level | must |")));
    }

    @Test
    void ruleLackingItsLevelKeyword() {
        assertEquals("DEMO-ONE.md:15: clause DEMO-ONE-1: the rule paragraph lacks its level keyword MUST (in capitals)",
                messageOf("DEMO-ONE.md", broken("The loop MUST do", "The loop must do")));
        assertEquals("DEMO-ONE.md:15: clause DEMO-ONE-1: the rule paragraph lacks its level keyword SHOULD (in capitals)",
                messageOf("DEMO-ONE.md", broken("| Level | MUST |", "| Level | SHOULD |")));
    }

    @Test
    void missingSource() {
        assertEquals("DEMO-ONE.md:5: clause DEMO-ONE-1: missing Source field",
                messageOf("DEMO-ONE.md", broken(
                        "| Source | [asyncio-eventloop](https://docs.python.org/3.11/library/asyncio-eventloop.html#x) |\n",
                        "")));
    }

    @Test
    void missingPython() {
        assertEquals("DEMO-ONE.md:5: clause DEMO-ONE-1: missing Python field",
                messageOf("DEMO-ONE.md", broken("| Python | 3.10+ |\n", "")));
    }

    @Test
    void malformedPython() {
        for (String bad : List.of("3.x", "3.10 and later", "3.12-3.10", "python 3.11")) {
            assertEquals("DEMO-ONE.md:11: clause DEMO-ONE-1: malformed Python field '" + bad
                            + "' (expected a version such as 3.10+, 3.10-3.12 or 3.11)",
                    messageOf("DEMO-ONE.md", broken("| Python | 3.10+ |", "| Python | " + bad + " |")));
        }
    }

    @Test
    void missingVersionsOrFreedom() {
        assertEquals("DEMO-ONE.md:5: clause DEMO-ONE-1: missing Versions field",
                messageOf("DEMO-ONE.md", broken("| Versions | Same. |\n", "")));
        assertEquals("DEMO-ONE.md:5: clause DEMO-ONE-1: missing Freedom field",
                messageOf("DEMO-ONE.md", broken("| Freedom | None. |\n", "")));
    }

    @Test
    void unknownOrRepeatedOrEmptyField() {
        assertEquals("DEMO-ONE.md:12: clause DEMO-ONE-1: unknown field 'Version' "
                        + "(known: Level, Source, Python, Versions, Freedom, Status, Relies on)",
                messageOf("DEMO-ONE.md", broken("| Versions |", "| Version |")));
        assertEquals("DEMO-ONE.md:10: clause DEMO-ONE-1: field Level given twice (first at line 9)",
                messageOf("DEMO-ONE.md", broken("| Level | MUST |", "| Level | MUST |\n| Level | MAY |")));
        assertEquals("DEMO-ONE.md:13: clause DEMO-ONE-1: field Freedom is empty",
                messageOf("DEMO-ONE.md", broken("| Freedom | None. |", "| Freedom |  |")));
        assertEquals("DEMO-ONE.md:13: clause DEMO-ONE-1: a table row must have 2 cells, found 3",
                messageOf("DEMO-ONE.md", broken("| Freedom | None. |", "| Freedom | None | really |")));
    }

    @Test
    void tableOrRuleMissing() {
        assertEquals("DEMO-ONE.md:7: clause DEMO-ONE-1: expected the field table ('| Field | Value |') after the heading",
                messageOf("DEMO-ONE.md", broken("| Field | Value |", "Some prose first.\n\n| Field | Value |")));
        assertEquals("DEMO-ONE.md:7: clause DEMO-ONE-1: the table header must be '| Field | Value |'",
                messageOf("DEMO-ONE.md", broken("| Field | Value |", "| Name | Value |")));
        assertEquals("DEMO-ONE.md:8: clause DEMO-ONE-1: expected the table separator '|---|---|'",
                messageOf("DEMO-ONE.md", broken("|---|---|", "| x | y |")));
        assertEquals("DEMO-ONE.md:5: clause DEMO-ONE-1: no rule paragraph after the field table",
                messageOf("DEMO-ONE.md", broken("The loop MUST do the thing.", "")));
    }

    @Test
    void areaHeadingMissingOrRepeatedOrWithoutClauses() {
        assertEquals("DEMO-ONE.md:1: expected '# <AREA>: <title>' as the first line (the area is the id prefix of its "
                + "clauses, e.g. '# LOOP-SOON: call_soon'), found '## DEMO-ONE-1: A demo clause'",
                messageOf("DEMO-ONE.md", GOOD_CLAUSE));
        assertEquals("DEMO-ONE.md:1: expected '# <AREA>: <title>' as the first line (the area is the id prefix of its "
                + "clauses, e.g. '# LOOP-SOON: call_soon'), found '# demo'", messageOf("DEMO-ONE.md", "# demo\n" + GOOD_CLAUSE));
        assertEquals("DEMO-ONE.md:1: empty file: expected '# <AREA>: <title>' as the first line", messageOf("DEMO-ONE.md", "\n\n"));
        assertEquals("DEMO-ONE.md:16: a second '# ' heading ('# again'): an area file has exactly one",
                messageOf("DEMO-ONE.md", demoFile(GOOD_CLAUSE + "# again\n")));
        assertEquals("DEMO-ONE.md:1: area 'DEMO-ONE' has no clause ('## <ID>: <title>' heading)",
                messageOf("DEMO-ONE.md", demoFile("")));
    }

    @Test
    void statusRetiredOrActiveOnly() {
        Clause retired = ClauseCatalog.parse(Map.of("DEMO-ONE.md",
                broken("| Freedom | None. |", "| Freedom | None. |\n| Status | retired |"))).require("DEMO-ONE-1");
        assertTrue(retired.retired());
        assertEquals("DEMO-ONE.md:14: clause DEMO-ONE-1: unknown Status 'gone' (expected active or retired)",
                messageOf("DEMO-ONE.md", broken("| Freedom | None. |", "| Freedom | None. |\n| Status | gone |")));
    }

    @Test
    void indexErrorsNameIndexTxtAndTheLine() {
        Map<String, String> files = Map.of("DEMO-ONE.md", demoFile(GOOD_CLAUSE));
        assertEquals("index.txt:3: listed file 'missing.md' is not there",
                assertThrows(ClauseFormatException.class, () -> ClauseCatalog.fromIndex(
                        "DEMO-ONE.md\n\nmissing.md\n", name -> Optional.ofNullable(files.get(name)))).getMessage());
        assertEquals("index.txt:2: 'DEMO-ONE.md' is listed twice (first at line 1)",
                assertThrows(ClauseFormatException.class, () -> ClauseCatalog.fromIndex(
                        "DEMO-ONE.md\nDEMO-ONE.md\n", name -> Optional.ofNullable(files.get(name)))).getMessage());
        assertEquals("index.txt:1: expected the name of an area file ending in .md, found 'sub/DEMO-ONE.md'",
                assertThrows(ClauseFormatException.class, () -> ClauseCatalog.fromIndex(
                        "sub/DEMO-ONE.md\n", name -> Optional.ofNullable(files.get(name)))).getMessage());
        assertEquals(List.of("DEMO-ONE-1"), ClauseCatalog.fromIndex("# comment\nDEMO-ONE.md\n",
                name -> Optional.ofNullable(files.get(name))).clauses().stream().map(Clause::id).toList());
    }

    @Test
    void errorInASecondFileNamesThatFile() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("DEMO-ONE.md", demoFile(GOOD_CLAUSE));
        files.put("DEMO-TWO.md", "# DEMO-TWO: b\n\n" + GOOD_CLAUSE.replace("DEMO-ONE-1", "DEMO-TWO-1").replace("| MUST |", "| MOST |"));
        assertEquals("DEMO-TWO.md:7: clause DEMO-TWO-1: unknown Level 'MOST' (expected MUST, SHOULD or MAY)",
                assertThrows(ClauseFormatException.class, () -> ClauseCatalog.parse(files)).getMessage());
    }
}

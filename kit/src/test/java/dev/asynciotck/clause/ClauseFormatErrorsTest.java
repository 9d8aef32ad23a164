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

    /** A file "demo.md": heading on line 1, intro on line 3, the clause from line 5 on. */
    private static String demoFile(String clauses) {
        return "# demo\n\nIntro text.\n\n" + clauses;
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
        ClauseCatalog catalog = ClauseCatalog.parse(Map.of("demo.md", demoFile(GOOD_CLAUSE)));
        Clause clause = catalog.require("DEMO-ONE-1");
        assertEquals(new Clause("DEMO-ONE-1", Level.MUST, "demo", "A demo clause", "The loop MUST do the thing.",
                "[asyncio-eventloop](https://docs.python.org/3.11/library/asyncio-eventloop.html#x)", "3.10+",
                "Same.", "None."), clause);
        assertEquals(List.of("demo"), catalog.areas());
    }

    @Test
    void duplicateIdInOneFile() {
        assertEquals("demo.md:16: duplicate clause id DEMO-ONE-1 (first defined at demo.md:5)",
                messageOf("demo.md", demoFile(GOOD_CLAUSE + GOOD_CLAUSE)));
    }

    @Test
    void duplicateIdAcrossFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a.md", demoFile(GOOD_CLAUSE));
        files.put("b.md", "# other\n" + GOOD_CLAUSE);
        ClauseFormatException e = assertThrows(ClauseFormatException.class, () -> ClauseCatalog.parse(files));
        assertEquals("b.md:2: duplicate clause id DEMO-ONE-1 (first defined at a.md:5)", e.getMessage());
        assertEquals("b.md", e.file());
        assertEquals(2, e.line());
    }

    @Test
    void headingThatIsNotIdColonTitle() {
        assertEquals("demo.md:5: clause heading is not '## <ID>: <title>': '## DEMO-ONE-1 A demo clause'",
                messageOf("demo.md", broken("DEMO-ONE-1:", "DEMO-ONE-1")));
        assertEquals("demo.md:5: clause heading is not '## <ID>: <title>': '## demo-one-1: A demo clause'",
                messageOf("demo.md", broken("DEMO-ONE-1:", "demo-one-1:")));
    }

    @Test
    void missingLevel() {
        assertEquals("demo.md:5: clause DEMO-ONE-1: missing Level field",
                messageOf("demo.md", broken("| Level | MUST |\n", "")));
    }

    @Test
    void unknownLevel() {
        assertEquals("demo.md:9: clause DEMO-ONE-1: unknown Level 'MUSTN'T' (expected MUST, SHOULD or MAY)",
                messageOf("demo.md", broken("| Level | MUST |", "| Level | MUSTN'T |")));
        assertEquals("demo.md:9: clause DEMO-ONE-1: unknown Level 'must' (expected MUST, SHOULD or MAY)",
                messageOf("demo.md", broken("| Level | MUST |", "| Level | must |")));
    }

    @Test
    void ruleLackingItsLevelKeyword() {
        assertEquals("demo.md:15: clause DEMO-ONE-1: the rule paragraph lacks its level keyword MUST (in capitals)",
                messageOf("demo.md", broken("The loop MUST do", "The loop must do")));
        assertEquals("demo.md:15: clause DEMO-ONE-1: the rule paragraph lacks its level keyword SHOULD (in capitals)",
                messageOf("demo.md", broken("| Level | MUST |", "| Level | SHOULD |")));
    }

    @Test
    void missingSource() {
        assertEquals("demo.md:5: clause DEMO-ONE-1: missing Source field",
                messageOf("demo.md", broken(
                        "| Source | [asyncio-eventloop](https://docs.python.org/3.11/library/asyncio-eventloop.html#x) |\n",
                        "")));
    }

    @Test
    void missingPython() {
        assertEquals("demo.md:5: clause DEMO-ONE-1: missing Python field",
                messageOf("demo.md", broken("| Python | 3.10+ |\n", "")));
    }

    @Test
    void malformedPython() {
        for (String bad : List.of("3.x", "3.10 and later", "3.12-3.10", "python 3.11")) {
            assertEquals("demo.md:11: clause DEMO-ONE-1: malformed Python field '" + bad
                            + "' (expected a version such as 3.10+, 3.10-3.12 or 3.11)",
                    messageOf("demo.md", broken("| Python | 3.10+ |", "| Python | " + bad + " |")));
        }
    }

    @Test
    void missingVersionsOrFreedom() {
        assertEquals("demo.md:5: clause DEMO-ONE-1: missing Versions field",
                messageOf("demo.md", broken("| Versions | Same. |\n", "")));
        assertEquals("demo.md:5: clause DEMO-ONE-1: missing Freedom field",
                messageOf("demo.md", broken("| Freedom | None. |\n", "")));
    }

    @Test
    void unknownOrRepeatedOrEmptyField() {
        assertEquals("demo.md:12: clause DEMO-ONE-1: unknown field 'Version' "
                        + "(known: Level, Source, Python, Versions, Freedom, Status)",
                messageOf("demo.md", broken("| Versions |", "| Version |")));
        assertEquals("demo.md:10: clause DEMO-ONE-1: field Level given twice (first at line 9)",
                messageOf("demo.md", broken("| Level | MUST |", "| Level | MUST |\n| Level | MAY |")));
        assertEquals("demo.md:13: clause DEMO-ONE-1: field Freedom is empty",
                messageOf("demo.md", broken("| Freedom | None. |", "| Freedom |  |")));
        assertEquals("demo.md:13: clause DEMO-ONE-1: a table row must have 2 cells, found 3",
                messageOf("demo.md", broken("| Freedom | None. |", "| Freedom | None | really |")));
    }

    @Test
    void tableOrRuleMissing() {
        assertEquals("demo.md:7: clause DEMO-ONE-1: expected the field table ('| Field | Value |') after the heading",
                messageOf("demo.md", broken("| Field | Value |", "Some prose first.\n\n| Field | Value |")));
        assertEquals("demo.md:7: clause DEMO-ONE-1: the table header must be '| Field | Value |'",
                messageOf("demo.md", broken("| Field | Value |", "| Name | Value |")));
        assertEquals("demo.md:8: clause DEMO-ONE-1: expected the table separator '|---|---|'",
                messageOf("demo.md", broken("|---|---|", "| x | y |")));
        assertEquals("demo.md:5: clause DEMO-ONE-1: no rule paragraph after the field table",
                messageOf("demo.md", broken("The loop MUST do the thing.", "")));
    }

    @Test
    void areaHeadingMissingOrRepeatedOrWithoutClauses() {
        assertEquals("demo.md:1: expected '# <area>' as the first line, found '## DEMO-ONE-1: A demo clause'",
                messageOf("demo.md", GOOD_CLAUSE));
        assertEquals("demo.md:1: empty file: expected '# <area>' as the first line", messageOf("demo.md", "\n\n"));
        assertEquals("demo.md:16: a second '# ' heading ('# again'): an area file has exactly one",
                messageOf("demo.md", demoFile(GOOD_CLAUSE + "# again\n")));
        assertEquals("demo.md:1: area 'demo' has no clause ('## <ID>: <title>' heading)",
                messageOf("demo.md", demoFile("")));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a.md", demoFile(GOOD_CLAUSE));
        files.put("b.md", demoFile(GOOD_CLAUSE.replace("DEMO-ONE-1", "DEMO-ONE-2")));
        assertEquals("b.md:1: area 'demo' is already the area of a.md",
                assertThrows(ClauseFormatException.class, () -> ClauseCatalog.parse(files)).getMessage());
    }

    @Test
    void statusRetiredOrActiveOnly() {
        Clause retired = ClauseCatalog.parse(Map.of("demo.md",
                broken("| Freedom | None. |", "| Freedom | None. |\n| Status | retired |"))).require("DEMO-ONE-1");
        assertTrue(retired.retired());
        assertEquals("demo.md:14: clause DEMO-ONE-1: unknown Status 'gone' (expected active or retired)",
                messageOf("demo.md", broken("| Freedom | None. |", "| Freedom | None. |\n| Status | gone |")));
    }

    @Test
    void indexErrorsNameIndexTxtAndTheLine() {
        Map<String, String> files = Map.of("demo.md", demoFile(GOOD_CLAUSE));
        assertEquals("index.txt:3: listed file 'missing.md' is not there",
                assertThrows(ClauseFormatException.class, () -> ClauseCatalog.fromIndex(
                        "demo.md\n\nmissing.md\n", name -> Optional.ofNullable(files.get(name)))).getMessage());
        assertEquals("index.txt:2: 'demo.md' is listed twice (first at line 1)",
                assertThrows(ClauseFormatException.class, () -> ClauseCatalog.fromIndex(
                        "demo.md\ndemo.md\n", name -> Optional.ofNullable(files.get(name)))).getMessage());
        assertEquals("index.txt:1: expected the name of an area file ending in .md, found 'sub/demo.md'",
                assertThrows(ClauseFormatException.class, () -> ClauseCatalog.fromIndex(
                        "sub/demo.md\n", name -> Optional.ofNullable(files.get(name)))).getMessage());
        assertEquals(List.of("DEMO-ONE-1"), ClauseCatalog.fromIndex("# comment\ndemo.md\n",
                name -> Optional.ofNullable(files.get(name))).clauses().stream().map(Clause::id).toList());
    }

    @Test
    void errorInASecondFileNamesThatFile() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a.md", demoFile(GOOD_CLAUSE));
        files.put("b.md", "# b\n\n" + GOOD_CLAUSE.replace("DEMO-ONE-1", "DEMO-TWO-1").replace("| MUST |", "| MOST |"));
        assertEquals("b.md:7: clause DEMO-TWO-1: unknown Level 'MOST' (expected MUST, SHOULD or MAY)",
                assertThrows(ClauseFormatException.class, () -> ClauseCatalog.parse(files)).getMessage());
    }
}

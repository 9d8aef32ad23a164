package dev.asynciotck.runner;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./tck}'s command line: help, the clause list, and usage errors ending in status 2. */
class TckCommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Tck.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void helpListsTheCommandsAndTheExitStatuses() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("clauses"), out::toString);
        assertTrue(out.toString().contains("a usage or configuration error"), out::toString);
    }

    @Test
    void clausesListsEveryClauseWithItsLevelAndArea() {
        assertEquals(0, run("clauses"));
        String text = out.toString();
        assertTrue(text.lines().anyMatch(l -> l.startsWith("LOOP-SOON-1") && l.contains("MUST") && l.contains("LOOP-SOON ")),
                text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("LOOP-NEST-4") && l.contains("SHOULD")), text);
        assertTrue(text.contains(dev.asynciotck.clause.ClauseCatalog.load().clauses().size() + " clauses"), text);
    }

    @Test
    void clausesFiltersByAreaAndLevel() {
        assertEquals(0, run("clauses", "--area", "LOOP-NEST", "--level", "should"));
        String text = out.toString();
        assertTrue(text.contains("LOOP-NEST-3") && text.contains("LOOP-NEST-4") && !text.contains("LOOP-NEST-1 "), text);
        assertTrue(text.contains("2 clauses"), text);
        out.getBuffer().setLength(0);
        assertEquals(0, run("clauses", "--area", "LOOP", "--level", "should"));
        assertTrue(out.toString().contains("LOOP-NEST-4") && !out.toString().contains("TASK-"), out::toString);
    }

    @Test
    void clausesWithChecksListEachClausesTextScenariosAndPropertiesByFileAndLine() {
        assertEquals(0, run("clauses", "--area", "LOOP-SOON", "--checks"));
        List<String> lines = out.toString().lines().toList();
        int soon1 = lines.indexOf(lines.stream().filter(l -> l.startsWith("LOOP-SOON-1 ")).findFirst().orElseThrow());
        List<String> under = lines.subList(soon1 + 1, lines.size()).stream().takeWhile(l -> l.startsWith("    ")).toList();
        assertTrue(under.get(0).matches("\\s+text\\s+spec/clauses/LOOP-SOON\\.md:\\d+"), under::toString);
        assertTrue(under.stream().anyMatch(l -> l.matches(
                "\\s+scenario\\s+features/src/main/resources/features/LOOP-SOON/\\w+\\.feature:\\d+\\s+.+")), under::toString);
        assertTrue(under.stream().anyMatch(l -> l.matches("\\s+property\\s+property-tests/src/main/java/dev/asynciotck/"
                + "properties/SchedulingProperties\\.java:\\d+\\s+call_soon is FIFO")), under::toString);
        for (String l : under) {
            String where = l.trim().split("\\s+")[1];
            assertTrue(java.nio.file.Files.exists(java.nio.file.Path.of("..", where.replaceFirst(":\\d+$", ""))), l);
        }
    }

    @Test
    void usageErrorsSayWhatIsWrongAndEndWithStatusTwo() {
        assertEquals(2, run("clauses", "--area", "timer"));
        assertTrue(err.toString().contains("unknown area 'timer'; the areas are LOOP-SOON, LOOP-TIMER"), err::toString);
        assertEquals(2, run("launch"));
        assertTrue(err.toString().contains("launch"), err::toString);
        assertEquals(2, run());
        assertTrue(err.toString().contains("a command is missing"), err::toString);
    }
}

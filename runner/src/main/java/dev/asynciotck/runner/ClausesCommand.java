package dev.asynciotck.runner;

import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.ClauseCoverage;
import dev.asynciotck.clause.Clause;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.clause.Level;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code tck clauses}: the clauses, with their level and area, and with {@code --checks} the checks of each. */
@Command(name = "clauses", mixinStandardHelpOptions = true,
        description = {"Lists the clauses (spec/clauses/<AREA>.md): id, level (MUST/SHOULD/MAY), area, Python versions, "
                + "title; with --checks, under each clause the scenarios and properties that check it, with their file and line."},
        footer = {"%nExamples:", "  ./tck clauses --level MUST", "  ./tck clauses --area LOOP-SOON --checks",
            "  ./tck clauses --area LOOP --checks      (every area whose id starts with LOOP-)"})
final class ClausesCommand implements Runnable {

    @Option(names = "--area", paramLabel = "AREA", description = "only the clauses of this area (e.g. LOOP-TIMER), "
            + "or of every area it starts (e.g. LOOP)")
    private String area;

    @Option(names = "--level", paramLabel = "LEVEL", description = "only the clauses of this level: MUST, SHOULD or MAY")
    private Level level;

    @Option(names = "--checks", description = "under each clause, its scenarios and properties (kind, file:line, name)")
    private boolean checks;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        ClauseCatalog catalog = ClauseCatalog.load();
        if (area != null && catalog.areas().stream().noneMatch(this::inArea)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown area '" + area + "'; the areas are "
                    + String.join(", ", catalog.areas()));
        }
        List<Clause> shown = catalog.clauses().stream()
                .filter(c -> area == null || inArea(c.area()))
                .filter(c -> level == null || c.level() == level).toList();
        Map<Clause, List<Check>> byClause = checks ? ClauseCoverage.ofThisKit().byClause() : Map.of();
        PrintWriter out = spec.commandLine().getOut();
        int idWidth = shown.stream().mapToInt(c -> c.id().length()).max().orElse(2);
        int areaWidth = shown.stream().mapToInt(c -> c.area().length()).max().orElse(4);
        String row = "%-" + idWidth + "s  %-6s  %-" + areaWidth + "s  %-7s  %s%n";
        out.printf(Locale.ROOT, row, "id", "level", "area", "python", "title");
        for (Clause c : shown) {
            out.printf(Locale.ROOT, row, c.id(), c.level(), c.area(), c.python(), c.title());
            if (checks) {
                List<Check> of = byClause.getOrDefault(c, List.of());
                out.printf(Locale.ROOT, "    %-8s  %s%n", "text", catalog.where(c.id()));
                for (Check check : of) {
                    out.printf(Locale.ROOT, "    %-8s  %s  %s%n", check.kind().word(), check.where(), check.name());
                }
                if (of.isEmpty()) {
                    out.printf(Locale.ROOT, "    %-8s  (no scenario or property checks it: untested)%n", "");
                }
            }
        }
        out.printf(Locale.ROOT, "%d clause%s%n", shown.size(), shown.size() == 1 ? "" : "s");
        out.flush();
    }

    private boolean inArea(String clauseArea) {
        return clauseArea.equals(area) || clauseArea.startsWith(area + "-");
    }
}

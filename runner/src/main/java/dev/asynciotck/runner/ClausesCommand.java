package dev.asynciotck.runner;

import dev.asynciotck.clause.Clause;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.clause.Level;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code tck clauses}: the clauses, with their level and area. */
@Command(name = "clauses", mixinStandardHelpOptions = true,
        description = "Lists the clauses (spec/clauses/): id, level (MUST/SHOULD/MAY), area, Python versions, title.")
final class ClausesCommand implements Runnable {

    @Option(names = "--area", paramLabel = "AREA", description = "only the clauses of this area (e.g. timers)")
    private String area;

    @Option(names = "--level", paramLabel = "LEVEL", description = "only the clauses of this level: MUST, SHOULD or MAY")
    private Level level;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        ClauseCatalog catalog = ClauseCatalog.load();
        if (area != null && !catalog.areas().contains(area)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown area '" + area + "'; the areas are "
                    + String.join(", ", catalog.areas()));
        }
        List<Clause> shown = catalog.clauses().stream()
                .filter(c -> area == null || c.area().equals(area))
                .filter(c -> level == null || c.level() == level).toList();
        PrintWriter out = spec.commandLine().getOut();
        int idWidth = shown.stream().mapToInt(c -> c.id().length()).max().orElse(2);
        int areaWidth = shown.stream().mapToInt(c -> c.area().length()).max().orElse(4);
        String row = "%-" + idWidth + "s  %-6s  %-" + areaWidth + "s  %-7s  %s%n";
        out.printf(Locale.ROOT, row, "id", "level", "area", "python", "title");
        for (Clause c : shown) {
            out.printf(Locale.ROOT, row, c.id(), c.level(), c.area(), c.python(), c.title());
        }
        out.printf(Locale.ROOT, "%d clause%s%n", shown.size(), shown.size() == 1 ? "" : "s");
        out.flush();
    }
}

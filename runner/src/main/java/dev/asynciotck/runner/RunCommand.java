package dev.asynciotck.runner;

import dev.asynciotck.clause.Clause;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.clause.UnknownClauseException;
import dev.asynciotck.settings.Setting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tck run}: the features and the properties against one loop, with a summary and reports at the end. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the features and the properties against a loop, prints a summary per area and level, "
                + "and writes the reports (summary.json, index.html, saved cases of the failures, cucumber's reports)."},
        footer = {"%nExamples:", "  ./tck run", "  ./tck run --loop python:asyncio",
            "  ./tck run --loop python:uvloop --expectations expectations/python-uvloop.yaml",
            "  ./tck run --loop python:mypkg.loops:new_loop --clauses LOOP-SOON-1,LOOP-TIMER-1",
            "  ./tck run --clauses QUEUE            (every clause of the QUEUE-* areas)"})
final class RunCommand implements Callable<Integer>, SettingOptions.Command {

    /** The settings it takes as options (after --clauses and --tags). */
    static final List<Setting> SETTINGS = List.of(Setting.LOOP, Setting.PYTHON, Setting.EXPECTATIONS, Setting.REPORT,
            Setting.SEED, Setting.TRIES, Setting.BUDGET, Setting.PARALLEL, Setting.LONG);

    @Option(names = "--clauses", paramLabel = "ID", split = ",", description = "only the checks of these clauses; an "
            + "area (QUEUE-ORDER) or the start of areas (QUEUE, LOOP) stands for all of their clauses")
    private List<String> clauses;

    @Option(names = "--tags", paramLabel = "EXPR", description = "only the checks matching this JUnit tag expression, "
            + "e.g. 'LOOP-SOON-1 | LOOP-TIMER-1'")
    private String tags;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    public Integer call() {
        ClauseCatalog catalog = ClauseCatalog.load();
        List<String> ids = new ArrayList<>();
        for (String id : clauses == null ? List.<String>of() : clauses) {
            List<Clause> area = catalog.find(id).isPresent() ? List.of() : catalog.clausesUnder(id);
            if (!area.isEmpty()) {
                area.forEach(c -> ids.add(c.id()));
                continue;
            }
            try {
                ids.add(catalog.require(id).id());
            } catch (UnknownClauseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--clauses: " + e.getMessage()
                        + ", nor an area (" + String.join(", ", catalog.areas()) + ", or the start of one: LOOP, QUEUE)");
            }
        }
        SettingOptions.apply(spec);
        return new CheckRun(spec).execute(ids.stream().distinct().toList(), tags == null ? "" : tags, false);
    }
}

package dev.asynciotck.runner;

import dev.asynciotck.cases.SavedCase;
import dev.asynciotck.cases.SavedCaseFormatException;
import dev.asynciotck.cases.SavedCaseJson;
import dev.asynciotck.properties.PropertyReplay;
import dev.asynciotck.settings.Setting;
import dev.asynciotck.loop.LoopSelectionException;
import dev.asynciotck.loop.LoopSelector;
import dev.asynciotck.loop.TestedLoop;
import dev.asynciotck.loop.RunOutcome;
import dev.asynciotck.loop.RunMode;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code tck replay}: runs a saved case's program on a loop and prints the verdict: for a scenario,
 * whether the trace matches the expected one; for a property, whether its invariant holds. Either
 * way the trace is shown beside the expected (or the reference loop's) trace, divergence marked.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replays a saved case (cases/*.json of a report) on a loop and prints its verdict and trace diff. "
                + "Exit status 0 when the check passes now, 1 when it fails."},
        footer = {"%nExample:", "  ./tck replay target/tck-report/cases/0001-call-soon-is-fifo.json --loop python:uvloop"})
final class ReplayCommand implements Callable<Integer>, SettingOptions.Command {

    @Parameters(paramLabel = "FILE", description = "a saved case (JSON)")
    private Path file;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final PrintStream out = System.out;

    @Override
    public List<Setting> settings() {
        return List.of(Setting.LOOP, Setting.PYTHON);
    }

    @Override
    public Integer call() {
        SettingOptions.apply(spec);
        SavedCase saved = read();
        // the loop it was saved from, unless --loop names another
        String loopId = Setting.LOOP.commandLineValue().orElse(saved.loop().id());
        PropertyReplay property = saved.isProperty() ? propertyOf(saved) : null;
        try (TestedLoop under = LoopSelector.select(loopId)) {
            out.println(saved.check().kind().word() + " '" + saved.check().name() + "' " + saved.check().clauses()
                    + ", saved from " + saved.loop().id() + " (" + saved.verdict().word() + ")");
            out.println("replaying on " + under.id() + " (" + under.implementation() + ")");
            out.println();
            out.println("program:");
            out.println(indent(saved.evidence().program().toString()));
            return property != null ? judgeProperty(property, under) : judgeScenario(saved, under);
        } catch (LoopSelectionException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), Setting.LOOP.origin() + ": " + e.getMessage());
        }
    }

    private SavedCase read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file + ": "
                    + (Files.exists(file) ? e.getMessage() : "no such file")
                    + " (saved cases are in the report directory, e.g. target/tck-report/cases/)");
        }
        try {
            return SavedCaseJson.read(text, file.toString());
        } catch (SavedCaseFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a saved case: " + e.getMessage());
        }
    }

    private PropertyReplay propertyOf(SavedCase saved) {
        PropertyReplay replay;
        try {
            replay = PropertyReplay.of(saved.property().id(), saved.property().recipe());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), file + ": " + e.getMessage());
        }
        if (!replay.program().equals(saved.evidence().program())) {
            throw new CommandLine.ParameterException(spec.commandLine(), file + ": the recipe " + saved.property().recipe()
                    + " no longer decodes to the saved program (the file was edited, or it comes from another version "
                    + "of the kit); a property's verdict needs the program its recipe makes");
        }
        return replay;
    }

    private int judgeScenario(SavedCase saved, TestedLoop under) {
        RunOutcome outcome = under.run(saved.evidence().program(), RunMode.configured());
        if (!(outcome instanceof RunOutcome.Traced traced)) {
            return verdict(false, "the loop gave no trace: " + outcome);
        }
        Trace expected = saved.evidence().expected();
        if (expected == null) {
            out.println("actual trace:");
            out.println(indent(traced.trace().toString()));
            return verdict(false, "the case has no expected trace to compare with");
        }
        boolean anyOrder = saved.evidence().anyOrder();
        Optional<TraceDiff.Divergence> divergence = anyOrder
                ? TraceDiff.compareUnordered(expected, traced.trace()) : TraceDiff.compare(expected, traced.trace());
        showDiff("expected (scenario" + (anyOrder ? ", in any order" : "") + ")", expected, traced.trace(), divergence);
        return verdict(divergence.isEmpty(), divergence.map(d -> "first divergence at event " + (d.index() + 1)).orElse(""));
    }

    private int judgeProperty(PropertyReplay property, TestedLoop under) {
        RunOutcome outcome = property.run(under);
        Optional<String> violation = property.violation(outcome);
        if (outcome instanceof RunOutcome.Traced traced) {
            Trace reference = property.referenceTrace();
            if (reference != null) {
                showDiff("the reference loop's trace (for comparison; the property's invariant decides)", reference,
                        traced.trace(), TraceDiff.compare(reference, traced.trace()));
            } else {
                out.println("actual trace:");
                out.println(indent(traced.trace().toString()));
            }
        }
        return verdict(violation.isEmpty(), violation.map(v -> "property '" + property.name() + "' does not hold: "
                + v.lines().findFirst().orElse(v)).orElse(""));
    }

    private void showDiff(String against, Trace expected, Trace actual, Optional<TraceDiff.Divergence> divergence) {
        out.println();
        if (divergence.isPresent()) {
            out.println("trace diff against " + against + ":");
            out.println(indent(divergence.get().toString()));
        } else {
            out.println("trace (the same as " + against + "):");
            out.println(indent(actual.toString()));
        }
    }

    private int verdict(boolean passed, String why) {
        out.println();
        out.println(passed ? "PASSED: the check holds on this loop" : "FAILED: " + why);
        return passed ? 0 : 1;
    }

    private static String indent(String text) {
        return "    " + text.stripTrailing().replace("\n", "\n    ");
    }
}

package dev.asynciotck.runner;

import dev.asynciotck.settings.Setting;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tck fuzz}: the properties only, with many more programs; each failing property's shrunk
 * program is saved in the report directory with the {@code ./tck replay} command that replays it.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the properties longer against a loop: random programs, shrunk when a property does not hold "
                + "(" + FuzzCommand.LONGER + " times the programs of a run unless --tries is given). Each failure is saved as a "
                + "case (cases/*.json in the report directory) with the ./tck replay command that replays it."},
        footer = {"%nExamples:", "  ./tck fuzz --loop python:asyncio --tries 5000",
            "  ./tck fuzz --loop python:uvloop --seed 42 --report target/fuzz-uvloop"})
final class FuzzCommand implements Callable<Integer>, SettingOptions.Command {

    /** How many times more programs per property a fuzz run tries than a run, unless --tries is given. */
    static final int LONGER = 10;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public List<Setting> settings() {
        return RunCommand.SETTINGS;
    }

    @Override
    public Integer call() {
        SettingOptions.apply(spec);
        if (!Setting.TRIES.isSet()) {
            Setting.TRIES.setFromCommandLine(Integer.toString(LONGER * Integer.parseInt(Setting.TRIES.fallback())));
        }
        return new CheckRun(spec).execute(List.of(), "", true);
    }
}

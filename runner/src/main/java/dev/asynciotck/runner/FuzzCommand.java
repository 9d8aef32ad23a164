package dev.asynciotck.runner;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tck fuzz}: the properties only, with many more programs; each failing property's shrunk
 * program is saved in the report directory with the {@code ./tck replay} command that replays it.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the properties longer against a loop: random programs, shrunk when a property does not hold. "
                + "Each failure is saved as a case (cases/*.json in the report directory) with the ./tck replay command "
                + "that replays it."},
        footer = {"%nExamples:", "  ./tck fuzz --loop python:asyncio --tries 5000",
            "  ./tck fuzz --loop python:uvloop --seed 42 --report target/fuzz-uvloop"})
final class FuzzCommand implements Callable<Integer> {

    /** Programs per property in a fuzz run (ten times a run's). */
    static final int DEFAULT_TRIES = 2000;

    @Mixin
    private LoopOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return new CheckRun(spec, options).execute(List.of(), "", true, DEFAULT_TRIES);
    }
}

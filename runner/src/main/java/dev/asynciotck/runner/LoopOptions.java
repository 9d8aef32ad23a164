package dev.asynciotck.runner;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options of every command that runs checks against a loop ({@code tck run}, {@code tck fuzz}). */
final class LoopOptions {

    @Option(names = "--loop", paramLabel = "ID", defaultValue = "reference",
            description = "the loop under test: reference, java:<class>, python:asyncio, python:uvloop, "
                    + "python:<module>:<callable> (default: ${DEFAULT-VALUE})")
    String loop;

    @Option(names = "--python", paramLabel = "PATH",
            description = "the Python interpreter for python:... loops (default: $TCK_PYTHON, else python3)")
    String python;

    @Option(names = "--expectations", paramLabel = "FILE", description = "the known failures of the loop (spec/expectations.md)")
    Path expectations;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "target/tck-report",
            description = "where the reports go: summary.json, index.html, saved cases, cucumber's reports "
                    + "(default: ${DEFAULT-VALUE})")
    Path report;

    @Option(names = "--seed", paramLabel = "N", description = "the seed of the properties (default: a new one, printed)")
    Long seed;

    @Option(names = "--tries", paramLabel = "N", description = "programs per property (default: 200 for run, 2000 for fuzz; large-program properties get a fifth)")
    Integer tries;
}

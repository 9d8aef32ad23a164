package dev.asynciotck.runner;

import dev.asynciotck.report.MatrixPage;
import dev.asynciotck.report.ReportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tck report}: works on reports of earlier runs. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Works on the reports of earlier runs.",
        subcommands = {ReportCommand.Combine.class})
final class ReportCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is missing: tck report combine DIR...");
    }

    /** {@code tck report combine}: one clause × implementation matrix page from several runs. */
    @Command(name = "combine", mixinStandardHelpOptions = true,
            description = "Merges the reports of several runs (one per loop) into one clause × implementation matrix page, "
                    + "whose failing cells link to the saved cases.",
            footer = {"%nExample:", "  ./tck run --report target/r/reference",
                "  ./tck run --loop python:asyncio --report target/r/asyncio",
                "  ./tck run --loop python:uvloop --expectations expectations/python-uvloop.yaml --report target/r/uvloop",
                "  ./tck report combine target/r/reference target/r/asyncio target/r/uvloop --out target/r"})
    static final class Combine implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", arity = "1..*", description = "report directories of ./tck run (each has a summary.json)")
        private List<Path> runs;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/tck-matrix",
                description = "where matrix.html and the cases go (default: ${DEFAULT-VALUE})")
        private Path out;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                MatrixPage.combine(runs, out);
            } catch (ReportException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            System.out.println("matrix of " + runs.size() + " run(s): " + out.toAbsolutePath().normalize().resolve("matrix.html"));
            return 0;
        }
    }
}

package dev.asynciotck.runner;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./tck}: the kit's command line. Exit status: 0 when everything passed (or failed as
 * expected), 1 on an unexpected failure or pass, 2 on a usage or configuration error.
 */
@Command(name = "tck", mixinStandardHelpOptions = true, versionProvider = TckVersion.class,
        description = "asyncio-tck: checks an event loop against the semantics of Python's asyncio, clause by clause.",
        subcommands = {RunCommand.class, FuzzCommand.class, ReplayCommand.class, ClausesCommand.class,
            ReportCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:everything passed, or failed as expected", "1:an unexpected failure or pass",
            "2:a usage or configuration error (the message says what is wrong and how to fix it)"})
public final class Tck implements Runnable {

    /** Exit status of a usage or configuration error. */
    public static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: says which there are. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing: tck run, tck fuzz, tck replay, tck clauses, tck report, or tck --help");
    }

    /**
     * @return the command line, with usage errors ending in status {@value #USAGE_ERROR}
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Tck());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.getSubcommands().values().forEach(sub -> {
            if (sub.getCommand() instanceof SettingOptions.Command command) {
                SettingOptions.add(sub.getCommandSpec(), command.settings());
            }
        });
        usageErrorsEndWithTwo(cli);
        return cli;
    }

    private static void usageErrorsEndWithTwo(CommandLine cli) {
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE_ERROR).exitCodeOnExecutionException(USAGE_ERROR);
        cli.getSubcommands().values().forEach(Tck::usageErrorsEndWithTwo);
    }

    /** @param args the command line arguments */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}

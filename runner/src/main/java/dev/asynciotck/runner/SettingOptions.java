package dev.asynciotck.runner;

import dev.asynciotck.settings.Setting;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.List;

/**
 * The options of a command that are settings of the kit: each is made from its {@link Setting}
 * (name, label, description, default), so the command line and the Maven build name the same
 * settings, and each value given is recorded as the setting's value for the run.
 */
final class SettingOptions {

    /** A command whose options include settings of the kit. */
    interface Command {
        /** @return the settings the command takes as options, in the order its help lists them */
        List<Setting> settings();
    }

    private SettingOptions() {
    }

    /**
     * @param command a command
     * @param settings the settings it takes
     */
    static void add(CommandSpec command, List<Setting> settings) {
        for (Setting s : settings) {
            command.addOption(OptionSpec.builder(s.option()).paramLabel(s.label()).type(String.class)
                    .description(s.description() + (s.fallback().isEmpty() ? "" : " (default: " + s.fallback() + ")"))
                    .build());
        }
    }

    /**
     * Starts a command-line run with the settings given as options.
     *
     * @param command the command that runs
     */
    static void apply(CommandSpec command) {
        Setting.startCommandLineRun();
        ParseResult parsed = command.commandLine().getParseResult();
        for (Setting s : Setting.values()) {
            if (s.option() != null && parsed != null && parsed.hasMatchedOption(s.option())) {
                s.setFromCommandLine(parsed.matchedOptionValue(s.option(), (String) null));
            }
        }
    }
}

package dev.asynciotck.runner;

import dev.asynciotck.settings.Setting;
import dev.asynciotck.settings.SettingException;
import dev.asynciotck.settings.Shard;
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
            "  ./tck fuzz --loop python:uvloop --seed 42 --report target/fuzz-uvloop",
            "  ./tck fuzz --seed 42 --tries 20000 --shard 3/4 --report target/fuzz-3   (part 3 of 4 of one campaign)"})
final class FuzzCommand implements Callable<Integer>, SettingOptions.Command {

    /** How many times more programs per property a fuzz run tries than a run, unless --tries is given. */
    static final int LONGER = 10;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The run's settings and {@link Setting#SHARD}. */
    private static final List<Setting> SETTINGS = java.util.stream.Stream.concat(RunCommand.SETTINGS.stream(),
            java.util.stream.Stream.of(Setting.SHARD)).toList();

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    public Integer call() {
        SettingOptions.apply(spec);
        if (!Setting.TRIES.isSet()) {
            Setting.TRIES.setFromCommandLine(Integer.toString(LONGER * Integer.parseInt(Setting.TRIES.fallback())));
        }
        if (Setting.SHARD.isSet()) {
            shard();
        }
        return new CheckRun(spec).execute(List.of(), "", true);
    }

    /**
     * {@code --shard I/N}: this part's seed and programs per property, from the campaign's, which
     * every part is given alike ({@code --seed}, {@code --tries}).
     */
    private void shard() {
        try {
            Shard shard = Shard.parse(Setting.SHARD.value());
            if (!Setting.SEED.isSet()) {
                throw new SettingException(Setting.SHARD.origin() + " needs " + Setting.SEED.option()
                        + ": the parts of one campaign share its seed (give each part the same --seed and --tries)");
            }
            long campaignSeed = Setting.SEED.longValue();
            int campaignTries = Setting.TRIES.intValue(1, Integer.MAX_VALUE);
            Setting.SEED.setFromCommandLine(Long.toString(shard.seed(campaignSeed)));
            Setting.TRIES.setFromCommandLine(Integer.toString(shard.tries(campaignTries)));
            System.out.println("shard " + shard + " of the campaign of seed " + campaignSeed + " and " + campaignTries
                    + " programs per property: this part's seed and programs follow");
        } catch (SettingException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}

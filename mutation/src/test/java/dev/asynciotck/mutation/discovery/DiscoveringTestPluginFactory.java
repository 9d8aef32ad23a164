package dev.asynciotck.mutation.discovery;

import org.pitest.classinfo.ClassByteArraySource;
import org.pitest.help.PitHelpError;
import org.pitest.testapi.Configuration;
import org.pitest.testapi.TestGroupConfig;
import org.pitest.testapi.TestPluginFactory;
import org.pitest.testapi.TestSuiteFinder;
import org.pitest.testapi.TestUnitFinder;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A pitest test plugin that finds the checks by discovering them, where the JUnit 5 plugin runs
 * them all to find them.
 *
 * <p>pitest finds the test units again in every minion it starts: one per class of mutants, and
 * one more after each mutant that times out. The JUnit 5 plugin finds them by running the whole
 * suite, every feature and every property: about 20 s of each of the some 90 minion starts of a
 * run, most of its time (measured on 2026-12-05: 1,067 mutants, run mutation analysis 20 min 50 s,
 * then 12 min 20 s with this plugin alone). Discovery is a fraction of a second. Each unit then
 * runs one check, selected by its unique id, as the JUnit 5 plugin does; the coverage run runs each
 * once, since discovery ran none.
 *
 * <p>It is found through {@code META-INF/services} on the minions' class path and preferred to the
 * JUnit 5 plugin by its priority. The JUnit 5 plugin stays on pitest's own class path, where pitest
 * checks for it.
 */
public final class DiscoveringTestPluginFactory implements TestPluginFactory {

    /** Below {@link Configuration#DEFAULT_PRIORITY}, the JUnit 5 plugin's: this finder is asked first. */
    static final int PRIORITY = Configuration.DEFAULT_PRIORITY - 1;

    @Override
    public Configuration createTestFrameworkConfiguration(TestGroupConfig config, ClassByteArraySource source,
            Collection<String> excludedRunners, Collection<String> includedTestMethods) {
        return new Configuration() {
            @Override
            public int priority() {
                return PRIORITY;
            }

            @Override
            public TestUnitFinder testUnitFinder() {
                return new DiscoveringTestUnitFinder();
            }

            @Override
            public TestSuiteFinder testSuiteFinder() {
                return testClass -> List.of();
            }

            @Override
            public Optional<PitHelpError> verifyEnvironment() {
                return Optional.empty();
            }
        };
    }

    @Override
    public String description() {
        return "the JUnit Platform's checks, found by discovery without running them (asyncio-tck)";
    }

    @Override
    public String name() {
        return "asyncio-tck-discovery";
    }
}

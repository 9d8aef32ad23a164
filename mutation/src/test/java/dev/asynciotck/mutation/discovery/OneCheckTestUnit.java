package dev.asynciotck.mutation.discovery;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.pitest.testapi.AbstractTestUnit;
import org.pitest.testapi.Description;
import org.pitest.testapi.ResultCollector;

/**
 * One check (a scenario or a property), run alone by its JUnit Platform unique id. An aborted check
 * counts as passed, as in the JUnit 5 plugin; a failure of the container (a suite that cannot start)
 * counts against the check. See {@link DiscoveringTestPluginFactory}.
 */
final class OneCheckTestUnit extends AbstractTestUnit {

    /** One launcher for every unit of a minion, which runs its units one at a time. */
    private static final Launcher LAUNCHER = LauncherFactory.create();

    private final Class<?> testClass;
    private final String uniqueId;

    OneCheckTestUnit(Class<?> testClass, String uniqueId) {
        super(new Description(uniqueId, testClass));
        this.testClass = testClass;
        this.uniqueId = uniqueId;
    }

    @Override
    public void execute(ResultCollector collector) {
        LAUNCHER.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectUniqueId(uniqueId))
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionSkipped(TestIdentifier test, String reason) {
                        if (test.isTest()) {
                            collector.notifySkipped(describe(test));
                        }
                    }

                    @Override
                    public void executionStarted(TestIdentifier test) {
                        if (test.isTest()) {
                            collector.notifyStart(describe(test));
                        }
                    }

                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        boolean failed = result.getStatus() == TestExecutionResult.Status.FAILED
                                && result.getThrowable().isPresent();
                        if (failed) {
                            collector.notifyEnd(describe(test), result.getThrowable().get());
                        } else if (test.isTest()) {
                            collector.notifyEnd(describe(test));
                        }
                    }
                });
    }

    private Description describe(TestIdentifier test) {
        return new Description(test.getUniqueId(), testClass);
    }

    @Override
    public String toString() {
        return "OneCheckTestUnit [" + uniqueId + "]";
    }
}

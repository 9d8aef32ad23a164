package dev.asynciotck.mutation.discovery;

import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.pitest.testapi.Description;
import org.pitest.testapi.ResultCollector;
import org.pitest.testapi.TestUnit;
import org.pitest.testapi.TestUnitExecutionListener;
import org.pitest.testapi.TestUnitFinder;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a test class's checks (a suite's scenarios and properties) in the JUnit Platform's test
 * plan, without running them: a unit per test of the plan. See {@link DiscoveringTestPluginFactory}.
 */
final class DiscoveringTestUnitFinder implements TestUnitFinder {

    private final Launcher launcher = LauncherFactory.create();

    /** Takes a warm-up check's result and drops it. */
    private static final ResultCollector IGNORED = new ResultCollector() {
        @Override
        public void notifyEnd(Description check, Throwable failure) {
        }

        @Override
        public void notifyEnd(Description check) {
        }

        @Override
        public void notifyStart(Description check) {
        }

        @Override
        public void notifySkipped(Description check) {
        }

        @Override
        public boolean shouldExit() {
            return false;
        }
    };

    /** Whether this minion has run a check yet; see {@link #warmUp}. */
    private static boolean warm;

    @Override
    public List<TestUnit> findTestUnits(Class<?> testClass, TestUnitExecutionListener notUsed) {
        if (testClass.getEnclosingClass() != null) {
            return List.of();
        }
        TestPlan plan = launcher.discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(testClass.getName()))
                .build());
        List<TestUnit> units = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            addTests(plan, root, testClass, units);
        }
        if (!units.isEmpty()) {
            warmUp(units.get(0));
        }
        return units;
    }

    /**
     * Runs one check, once per minion, before any mutant is in place, and forgets its result. pitest
     * times each check out after the time it took in the coverage run, plus a constant; there the
     * first check alone paid for loading the kit, cucumber and the interpreter (some 0.7 s). A
     * minion that started cold would make its first mutant's first check pay it again, and a mutant
     * could be timed out for that alone.
     */
    private static void warmUp(TestUnit first) {
        if (!warm) {
            warm = true;
            first.execute(IGNORED);
        }
    }

    private static void addTests(TestPlan plan, TestIdentifier node, Class<?> testClass, List<TestUnit> units) {
        if (node.isTest()) {
            units.add(new OneCheckTestUnit(testClass, node.getUniqueId()));
        }
        for (TestIdentifier child : plan.getChildren(node)) {
            addTests(plan, child, testClass, units);
        }
    }
}

package dev.asynciotck.mutation.discovery;

import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.pitest.testapi.Description;
import org.pitest.testapi.NullExecutionListener;
import org.pitest.testapi.ResultCollector;
import org.pitest.testapi.TestUnit;
import org.pitest.testapi.TestUnitExecutionListener;
import org.pitest.testapi.TestUnitFinder;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a test class's checks (a suite's scenarios and properties) in the JUnit Platform's test
 * plan, without running them: a unit per test of the plan. The coverage minion discovers them and
 * keeps their ids ({@link DiscoveredChecks}); the mutation minions, which pitest gives a
 * {@link NullExecutionListener}, read them back. See {@link DiscoveringTestPluginFactory}.
 */
final class DiscoveringTestUnitFinder implements TestUnitFinder {

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
    public List<TestUnit> findTestUnits(Class<?> testClass, TestUnitExecutionListener listener) {
        if (testClass.getEnclosingClass() != null) {
            return List.of();
        }
        List<String> ids = listener instanceof NullExecutionListener
                ? DiscoveredChecks.read(testClass).orElse(null) : null;
        if (ids == null) {
            ids = discover(testClass);
            DiscoveredChecks.write(testClass, ids);
        }
        List<TestUnit> units = ids.stream().<TestUnit>map(id -> new OneCheckTestUnit(testClass, id)).toList();
        if (!units.isEmpty()) {
            warmUp(units.get(0));
        }
        return units;
    }

    private static List<String> discover(Class<?> testClass) {
        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(testClass.getName()))
                .build());
        List<String> ids = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            addTests(plan, root, ids);
        }
        return ids;
    }

    private static void addTests(TestPlan plan, TestIdentifier node, List<String> ids) {
        if (node.isTest()) {
            ids.add(node.getUniqueId());
        }
        for (TestIdentifier child : plan.getChildren(node)) {
            addTests(plan, child, ids);
        }
    }

    /**
     * Runs one check, once per minion, before any mutant is in place, and forgets its result. pitest
     * times each check out after the time it took in the coverage run, plus a constant; there the
     * first check alone paid for loading the kit, cucumber and the interpreter (about a second). A
     * minion that started cold would make its first mutant's first check pay it again, and a mutant
     * could be timed out for that alone.
     */
    private static void warmUp(TestUnit first) {
        if (!warm) {
            warm = true;
            first.execute(IGNORED);
        }
    }
}

package dev.asynciotck.properties;

import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.loop.Capability;
import dev.asynciotck.loop.ConfiguredLoop;
import dev.asynciotck.loop.PythonVersionGate;

import dev.asynciotck.checks.CheckSuite;
import dev.asynciotck.checks.Failure;
import dev.asynciotck.expectations.ExpectationLedger;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.opentest4j.TestAbortedException;

import java.util.HashSet;
import java.util.Set;

/**
 * The JUnit Platform engine of the properties ({@value CheckSuite#PROPERTIES_ENGINE}): one test
 * per property of {@link PropertyCatalog}, named after it, tagged with its clause ids, and pointing
 * at the line that declares it. It answers the package selector {@value CheckSuite#PROPERTIES}
 * (all properties) and unique-id selectors (one property), so that the Maven suite, {@code ./tck},
 * the clause-coverage check and pitest find the properties the same way.
 *
 * <p>A property that does not hold and that the run's expectations file covers is reported as
 * aborted ("expected failure, ..."); one that holds counts against the entries that cover it.
 */
public final class PropertyEngine implements TestEngine {

    /** The segment type of a property in unique ids. */
    static final String SEGMENT = "property";

    /** Made by the JUnit Platform ({@link java.util.ServiceLoader}). */
    public PropertyEngine() {
    }

    @Override
    public String getId() {
        return CheckSuite.PROPERTIES_ENGINE;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "asyncio-tck properties");
        boolean all = request.getSelectorsByType(PackageSelector.class).stream()
                .anyMatch(s -> s.getPackageName().equals(CheckSuite.PROPERTIES));
        Set<String> chosen = new HashSet<>();
        for (UniqueIdSelector s : request.getSelectorsByType(UniqueIdSelector.class)) {
            UniqueId id = s.getUniqueId();
            if (id.hasPrefix(uniqueId)) {
                if (id.equals(uniqueId)) {
                    all = true;
                } else {
                    id.getSegments().stream().filter(seg -> seg.getType().equals(SEGMENT))
                            .forEach(seg -> chosen.add(seg.getValue()));
                }
            }
        }
        for (Property<?> p : PropertyCatalog.all()) {
            if (all || chosen.contains(p.id())) {
                engine.addChild(new PropertyDescriptor(uniqueId.append(SEGMENT, p.id()), p));
            }
        }
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        EngineExecutionListener listener = request.getEngineExecutionListener();
        TestDescriptor root = request.getRootTestDescriptor();
        listener.executionStarted(root);
        for (TestDescriptor child : root.getChildren()) {
            listener.executionStarted(child);
            listener.executionFinished(child, run(((PropertyDescriptor) child).property()));
        }
        listener.executionFinished(root, TestExecutionResult.successful());
    }

    private static TestExecutionResult run(Property<?> property) {
        for (Capability needed : property.needs()) {
            if (!ConfiguredLoop.get().capabilities().contains(needed)) {
                return TestExecutionResult.aborted(new TestAbortedException("skipped: " + ConfiguredLoop.get().id()
                        + " lacks the capability " + needed));
            }
        }
        try {
            ClauseCatalog catalog = ClauseCatalog.load();
            PythonVersionGate.check(property.clauses().stream().map(catalog::require).toList(),
                    ConfiguredLoop.get().implementation());
        } catch (TestAbortedException skipped) {
            return TestExecutionResult.aborted(skipped);
        }
        try {
            PropertyCheck.check(property);
            ExpectationLedger.forChecks().passed(property.name(), property.clauses());
            return TestExecutionResult.successful();
        } catch (AssertionError e) {
            Failure why = e instanceof Failure.Carrier carrier ? carrier.failure()
                    : new Failure(property.clauses(), String.valueOf(e.getMessage()).lines().findFirst().orElse(""), null, null);
            Throwable failure;
            try {
                failure = ExpectationLedger.forChecks().failure(property.check(), why, e.getMessage());
            } catch (AssertionError unusableExpectations) {
                failure = unusableExpectations;
            }
            if (failure.getCause() == null) {
                failure.initCause(e);
            }
            return failure instanceof TestAbortedException ? TestExecutionResult.aborted(failure)
                    : TestExecutionResult.failed(failure);
        } catch (RuntimeException e) {
            return TestExecutionResult.failed(e);
        }
    }
}

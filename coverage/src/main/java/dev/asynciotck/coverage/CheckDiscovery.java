package dev.asynciotck.coverage;

import dev.asynciotck.clause.ClauseCatalog;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

/**
 * Finds every scenario (cucumber engine, classpath resource {@code features}) and every property
 * (Jupiter engine, package {@code dev.asynciotck.properties}) with their tags, without running them.
 */
public final class CheckDiscovery {

    /** Where the features are on the classpath. */
    public static final String FEATURES = "features";
    /** The package of the properties. */
    public static final String PROPERTIES = "dev.asynciotck.properties";

    private CheckDiscovery() {
    }

    /** @return every scenario and property */
    public static List<Check> discover() {
        List<Check> checks = new ArrayList<>();
        checks.addAll(discover("scenario", request()
                .selectors(selectClasspathResource(FEATURES))
                .filters(includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", "dev.asynciotck.features")
                .build()));
        checks.addAll(discover("property", request()
                .selectors(selectPackage(PROPERTIES))
                .filters(includeEngines("junit-jupiter"))
                .build()));
        return checks;
    }

    private static List<Check> discover(String kind, LauncherDiscoveryRequest request) {
        TestPlan plan = LauncherFactory.create().discover(request);
        List<Check> out = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            collect(plan, root, kind, out);
        }
        return out;
    }

    private static void collect(TestPlan plan, TestIdentifier id, String kind, List<Check> out) {
        if (id.isTest()) {
            List<String> clauses = new ArrayList<>();
            for (TestTag tag : id.getTags()) {
                String name = tag.getName().startsWith("@") ? tag.getName().substring(1) : tag.getName();
                if (ClauseCatalog.looksLikeClauseId(name)) {
                    clauses.add(name);
                }
            }
            out.add(new Check(kind, id.getDisplayName(), describe(id.getSource().orElse(null)), clauses));
        }
        for (TestIdentifier child : plan.getChildren(id)) {
            collect(plan, child, kind, out);
        }
    }

    private static String describe(TestSource source) {
        if (source instanceof MethodSource m) {
            return m.getClassName() + "#" + m.getMethodName();
        }
        if (source instanceof ClassSource c) {
            return c.getClassName();
        }
        if (source instanceof ClasspathResourceSource r) {
            return r.getClasspathResourceName() + r.getPosition().map(FilePosition::getLine).map(l -> ":" + l).orElse("");
        }
        if (source instanceof FileSource f) {
            return f.getFile() + f.getPosition().map(FilePosition::getLine).map(l -> ":" + l).orElse("");
        }
        return String.valueOf(source);
    }
}

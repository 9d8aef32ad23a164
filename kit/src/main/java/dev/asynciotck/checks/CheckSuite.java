package dev.asynciotck.checks;

import dev.asynciotck.clause.ClauseCatalog;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

/**
 * Where the kit's checks are and how they are found: the one place that sets up check discovery
 * for every runner of the kit ({@code ./tck}, the Maven suites of the features and the properties,
 * the clause-coverage check, mutation testing). The suites' annotations use these constants.
 */
public final class CheckSuite {

    /** The package of the feature files on the classpath ({@code features/<area>/*.feature}). */
    public static final String FEATURES = "features";
    /** The package of the cucumber step definitions. */
    public static final String GLUE = "dev.asynciotck.features";
    /** The id of cucumber's engine, which runs the features. */
    public static final String CUCUMBER_ENGINE = "cucumber";
    /** The package of the properties. */
    public static final String PROPERTIES = "dev.asynciotck.properties";
    /** The id of the engine that runs the properties (one test per property of the catalog). */
    public static final String PROPERTIES_ENGINE = "asyncio-tck-properties";
    /** Cucumber's reports, written under {@code target/cucumber/} by the Maven build (and a summary). */
    public static final String MAVEN_PLUGINS = "summary,html:target/cucumber/report.html,json:target/cucumber/report.json,"
            + "message:target/cucumber/messages.ndjson,junit:target/cucumber/junit.xml";

    /** Where the feature files are, from the top of the repository (their classpath root). */
    public static final String FEATURE_SOURCES = "features/src/main/resources/";

    private CheckSuite() {
    }

    /**
     * @param selection which checks
     * @return them, found as the JUnit Platform finds them to run them, without running them
     */
    public static List<Check> discover(Scope selection) {
        TestPlan plan = LauncherFactory.create().discover(request(selection));
        List<Check> out = new ArrayList<>();
        collect(plan, plan.getRoots(), out);
        return out;
    }

    private static void collect(TestPlan plan, Collection<TestIdentifier> ids, List<Check> out) {
        for (TestIdentifier id : ids) {
            if (id.isTest()) {
                out.add(check(id, ClauseCatalog::looksLikeClauseId));
            }
            collect(plan, plan.getChildren(id), out);
        }
    }

    /**
     * @param id       a scenario or a property, as the JUnit Platform knows it
     * @param isClause which of its tags are clause ids (the others, such as {@code @threads}, are not)
     * @return the check: its kind (from its engine), name, where it is written, and clause ids
     */
    public static Check check(TestIdentifier id, Predicate<String> isClause) {
        List<String> clauses = new ArrayList<>();
        for (TestTag tag : id.getTags()) {
            String name = tag.getName().startsWith("@") ? tag.getName().substring(1) : tag.getName();
            if (isClause.test(name)) {
                clauses.add(name);
            }
        }
        String engine = "";
        for (UniqueId.Segment segment : id.getUniqueIdObject().getSegments()) {
            if (segment.getType().equals("engine")) {
                engine = segment.getValue();
            }
        }
        CheckKind kind = engine.equals(PROPERTIES_ENGINE) ? CheckKind.PROPERTY
                : engine.equals(CUCUMBER_ENGINE) ? CheckKind.SCENARIO : CheckKind.SUITE;
        return new Check(kind, id.getDisplayName(), where(id.getSource().orElse(null)), clauses);
    }

    /**
     * @param source where the JUnit Platform says a check is
     * @return it as {@code path:line}, the path from the top of the repository ("" when unknown)
     */
    public static String where(TestSource source) {
        if (source instanceof ClasspathResourceSource r) {
            return FEATURE_SOURCES + r.getClasspathResourceName() + r.getPosition().map(p -> ":" + p.getLine()).orElse("");
        }
        if (source instanceof FileSource f) {
            return fromModule(f.getFile().getPath()) + f.getPosition().map(p -> ":" + p.getLine()).orElse("");
        }
        if (source instanceof MethodSource m) {
            return m.getClassName() + "#" + m.getMethodName();
        }
        if (source instanceof ClassSource c) {
            return c.getClassName();
        }
        return "";
    }

    /**
     * @param path a path to a source file of a module ({@code .../property-tests/src/main/java/X.java};
     *             a file source is made absolute from wherever the JUnit Platform runs)
     * @return it from the module's folder, a top-level folder of the repository
     *         ({@code property-tests/src/main/java/X.java}); unchanged when it is not under {@code src/main}
     */
    static String fromModule(String path) {
        String p = path.replace('\\', '/');
        int src = p.lastIndexOf("/src/main/");
        if (src < 0) {
            return p;
        }
        int module = p.lastIndexOf('/', src - 1);
        return p.substring(module + 1);
    }

    /**
     * @param uri  a feature file's URI as cucumber gives it ({@code classpath:features/...})
     * @param line the line of the scenario
     * @return where the scenario is, as {@link #where(TestSource)} says it
     */
    public static String scenarioWhere(URI uri, int line) {
        String text = uri.toString();
        String path = text.startsWith("classpath:") ? FEATURE_SOURCES + text.substring("classpath:".length()).replaceFirst("^/", "")
                : uri.getPath();
        return path + ":" + line;
    }

    /**
     * @param reportDir where cucumber writes its reports ({@code cucumber/} in it)
     * @return cucumber's plugin setting for a run: HTML, JSON, messages and JUnit XML reports
     */
    public static String plugins(Path reportDir) {
        Path dir = reportDir.toAbsolutePath().resolve("cucumber");
        return "html:" + dir.resolve("report.html") + ",json:" + dir.resolve("report.json") + ",message:"
                + dir.resolve("messages.ndjson") + ",junit:" + dir.resolve("junit.xml");
    }

    /**
     * @param selection which checks
     * @return the discovery request for them
     */
    public static LauncherDiscoveryRequest request(Scope selection) {
        List<String> engines = new ArrayList<>();
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("cucumber.glue", GLUE)
                .configurationParameter("cucumber.publish.quiet", "true");
        if (selection.features()) {
            builder.selectors(selectPackage(FEATURES));
            engines.add(CUCUMBER_ENGINE);
        }
        if (selection.properties()) {
            builder.selectors(selectPackage(PROPERTIES));
            engines.add(PROPERTIES_ENGINE);
        }
        builder.filters(includeEngines(engines));
        if (selection.reportDir() != null) {
            builder.configurationParameter("cucumber.plugin", plugins(selection.reportDir()));
        }
        if (!selection.clauses().isEmpty()) {
            builder.filters(TagFilter.includeTags(String.join(" | ", selection.clauses())));
        }
        if (!selection.tags().isBlank()) {
            builder.filters(TagFilter.includeTags(selection.tags()));
        }
        return builder.build();
    }

    /**
     * Which checks a run selects.
     *
     * @param features   the scenarios of the features
     * @param properties the properties
     * @param clauses    only the checks of these clauses (empty: all)
     * @param tags       only the checks matching this JUnit tag expression (blank: all)
     * @param reportDir  where cucumber writes its reports, or null for none
     */
    public record Scope(boolean features, boolean properties, List<String> clauses, String tags, Path reportDir) {

        /** Every check, without reports: what the clause-coverage check discovers. */
        public static final Scope ALL = new Scope(true, true, List.of(), "", null);

        /** Copies the list. */
        public Scope {
            clauses = List.copyOf(clauses);
            tags = tags == null ? "" : tags;
        }
    }
}

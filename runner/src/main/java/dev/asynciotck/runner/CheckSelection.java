package dev.asynciotck.runner;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

import java.nio.file.Path;
import java.util.List;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

/** Which checks a run selects: every feature (cucumber) and every property (Jupiter), or only the properties, filtered by tags. */
final class CheckSelection {

    private CheckSelection() {
    }

    /**
     * @param report  where cucumber writes its reports
     * @param clauses only these clauses (null: all)
     * @param tags    only checks matching this tag expression (null: all)
     * @param propertiesOnly only the properties, not the features
     * @return the discovery request
     */
    static LauncherDiscoveryRequest request(Path report, List<String> clauses, String tags, boolean propertiesOnly) {
        Path dir = report.toAbsolutePath();
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(propertiesOnly ? List.of(selectPackage("dev.asynciotck.properties"))
                        : List.of(selectPackage("features"), selectPackage("dev.asynciotck.properties")))
                .filters(includeClassNamePatterns(".*Properties"))
                .configurationParameter("cucumber.glue", "dev.asynciotck.features")
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.plugin", "html:" + dir.resolve("cucumber/report.html") + ","
                        + "json:" + dir.resolve("cucumber/report.json") + ","
                        + "message:" + dir.resolve("cucumber/messages.ndjson") + ","
                        + "junit:" + dir.resolve("cucumber/junit.xml"));
        if (clauses != null && !clauses.isEmpty()) {
            builder.filters(TagFilter.includeTags(String.join(" | ", clauses)));
        }
        if (tags != null && !tags.isBlank()) {
            builder.filters(TagFilter.includeTags(tags));
        }
        return builder.build();
    }
}

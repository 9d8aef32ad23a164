package dev.asynciotck.runner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynciotck.checks.CheckOutcome;
import dev.asynciotck.checks.RootCauses;
import dev.asynciotck.checks.Verdict;
import dev.asynciotck.clause.Clause;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.json.JsonLayout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the conformance summary of a run, {@code summary.json} (format in spec/reports.md). */
final class SummaryJson {

    /** The format id. */
    static final String FORMAT = "asyncio-tck-summary/1";

    private SummaryJson() {
    }

    static void write(Path file, RunInfo run, ClauseCatalog catalog, Summary summary, List<CheckOutcome> outcomes)
            throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("format", FORMAT);
        root.put("kit", TckVersion.VERSION);
        ObjectNode loop = root.putObject("loop");
        loop.put("id", run.loop().id());
        loop.put("implementation", run.loop().implementation());
        root.put("started", run.started().toString());
        root.put("seconds", Math.round(run.seconds() * 10) / 10.0);
        ObjectNode selection = root.putObject("selection");
        ArrayNode clauses = selection.putArray("clauses");
        run.clauses().forEach(clauses::add);
        selection.put("tags", run.tags());
        selection.put("seed", run.seed());
        selection.put("tries", run.tries());
        root.put("expectations", run.expectations());
        root.put("exit", run.exit());
        ObjectNode totals = root.putObject("totals");
        totals.put("checks", outcomes.size());
        for (Verdict verdict : Verdict.values()) {
            if (verdict.ofChecks()) {
                totals.put(verdict.word(), outcomes.stream().filter(o -> o.verdict() == verdict).count());
            }
        }
        RootCauses causes = summary.rootCauses();
        ArrayNode roots = root.putArray("rootCauses");
        causes.roots().forEach((id, explained) -> {
            ObjectNode node = roots.addObject();
            node.put("clause", id);
            ArrayNode explains = node.putArray("explains");
            explained.forEach(explains::add);
        });
        ArrayNode clauseList = root.putArray("clauses");
        for (Clause c : catalog.clauses()) {
            ObjectNode node = clauseList.addObject();
            node.put("id", c.id());
            node.put("where", catalog.where(c.id()));
            node.put("area", c.area());
            node.put("level", c.level().name());
            node.put("title", c.title());
            node.put("verdict", summary.verdict(c.id()).word());
            node.put("reason", summary.reason(c.id()));
            if (!causes.explainedBy(c.id()).isEmpty()) {
                ArrayNode by = node.putArray("explainedBy");
                causes.explainedBy(c.id()).forEach(by::add);
            }
            ArrayNode checks = node.putArray("checks");
            summary.checks(c.id()).forEach(checks::add);
        }
        ArrayNode checks = root.putArray("checks");
        for (CheckOutcome o : outcomes) {
            ObjectNode node = checks.addObject();
            node.put("name", o.check().name());
            node.put("kind", o.check().kind().word());
            node.put("where", o.check().where());
            ArrayNode ids = node.putArray("clauses");
            o.check().clauses().forEach(ids::add);
            node.put("status", o.verdict().word());
            if (!o.blamed().isEmpty()) {
                ArrayNode blamed = node.putArray("blamed");
                o.blamed().forEach(blamed::add);
            }
            node.put("reason", o.reason());
            if (o.savedCase() != null) {
                node.put("case", o.savedCase());
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JsonLayout.pretty(root), StandardCharsets.UTF_8);
    }
}

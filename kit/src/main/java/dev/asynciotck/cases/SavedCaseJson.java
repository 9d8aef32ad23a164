package dev.asynciotck.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckKind;
import dev.asynciotck.checks.Evidence;
import dev.asynciotck.checks.Verdict;
import dev.asynciotck.json.JsonLayout;
import dev.asynciotck.loop.LoopInfo;
import dev.asynciotck.json.JsonShape;
import dev.asynciotck.json.StrictJson;
import dev.asynciotck.program.Program;
import dev.asynciotck.program.ProgramJson;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceJson;
import dev.asynciotck.trace.TraceSyntaxException;
import dev.asynciotck.trace.TraceText;

import java.util.ArrayList;
import java.util.List;

/** Reads and writes saved cases in their JSON form ({@code spec/reports.md}). */
public final class SavedCaseJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SavedCaseJson() {
    }

    /**
     * @param saved a saved case
     * @return its JSON form, laid out for reading, with the text forms of program and traces
     */
    public static String write(SavedCase saved) {
        ObjectNode root = NODES.objectNode();
        root.put("format", SavedCase.FORMAT);
        ObjectNode check = root.putObject("check");
        check.put("kind", saved.check().kind().word());
        check.put("name", saved.check().name());
        check.put("where", saved.check().where());
        ArrayNode clauses = check.putArray("clauses");
        saved.check().clauses().forEach(clauses::add);
        ObjectNode loop = root.putObject("loop");
        loop.put("id", saved.loop().id());
        loop.put("implementation", saved.loop().implementation());
        root.put("verdict", saved.verdict().word());
        root.put("message", saved.message());
        Evidence evidence = saved.evidence();
        root.set("program", ProgramJson.toJson(evidence.program()));
        root.put("programText", evidence.program().toString());
        root.set("expected", expectedJson(evidence.expected()));
        root.put("expectedText", evidence.expected() == null ? null : evidence.expected().toString());
        root.put("expectedSource", evidence.expectedSource());
        root.put("anyOrder", evidence.anyOrder());
        root.set("actual", evidence.actual() == null ? NODES.nullNode() : TraceJson.toJson(evidence.actual()));
        root.put("actualText", evidence.actual() == null ? null : evidence.actual().toString());
        root.put("fault", evidence.fault());
        root.put("divergence", evidence.divergence());
        if (saved.property() != null) {
            ObjectNode property = root.putObject("property");
            property.put("id", saved.property().id());
            ArrayNode recipe = property.putArray("recipe");
            saved.property().recipe().forEach(recipe::add);
            property.put("seed", saved.property().seed());
        }
        root.put("replay", saved.replay());
        return JsonLayout.pretty(root);
    }

    /**
     * @param text   a saved case's JSON form
     * @param source where it comes from (a file name), for messages
     * @return the saved case
     * @throws SavedCaseFormatException if it is not one; the message names the source, the JSON
     *                                  Pointer and what is wrong
     */
    public static SavedCase read(String text, String source) {
        JsonNode root = StrictJson.parse(text, m -> new SavedCaseFormatException(source + ": " + m));
        JsonShape shape = new JsonShape((at, problem) -> new SavedCaseFormatException(
                source + ": at " + (at.isEmpty() ? "(root)" : at) + ": " + problem));
        shape.object(root, "", "a saved case");
        String format = shape.string(required(root, "", "format", source), "/format");
        if (!SavedCase.FORMAT.equals(format)) {
            throw new SavedCaseFormatException(source + ": at /format: expected \"" + SavedCase.FORMAT
                    + "\", got \"" + format + "\"" + (format.startsWith("asyncio-tck-summary/")
                    ? " (a summary, not a saved case)" : " (is it a saved case of ./tck run?)"));
        }
        JsonNode check = required(root, "", "check", source);
        shape.object(check, "/check", "a check");
        List<String> clauses = new ArrayList<>();
        JsonNode clauseList = shape.array(required(check, "/check", "clauses", source), "/check/clauses", "clause ids");
        for (int i = 0; i < clauseList.size(); i++) {
            clauses.add(shape.string(clauseList.get(i), "/check/clauses/" + i));
        }
        String kind = text(shape, check, "/check", "kind", source);
        CheckKind checkKind;
        try {
            checkKind = CheckKind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw new SavedCaseFormatException(source + ": at /check/kind: " + e.getMessage());
        }
        Check what = new Check(checkKind, text(shape, check, "/check", "name", source),
                text(shape, check, "/check", "where", source), clauses);
        JsonNode loop = required(root, "", "loop", source);
        shape.object(loop, "/loop", "a loop");
        LoopInfo loopInfo = new LoopInfo(text(shape, loop, "/loop", "id", source),
                text(shape, loop, "/loop", "implementation", source));
        Program program;
        try {
            program = ProgramJson.read(required(root, "", "program", source));
        } catch (IllegalArgumentException e) {
            throw new SavedCaseFormatException(source + ": in /program: " + e.getMessage());
        }
        Trace expected = expected(root, source);
        Trace actual = trace(root, "actual", source);
        SavedCase.PropertyRecipe property = null;
        JsonNode p = root.get("property");
        if (p != null && !p.isNull()) {
            shape.object(p, "/property", "a property recipe");
            JsonNode recipeList = shape.array(required(p, "/property", "recipe", source), "/property/recipe", "integers");
            List<Integer> recipe = new ArrayList<>();
            for (int i = 0; i < recipeList.size(); i++) {
                if (!recipeList.get(i).canConvertToInt() || !recipeList.get(i).isIntegralNumber()) {
                    throw new SavedCaseFormatException(source + ": at /property/recipe/" + i + ": expected an integer");
                }
                recipe.add(recipeList.get(i).intValue());
            }
            JsonNode seed = required(p, "/property", "seed", source);
            if (!seed.isIntegralNumber()) {
                throw new SavedCaseFormatException(source + ": at /property/seed: expected an integer");
            }
            property = new SavedCase.PropertyRecipe(text(shape, p, "/property", "id", source), recipe, seed.longValue());
        }
        String verdictWord = text(shape, root, "", "verdict", source);
        Verdict verdict = Verdict.parse(verdictWord).filter(v -> v == Verdict.FAILED || v == Verdict.EXPECTED)
                .orElseThrow(() -> new SavedCaseFormatException(source + ": at /verdict: expected failed or expected, got \""
                        + verdictWord + "\""));
        Evidence evidence = new Evidence(program, expected, optionalText(root, "expectedSource"),
                root.path("anyOrder").asBoolean(false), actual, optionalText(root, "fault"), optionalText(root, "divergence"));
        return new SavedCase(what, loopInfo, verdict, text(shape, root, "", "message", source), evidence, property,
                text(shape, root, "", "replay", source));
    }

    private static JsonNode required(JsonNode node, String at, String key, String source) {
        JsonNode value = node.get(key);
        if (value == null) {
            throw new SavedCaseFormatException(source + ": at " + (at.isEmpty() ? "(root)" : at)
                    + ": missing \"" + key + "\"");
        }
        return value;
    }

    private static String text(JsonShape shape, JsonNode node, String at, String key, String source) {
        return shape.string(required(node, at, key, source), at + "/" + key);
    }

    private static String optionalText(JsonNode root, String key) {
        JsonNode value = root.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * An expected trace written in the text form names objects without their kind, which the
     * JSON form requires: such a trace is kept in its text form only ({@code expected} is null).
     */
    private static JsonNode expectedJson(Trace expected) {
        if (expected == null) {
            return NODES.nullNode();
        }
        try {
            return TraceJson.toJson(expected);
        } catch (TraceSyntaxException e) {
            return NODES.nullNode();
        }
    }

    private static Trace expected(JsonNode root, String source) {
        Trace expected = trace(root, "expected", source);
        String text = optionalText(root, "expectedText");
        if (expected != null || text == null) {
            return expected;
        }
        try {
            return TraceText.parse(text);
        } catch (TraceSyntaxException e) {
            throw new SavedCaseFormatException(source + ": in /expectedText: " + e.getMessage());
        }
    }

    private static Trace trace(JsonNode root, String key, String source) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return TraceJson.read(value);
        } catch (IllegalArgumentException e) {
            throw new SavedCaseFormatException(source + ": in /" + key + ": " + e.getMessage());
        }
    }
}

package dev.asynciotck.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asynciotck.json.StrictJson;
import dev.asynciotck.loop.Leak;
import dev.asynciotck.loop.RunOutcome;
import dev.asynciotck.trace.TraceJson;
import dev.asynciotck.trace.TraceSyntaxException;
import dev.asynciotck.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one line from a driver as the answer to one run (schemas {@code protocol/result} and
 * {@code protocol/error}): a {@code result} with the run's id and exactly one of {@code trace},
 * {@code invalid}, {@code wrong_kind} or {@code timeout} (a trace may come with the run's
 * {@code leaks}), or an {@code error}.
 */
final class AnswerReader {

    private static final List<String> RESULT_KEYS = List.of("type", "id", "trace", "invalid", "wrong_kind", "timeout", "leaks");
    /** The keys of which a result has exactly one. */
    private static final List<String> OUTCOMES = List.of("trace", "invalid", "wrong_kind", "timeout");
    private static final List<String> LEAK_KEYS = List.of("resource", "detail");
    private static final Map<String, String> LEAK_CLAUSES = Vocabulary.load().leakClauses();
    private static final List<String> ERROR_KEYS = List.of("type", "message", "id");

    private AnswerReader() {
    }

    /**
     * @param line a line from the driver
     * @return the {@code id} it carries, or null when it is not a JSON object with an id string
     */
    static String runId(String line) {
        try {
            JsonNode id = StrictJson.parse(line, IllegalArgumentException::new).path("id");
            return id.isTextual() ? id.textValue() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @param line the line
     * @param id   the id of the run the kit waits for
     * @return what it says about that run
     */
    static Answer read(String line, String id) {
        JsonNode json;
        try {
            json = StrictJson.parse(line, IllegalArgumentException::new);
        } catch (IllegalArgumentException e) {
            return garbage("answered a line that is not JSON (" + e.getMessage() + "): " + DriverProcess.quote(line));
        }
        if (!json.isObject() || !json.path("type").isTextual()) {
            return garbage("answered a line that is not a message (an object with a \"type\"): "
                    + DriverProcess.quote(line));
        }
        String type = json.get("type").textValue();
        if (type.equals("error")) {
            return error(json, id, line);
        }
        if (!type.equals("result")) {
            return garbage("answered a " + StrictJson.quote(type) + " message where a result was due: "
                    + DriverProcess.quote(line));
        }
        String problem = resultProblem(json, id);
        if (problem != null) {
            return garbage("answered a malformed result (" + problem + "): " + DriverProcess.quote(line));
        }
        if (json.has("invalid")) {
            return new Answer.Done(new RunOutcome.InvalidProgram(json.get("invalid").textValue()));
        }
        if (json.has("wrong_kind")) {
            return new Answer.Done(new RunOutcome.Fault(RunOutcome.Kind.WRONG_KIND, json.get("wrong_kind").textValue()));
        }
        if (json.has("timeout")) {
            return new Answer.Failed(RunOutcome.Kind.TIMEOUT,
                    "timed out; the driver says: " + json.get("timeout").textValue(), true);
        }
        try {
            return new Answer.Done(new RunOutcome.Traced(TraceJson.read(json.get("trace")), leaks(json.get("leaks"))));
        } catch (TraceSyntaxException e) {
            return garbage("answered a result whose trace is malformed (" + e.getMessage() + "): "
                    + DriverProcess.quote(line));
        }
    }

    private static String resultProblem(JsonNode json, String id) {
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            if (!RESULT_KEYS.contains(field.getKey())) {
                return "unknown key " + StrictJson.quote(field.getKey());
            }
        }
        JsonNode answered = json.get("id");
        if (answered == null || !answered.isTextual()) {
            return "no \"id\" string";
        }
        if (!answered.textValue().equals(id)) {
            return "it is for run " + StrictJson.quote(answered.textValue()) + " while run "
                    + StrictJson.quote(id) + " was due";
        }
        if (OUTCOMES.stream().filter(json::has).count() != 1) {
            return "a result has exactly one of \"trace\", \"invalid\", \"wrong_kind\", \"timeout\"";
        }
        for (String key : List.of("invalid", "wrong_kind", "timeout")) {
            if (json.has(key) && (!json.get(key).isTextual() || json.get(key).textValue().isEmpty())) {
                return StrictJson.quote(key) + " is a non-empty string";
            }
        }
        return json.has("leaks") ? leaksProblem(json) : null;
    }

    private static String leaksProblem(JsonNode json) {
        JsonNode leaks = json.get("leaks");
        if (!json.has("trace")) {
            return "\"leaks\" comes with a \"trace\" only";
        }
        if (!leaks.isArray() || leaks.isEmpty()) {
            return "\"leaks\" is a non-empty array (left out when nothing leaked)";
        }
        for (JsonNode leak : leaks) {
            boolean shaped = leak.isObject() && leak.size() == LEAK_KEYS.size()
                    && LEAK_KEYS.stream().allMatch(k -> leak.path(k).isTextual() && !leak.get(k).textValue().isEmpty());
            if (!shaped) {
                return "each leak is an object with the strings \"resource\" and \"detail\", got " + leak;
            }
            if (!LEAK_CLAUSES.containsKey(leak.get("resource").textValue())) {
                return "a leak's \"resource\" is one of " + LEAK_CLAUSES.keySet() + " (the vocabulary's leaks.resources), got "
                        + StrictJson.quote(leak.get("resource").textValue());
            }
        }
        return null;
    }

    private static List<Leak> leaks(JsonNode leaks) {
        List<Leak> out = new ArrayList<>();
        if (leaks != null) {
            leaks.forEach(l -> out.add(new Leak(l.get("resource").textValue(), l.get("detail").textValue())));
        }
        return out;
    }

    private static Answer error(JsonNode json, String id, String line) {
        JsonNode message = json.get("message");
        JsonNode answered = json.get("id");
        boolean wellFormed = message != null && message.isTextual() && !message.textValue().isEmpty()
                && (answered == null || answered.isTextual());
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            wellFormed &= ERROR_KEYS.contains(field.getKey());
        }
        if (!wellFormed) {
            return garbage("answered a malformed error line: " + DriverProcess.quote(line));
        }
        if (answered != null && answered.textValue().equals(id)) {
            return new Answer.Failed(RunOutcome.Kind.CRASH, "the driver failed while running it: "
                    + message.textValue(), true);
        }
        String about = answered == null ? "" : " about run " + StrictJson.quote(answered.textValue());
        return garbage("answered an error" + about + " where a result was due (the driver refused the "
                + "request): " + message.textValue());
    }

    private static Answer garbage(String what) {
        return new Answer.Failed(RunOutcome.Kind.GARBAGE, "the driver " + what, false);
    }
}

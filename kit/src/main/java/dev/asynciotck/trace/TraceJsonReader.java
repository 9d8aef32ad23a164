package dev.asynciotck.trace;

import dev.asynciotck.vocabulary.ObjectKind;
import dev.asynciotck.vocabulary.Vocabulary;

import dev.asynciotck.json.JsonShape;

import static dev.asynciotck.json.StrictJson.brief;
import static dev.asynciotck.json.StrictJson.child;
import static dev.asynciotck.json.StrictJson.keysOf;
import static dev.asynciotck.json.StrictJson.quote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asynciotck.json.StrictJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the JSON form of traces and values, checking their shape; every fault is a
 * {@link TraceSyntaxException} naming its JSON Pointer.
 */
final class TraceJsonReader {

    private static final JsonShape SHAPE = new JsonShape(TraceJsonReader::fault);

    /** The keys that say what kind an object value is; an object value has exactly one. */
    static final List<String> OBJECT_VALUE_KINDS = List.of("tuple", "set", "dict", "bytes", "error", "ref", "object", "float");

    /** The types of the objects a reference may name. */
    static final List<String> REFERENCE_TYPES = Vocabulary.load().kinds().stream().map(ObjectKind::name).toList();

    /** The spellings of the non-finite floats. */
    static final List<String> NON_FINITE = List.of("nan", "inf", "-inf");

    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Numbers compare by value, as in JSON Schema's {@code uniqueItems}: {@code 1} equals {@code 1.0}. */
    private static final Comparator<JsonNode> SAME_JSON = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    private TraceJsonReader() {
    }

    /**
     * @param root the document
     * @return the trace
     * @throws TraceSyntaxException naming the JSON Pointer of the first fault
     */
    static Trace trace(JsonNode root) {
        SHAPE.object(root, "", "a trace");
        SHAPE.allowKeys(root, "", "a trace", "format", "events", "raised");
        JsonNode format = root.get("format");
        if (format == null) {
            throw fault("", "missing \"format\"; a trace starts with \"format\": " + quote(Trace.FORMAT));
        }
        if (!format.isTextual() || !format.textValue().equals(Trace.FORMAT)) {
            throw fault("/format", "expected " + quote(Trace.FORMAT) + ", got " + brief(format));
        }
        JsonNode events = root.get("events");
        if (events == null) {
            throw fault("", "missing \"events\"; a trace has \"events\": [events] (may be empty)");
        }
        SHAPE.array(events, "/events", "events");
        List<Event> read = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            read.add(event(events.get(i), child("/events", i)));
        }
        TraceValue.Error raised = null;
        if (root.has("raised")) {
            JsonNode node = root.get("raised");
            if (!node.isObject() || !node.has("error")) {
                throw fault("/raised", "expected an exception {\"error\": TYPE, \"message\": TEXT}, got " + brief(node));
            }
            raised = error(node, "/raised");
        }
        return new Trace(read, raised);
    }

    private static Event event(JsonNode node, String at) {
        SHAPE.object(node, at, "an event");
        SHAPE.allowKeys(node, at, "an event", "kind", "label", "value", "time");
        Event.Kind kind = Event.Kind.RECORD;
        if (node.has("kind")) {
            JsonNode k = node.get("kind");
            if (k.isTextual() && k.textValue().equals("handler")) {
                kind = Event.Kind.HANDLER;
            } else if (!(k.isTextual() && k.textValue().equals("record"))) {
                throw fault(child(at, "kind"), "unknown event kind " + brief(k) + "; one of record, handler");
            }
        }
        String label = "";
        if (node.has("label")) {
            label = SHAPE.string(node.get("label"), child(at, "label"));
            if (kind == Event.Kind.RECORD && label.startsWith("!")) {
                throw fault(child(at, "label"), "a label does not start with '!', got " + quote(label));
            }
        } else if (kind == Event.Kind.RECORD) {
            throw fault(at, "missing \"label\" in a record event");
        }
        TraceValue value = node.has("value") ? value(node.get("value"), child(at, "value")) : null;
        Double time = null;
        if (node.has("time")) {
            JsonNode t = node.get("time");
            if (!t.isNumber() || !Double.isFinite(t.doubleValue())) {
                throw fault(child(at, "time"), "expected a finite number of seconds, got " + t.asText());
            }
            time = t.doubleValue();
        }
        return new Event(kind, label, value, time);
    }

    /**
     * @param node a value's JSON form
     * @param at   its JSON Pointer
     * @return the value
     * @throws TraceSyntaxException naming the JSON Pointer of the first fault
     */
    static TraceValue value(JsonNode node, String at) {
        if (node == null || node.isMissingNode()) {
            throw fault(at, "expected a value, got nothing");
        }
        if (node.isNull()) {
            return TraceValue.NONE;
        }
        if (node.isBoolean()) {
            return new TraceValue.Bool(node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw fault(at, "integer " + node.asText() + " does not fit in 64 bits");
            }
            return new TraceValue.Int(node.longValue());
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            if (!Double.isFinite(d)) {
                throw fault(at, "number " + node.asText() + " is not finite; write {\"float\": \"nan\"|\"inf\"|\"-inf\"}");
            }
            return new TraceValue.Float(d);
        }
        if (node.isTextual()) {
            return new TraceValue.Str(node.textValue());
        }
        if (node.isArray()) {
            return new TraceValue.PyList(values(node, at));
        }
        if (!node.isObject()) {
            throw fault(at, "expected a value, got " + brief(node));
        }
        return objectValue(node, at);
    }

    private static TraceValue objectValue(JsonNode node, String at) {
        List<String> kinds = new ArrayList<>();
        for (String kind : OBJECT_VALUE_KINDS) {
            if (node.has(kind)) {
                kinds.add(kind);
            }
        }
        if (kinds.size() != 1) {
            throw fault(at, (kinds.isEmpty() ? "unknown" : "ambiguous") + " value " + keysOf(node)
                    + "; an object value has exactly one of " + String.join(", ", OBJECT_VALUE_KINDS));
        }
        String kind = kinds.get(0);
        String inner = child(at, kind);
        JsonNode content = node.get(kind);
        switch (kind) {
            case "tuple" -> {
                SHAPE.allowKeys(node, at, "a tuple", "tuple");
                return new TraceValue.Tuple(values(SHAPE.array(content, inner, "values"), inner));
            }
            case "set" -> {
                SHAPE.allowKeys(node, at, "a set", "set");
                SHAPE.array(content, inner, "values");
                for (int i = 0; i < content.size(); i++) {
                    for (int j = 0; j < i; j++) {
                        if (content.get(i).equals(SAME_JSON, content.get(j))) {
                            throw fault(child(inner, i), "a set holds each item once; this one equals item " + j);
                        }
                    }
                }
                return new TraceValue.PySet(values(content, inner));
            }
            case "dict" -> {
                SHAPE.allowKeys(node, at, "a dict", "dict");
                SHAPE.array(content, inner, "[key, value] pairs");
                List<TraceValue> keys = new ArrayList<>();
                List<TraceValue> values = new ArrayList<>();
                for (int i = 0; i < content.size(); i++) {
                    JsonNode pair = content.get(i);
                    String where = child(inner, i);
                    if (!pair.isArray() || pair.size() != 2) {
                        throw fault(where, "expected a [key, value] pair, got " + brief(pair));
                    }
                    TraceValue key = value(pair.get(0), child(where, 0));
                    if (keys.contains(key)) {
                        throw fault(child(where, 0), "a dict holds each key once; " + key + " appears twice");
                    }
                    keys.add(key);
                    values.add(value(pair.get(1), child(where, 1)));
                }
                return new TraceValue.PyDict(keys, values);
            }
            case "bytes" -> {
                SHAPE.allowKeys(node, at, "a bytes value", "bytes");
                String latin1 = SHAPE.string(content, inner);
                if (TraceValue.PyBytes.firstNonByte(latin1) >= 0) {
                    throw fault(inner, "a bytes value holds " + TraceValue.PyBytes.notBytes(latin1));
                }
                return new TraceValue.PyBytes(latin1);
            }
            case "error" -> {
                return error(node, at);
            }
            case "ref" -> {
                SHAPE.allowKeys(node, at, "a reference", "ref", "type");
                String name = SHAPE.string(content, inner);
                if (name.isEmpty()) {
                    throw fault(inner, "a reference names its object; the name is empty");
                }
                JsonNode type = node.get("type");
                if (type == null) {
                    throw fault(at, "missing \"type\" in a reference; one of " + String.join(", ", REFERENCE_TYPES));
                }
                if (!type.isTextual() || !REFERENCE_TYPES.contains(type.textValue())) {
                    throw fault(child(at, "type"), "unknown reference type " + brief(type) + "; one of "
                            + String.join(", ", REFERENCE_TYPES) + " (other objects are {\"object\": TYPE})");
                }
                return new TraceValue.Ref(type.textValue(), name);
            }
            case "object" -> {
                SHAPE.allowKeys(node, at, "an opaque object", "object");
                String type = SHAPE.string(content, inner);
                if (type.isEmpty()) {
                    throw fault(inner, "an opaque object names its Python type; the name is empty");
                }
                return new TraceValue.Opaque(type);
            }
            default -> {
                SHAPE.allowKeys(node, at, "a non-finite float", "float");
                if (!content.isTextual() || !NON_FINITE.contains(content.textValue())) {
                    throw fault(inner, "expected \"nan\", \"inf\" or \"-inf\", got " + brief(content));
                }
                String text = content.textValue();
                return new TraceValue.Float(text.equals("nan") ? Double.NaN
                        : text.equals("inf") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            }
        }
    }

    private static TraceValue.Error error(JsonNode node, String at) {
        SHAPE.allowKeys(node, at, "an exception", "error", "message");
        String type = SHAPE.string(node.get("error"), child(at, "error"));
        if (!TYPE_NAME.matcher(type).matches()) {
            throw fault(child(at, "error"), quote(type) + " is not a Python type name");
        }
        JsonNode message = node.get("message");
        if (message == null) {
            throw fault(at, "missing \"message\" in an exception (str(e); \"\" when it has none)");
        }
        return new TraceValue.Error(type, SHAPE.string(message, child(at, "message")));
    }

    private static List<TraceValue> values(JsonNode node, String at) {
        List<TraceValue> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(value(node.get(i), child(at, i)));
        }
        return items;
    }





    private static TraceSyntaxException fault(String at, String problem) {
        return new TraceSyntaxException(StrictJson.at(at, problem));
    }
}

package dev.asynciotck.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynciotck.json.JsonLayout;
import dev.asynciotck.json.StrictJson;
import java.util.List;

/**
 * The JSON form of traces and of the values in them (see {@code spec/language.md} and
 * {@code spec/schema/trace.schema.json}).
 *
 * <p>Values keep their Python shape: {@code null}, booleans, integers (no fraction or exponent),
 * floats (always with one, {@code 1.0}), strings, arrays (lists), {@code {"tuple": […]}},
 * {@code {"set": […]}}, {@code {"dict": [[KEY, VALUE], …]}}, {@code {"bytes": LATIN1}}, {@code {"error": TYPE, "message": TEXT}}, {@code {"ref": NAME, "type":
 * TYPE}}, {@code {"object": TYPE}}, and {@code {"float": "nan"|"inf"|"-inf"}} for the floats JSON
 * cannot carry. Writing checks what reading checks, so the codec never writes what it would not
 * read.
 */
public final class TraceJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TraceJson() {
    }

    /**
     * @param json a trace's JSON form
     * @return the trace
     * @throws TraceSyntaxException if it is not JSON or not a trace; the message names the JSON
     *                              Pointer of the fault
     */
    public static Trace read(String json) {
        return read(StrictJson.parse(json, TraceSyntaxException::new));
    }

    /**
     * @param json a trace's JSON form, as a tree
     * @return the trace
     * @throws TraceSyntaxException if it is not a trace; the message names the JSON Pointer of
     *                              the fault
     */
    public static Trace read(JsonNode json) {
        return TraceJsonReader.trace(json);
    }

    /**
     * @param trace a trace
     * @return its JSON form laid out for reading (one event per line when the whole does not fit
     *         on a line), ending with a newline
     * @throws TraceSyntaxException if the trace holds what its JSON form cannot (a record label
     *                              starting with {@code !}, an unknown reference type, a
     *                              non-finite time, …)
     */
    public static String write(Trace trace) {
        return JsonLayout.pretty(toJson(trace));
    }

    /**
     * @param trace a trace
     * @return its JSON form as a tree, keys in a fixed order: {@code format}, {@code events}
     *         ({@code kind} omitted for record events, {@code label} omitted when empty for
     *         handler events, {@code value} and {@code time} omitted when absent), {@code raised}
     *         (omitted when the program completed)
     * @throws TraceSyntaxException if the trace holds what its JSON form cannot
     */
    public static JsonNode toJson(Trace trace) {
        ObjectNode root = NODES.objectNode();
        root.put("format", Trace.FORMAT);
        ArrayNode events = root.putArray("events");
        for (Event e : trace.events()) {
            ObjectNode event = events.addObject();
            if (e.kind() == Event.Kind.HANDLER) {
                event.put("kind", "handler");
            }
            if (e.kind() != Event.Kind.HANDLER || !e.label().isEmpty()) {
                event.put("label", e.label());
            }
            if (e.value() != null) {
                event.set("value", plainValue(e.value()));
            }
            if (e.time() != null) {
                event.put("time", e.time().doubleValue());
            }
        }
        if (trace.raised() != null) {
            root.set("raised", plainValue(trace.raised()));
        }
        TraceJsonReader.trace(root);
        return root;
    }

    /**
     * @param value a value
     * @return its JSON form
     * @throws TraceSyntaxException if the value holds what its JSON form cannot (an unknown
     *                              reference type, an exception type that is not a name, a set
     *                              holding an item twice, …)
     */
    public static JsonNode valueToJson(TraceValue value) {
        JsonNode json = plainValue(value);
        TraceJsonReader.value(json, "");
        return json;
    }

    /**
     * @param json a value's JSON form
     * @return the value
     * @throws TraceSyntaxException if it is not a value; the message names the JSON Pointer of
     *                              the fault within {@code json}
     */
    public static TraceValue valueFromJson(JsonNode json) {
        return TraceJsonReader.value(json, "");
    }

    private static JsonNode plainValue(TraceValue value) {
        if (value instanceof TraceValue.None) {
            return NODES.nullNode();
        } else if (value instanceof TraceValue.Bool b) {
            return NODES.booleanNode(b.value());
        } else if (value instanceof TraceValue.Int i) {
            return NODES.numberNode(i.value());
        } else if (value instanceof TraceValue.Float f) {
            return floatValue(f.value());
        } else if (value instanceof TraceValue.Str s) {
            return NODES.textNode(s.value());
        } else if (value instanceof TraceValue.PyList l) {
            return items(l.items());
        }
        ObjectNode out = NODES.objectNode();
        if (value instanceof TraceValue.Tuple t) {
            out.set("tuple", items(t.items()));
        } else if (value instanceof TraceValue.PySet s) {
            out.set("set", items(s.items()));
        } else if (value instanceof TraceValue.PyBytes b) {
            out.put("bytes", b.latin1());
        } else if (value instanceof TraceValue.PyDict d) {
            ArrayNode pairs = out.putArray("dict");
            for (int i = 0; i < d.keys().size(); i++) {
                pairs.addArray().add(plainValue(d.keys().get(i))).add(plainValue(d.values().get(i)));
            }
        } else if (value instanceof TraceValue.Error e) {
            out.put("error", e.type());
            out.put("message", e.message());
        } else if (value instanceof TraceValue.Ref r) {
            out.put("ref", r.name());
            out.put("type", r.type());
        } else {
            out.put("object", ((TraceValue.Opaque) value).type());
        }
        return out;
    }

    private static JsonNode floatValue(double value) {
        if (Double.isFinite(value)) {
            return NODES.numberNode(value);
        }
        String text = Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        return NODES.objectNode().put("float", text);
    }

    private static ArrayNode items(List<TraceValue> items) {
        ArrayNode out = NODES.arrayNode();
        items.forEach(v -> out.add(plainValue(v)));
        return out;
    }
}

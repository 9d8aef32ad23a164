package dev.asynciotck.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static dev.asynciotck.json.StrictJson.brief;
import static dev.asynciotck.json.StrictJson.quote;

/**
 * The shape checks both JSON readers make (a string here, an array there, only these keys),
 * each failing with the reader's own exception, which names the JSON Pointer.
 */
public final class JsonShape {

    /** Makes a reader's exception for a problem at a JSON Pointer. */
    @FunctionalInterface
    public interface Fault {
        /**
         * @param pointer where
         * @param problem what is wrong
         * @return the exception to throw
         */
        RuntimeException at(String pointer, String problem);
    }

    private final Fault fault;

    /** @param fault the reader's exception factory */
    public JsonShape(Fault fault) {
        this.fault = fault;
    }

    /**
     * @param node a node
     * @param at   its pointer
     * @return its text
     */
    public String string(JsonNode node, String at) {
        if (!node.isTextual()) {
            throw fault.at(at, "expected a string, got " + brief(node));
        }
        return node.textValue();
    }

    /**
     * @param node a node
     * @param at   its pointer
     * @param what what the array holds, for the message
     * @return the node
     */
    public JsonNode array(JsonNode node, String at, String what) {
        if (!node.isArray()) {
            throw fault.at(at, "expected an array of " + what + ", got " + brief(node));
        }
        return node;
    }

    /**
     * @param node a node, possibly {@code null}
     * @param at   its pointer
     * @param what what the object is, for the message
     */
    public void object(JsonNode node, String at, String what) {
        if (node == null || !node.isObject()) {
            throw fault.at(at, "expected " + what + " (an object), got " + brief(node));
        }
    }

    /**
     * @param node    an object
     * @param at      its pointer
     * @param what    what the object is, for the message
     * @param allowed its keys
     */
    public void allowKeys(JsonNode node, String at, String what, String... allowed) {
        List<String> keys = List.of(allowed);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!keys.contains(entry.getKey())) {
                throw fault.at(at, "unknown key " + quote(entry.getKey()) + " in " + what
                        + "; its keys are " + String.join(", ", keys));
            }
        }
    }
}

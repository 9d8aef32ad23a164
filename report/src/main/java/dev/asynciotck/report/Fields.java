package dev.asynciotck.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed access to the keys of a JSON object read from a file. A problem is a
 * {@link ReportException} naming the file, the JSON Pointer of the value and what is wrong. Keys
 * not asked for are ignored (spec/reports.md: readers ignore keys they do not know).
 */
final class Fields {

    private final Path file;
    private final JsonNode node;
    private final String pointer;

    /**
     * @param file    the file the object comes from, for messages
     * @param node    the object
     * @param pointer its JSON Pointer in the file ("" for the top level)
     */
    Fields(Path file, JsonNode node, String pointer) {
        this.file = file;
        this.node = node;
        this.pointer = pointer;
    }

    /** @param key a required key holding an object @return its fields */
    Fields object(String key) {
        JsonNode value = required(key);
        if (!value.isObject()) {
            throw wrong(key, "an object", value);
        }
        return new Fields(file, value, at(key));
    }

    /** @param key a required key holding an array of objects @return the fields of each element */
    List<Fields> objects(String key) {
        JsonNode value = array(key);
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isObject()) {
                throw problem(at(key) + "/" + i, "expected an object, got " + kind(element));
            }
            out.add(new Fields(file, element, at(key) + "/" + i));
        }
        return out;
    }

    /** @param key a required key holding a string @return the string */
    String text(String key) {
        JsonNode value = required(key);
        if (!value.isTextual()) {
            throw wrong(key, "a string", value);
        }
        return value.asText();
    }

    /** @param key an optional key holding a string or null @return the string, or null when absent or null */
    String optionalText(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrong(key, "a string or null", value);
        }
        return value.asText();
    }

    /** @param key a required key holding a number @return the number */
    double number(String key) {
        JsonNode value = required(key);
        if (!value.isNumber()) {
            throw wrong(key, "a number", value);
        }
        return value.asDouble();
    }

    /** @param key a required key holding an integer @return the integer */
    long integer(String key) {
        JsonNode value = required(key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrong(key, "an integer", value);
        }
        return value.asLong();
    }

    /** @param key an optional key holding a boolean @return its value, false when absent or null */
    boolean flag(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw wrong(key, "true or false", value);
        }
        return value.asBoolean();
    }

    /** @param key a required key holding an array of strings @return the strings */
    List<String> texts(String key) {
        JsonNode value = array(key);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw problem(at(key) + "/" + i, "expected a string, got " + kind(value.get(i)));
            }
            out.add(value.get(i).asText());
        }
        return out;
    }

    /** @param key a required key holding an array of integers @return the integers */
    List<Long> integers(String key) {
        JsonNode value = array(key);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isIntegralNumber() || !value.get(i).canConvertToLong()) {
                throw problem(at(key) + "/" + i, "expected an integer, got " + kind(value.get(i)));
            }
            out.add(value.get(i).asLong());
        }
        return out;
    }

    /** @param key a key @return whether the object has it, with a value other than null */
    boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    /** @param key a key @return its JSON Pointer in the file */
    String at(String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * @param at      a JSON Pointer in the file
     * @param message what is wrong there
     * @return the exception to throw, naming the file and the pointer
     */
    ReportException problem(String at, String message) {
        return new ReportException(file + ": at " + (at.isEmpty() ? "(top level)" : at) + ": " + message);
    }

    /** @return the file the object comes from */
    Path file() {
        return file;
    }

    /** @param value a JSON value @return what kind of value it is, for messages */
    static String kind(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return "null";
    }

    private JsonNode array(String key) {
        JsonNode value = required(key);
        if (!value.isArray()) {
            throw wrong(key, "an array", value);
        }
        return value;
    }

    private JsonNode required(String key) {
        JsonNode value = node.get(key);
        if (value == null) {
            throw problem(pointer, "missing \"" + key + "\"");
        }
        return value;
    }

    private ReportException wrong(String key, String expected, JsonNode got) {
        return problem(at(key), "expected " + expected + ", got " + kind(got));
    }
}

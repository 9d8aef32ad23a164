package dev.asynciotck.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Strict JSON reading for the kit's documents, and the helpers their error messages use.
 *
 * <p>Parsing rejects duplicate keys, trailing content and non-standard tokens ({@code NaN},
 * comments, single quotes). A number with a fraction or an exponent is read as a
 * {@link com.fasterxml.jackson.databind.node.DoubleNode} (so {@code 1.0} stays a float) and a
 * number without either as an integral node, so ints and floats stay distinct.
 *
 * <p>Locations are JSON Pointers (RFC 6901): {@code ""} is the whole document,
 * {@code /main/3/value} the value of the fourth statement of {@code main}.
 */
public final class StrictJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final int BRIEF_LENGTH = 40;

    private StrictJson() {
    }

    /**
     * Parses a JSON document.
     *
     * @param text  the document
     * @param error makes the exception to throw from a message that says what is wrong and
     *              where (line and column)
     * @return the document's root
     */
    public static JsonNode parse(String text, Function<String, ? extends RuntimeException> error) {
        if (text == null || text.isBlank()) {
            throw error.apply("not JSON: the document is empty");
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String position = where == null ? ""
                    : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            throw error.apply("not JSON: " + e.getOriginalMessage() + position);
        }
    }

    /**
     * @param node a JSON node
     * @return its compact form, as on one line
     */
    public static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @param node a JSON node
     * @return its compact form, cut short with {@code …} when long, for an error message
     */
    public static String brief(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String text = compact(node);
        return text.length() <= BRIEF_LENGTH ? text : text.substring(0, BRIEF_LENGTH - 1) + "…";
    }

    /**
     * @param node a JSON object
     * @return its keys with elided values, like {@code {"cal": …, "args": …}}, for an error message
     */
    public static String keysOf(JsonNode node) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            parts.add(quote(field.getKey()) + ": …");
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /**
     * @param text a string
     * @return it as a JSON string literal, for an error message
     */
    public static String quote(String text) {
        return compact(MAPPER.getNodeFactory().textNode(text));
    }

    /**
     * @param pointer a JSON Pointer
     * @param key     a key of the object it points at
     * @return the pointer to the key's value
     */
    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * @param pointer a JSON Pointer
     * @param index   an index in the array it points at
     * @return the pointer to the item
     */
    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * @param pointer a JSON Pointer
     * @param problem what is wrong there
     * @return the error message: {@code at POINTER: PROBLEM}, with {@code (root)} for the whole
     *         document
     */
    public static String at(String pointer, String problem) {
        return "at " + (pointer.isEmpty() ? "(root)" : pointer) + ": " + problem;
    }
}

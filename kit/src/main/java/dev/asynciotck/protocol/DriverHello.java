package dev.asynciotck.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asynciotck.json.StrictJson;
import dev.asynciotck.loop.Capability;
import dev.asynciotck.loop.Implementation;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The driver's hello (schema {@code protocol/hello-driver.schema.json}): what it runs and what it
 * can do.
 *
 * @param implementation  the loop and the runtime
 * @param capabilities    what it offers beyond the core
 * @param clockResolution the resolution of the loop's {@code time()}, in seconds
 */
record DriverHello(Implementation implementation, Set<Capability> capabilities, double clockResolution) {

    /** The protocol version this kit speaks. */
    static final int PROTOCOL = 1;

    private static final List<String> KEYS =
            List.of("type", "protocol", "implementation", "runtime", "capabilities", "clock_resolution");

    DriverHello {
        capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
    }

    /**
     * @param json the driver's first line, parsed
     * @return the protocol version it names
     * @throws DriverFailure if it is not a hello with an integer protocol
     */
    static int protocolOf(JsonNode json) {
        if (!json.isObject() || !"hello".equals(json.path("type").asText(null))) {
            throw new DriverFailure("the driver's first line is not a hello: " + StrictJson.brief(json));
        }
        JsonNode protocol = json.get("protocol");
        if (protocol == null || !protocol.isIntegralNumber() || !protocol.canConvertToInt()) {
            throw new DriverFailure("the driver's hello has no integer \"protocol\": " + StrictJson.brief(json));
        }
        return protocol.intValue();
    }

    /**
     * @param json a hello of protocol {@value #PROTOCOL}
     * @return what it says
     * @throws DriverFailure naming the field that is missing or malformed
     */
    static DriverHello parse(JsonNode json) {
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            if (!KEYS.contains(field.getKey())) {
                throw malformed("unknown key " + StrictJson.quote(field.getKey()) + "; its keys are "
                        + String.join(", ", KEYS));
            }
        }
        String[] implementation = nameAndVersion(json, "implementation");
        String[] runtime = nameAndVersion(json, "runtime");
        JsonNode caps = json.get("capabilities");
        if (caps == null || !caps.isArray()) {
            throw malformed("\"capabilities\" is an array of " + Capability.wireNames());
        }
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        for (JsonNode cap : caps) {
            Capability c = cap.isTextual() ? Capability.byWireName(cap.textValue()).orElse(null) : null;
            if (c == null) {
                throw malformed("unknown capability " + StrictJson.brief(cap) + "; the capabilities are "
                        + Capability.wireNames());
            }
            capabilities.add(c);
        }
        JsonNode resolution = json.get("clock_resolution");
        if (resolution == null || !resolution.isNumber() || !(resolution.doubleValue() > 0)) {
            throw malformed("\"clock_resolution\" is a positive number of seconds, got " + StrictJson.brief(resolution));
        }
        return new DriverHello(new Implementation(implementation[0], implementation[1], runtime[0], runtime[1]),
                capabilities, resolution.doubleValue());
    }

    private static String[] nameAndVersion(JsonNode json, String key) {
        JsonNode node = json.get(key);
        if (node == null || !node.isObject() || node.size() != 2 || !nonEmptyText(node.get("name"))
                || !nonEmptyText(node.get("version"))) {
            throw malformed(StrictJson.quote(key) + " is {\"name\": …, \"version\": …} (non-empty strings), got "
                    + StrictJson.brief(node));
        }
        return new String[] {node.get("name").textValue(), node.get("version").textValue()};
    }

    private static boolean nonEmptyText(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isEmpty();
    }

    private static DriverFailure malformed(String problem) {
        return new DriverFailure("the driver's hello is malformed: " + problem);
    }
}

package dev.asynciotck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The workloads of {@code workloads.json}: each one's operations per run, by name. */
final class Workloads {

    /** The operations of one run of each workload. */
    static final Map<String, Integer> OPS = read("ops", JsonNode::intValue);
    /** The bare-structure benchmark of each workload that has one ({@link BareStructureBenchmarks}). */
    static final Map<String, String> BARE = read("bare", JsonNode::textValue);

    private Workloads() {
    }

    /** @return the field of each workload that has it, by workload name */
    private static <T> Map<String, T> read(String field, Function<JsonNode, T> value) {
        try (InputStream in = Workloads.class.getResourceAsStream("workloads.json")) {
            Map<String, T> values = new LinkedHashMap<>();
            for (JsonNode w : new ObjectMapper().readTree(in).get("workloads")) {
                JsonNode v = w.get(field);
                if (v != null) {
                    values.put(w.get("name").textValue(), value.apply(v));
                }
            }
            return Map.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the operations of one run of {@code workload} */
    static int ops(String workload) {
        Integer n = OPS.get(workload);
        if (n == null) {
            throw new IllegalArgumentException("no workload " + workload + " in workloads.json");
        }
        return n;
    }
}

package dev.asynciotck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The workloads of {@code workloads.json}: each one's operations per run, by name. */
final class Workloads {

    /** The operations of one run of each workload. */
    static final Map<String, Integer> OPS = read();

    private Workloads() {
    }

    private static Map<String, Integer> read() {
        try (InputStream in = Workloads.class.getResourceAsStream("workloads.json")) {
            Map<String, Integer> ops = new LinkedHashMap<>();
            for (JsonNode w : new ObjectMapper().readTree(in).get("workloads")) {
                ops.put(w.get("name").textValue(), w.get("ops").intValue());
            }
            return Map.copyOf(ops);
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

package dev.asynciotck.seededbugs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one {@code tck run} of the kit on a seeded-bug loop did, read from its report folder
 * (written by {@link ProofBatch}).
 *
 * @param loop    the loop run
 * @param exit    what {@code tck run} exited with (-1: it did not end)
 * @param output  what it printed
 * @param summary its {@code summary.json}, or null when it wrote none
 * @param command the command that ran, to repeat it by hand
 */
record KitRun(SeededLoop loop, int exit, String output, JsonNode summary, String command) {

    /** The file of a run's report folder that holds what it printed. */
    static final String OUTPUT = "output.txt";

    /** The file of a run's report folder that holds its exit status. */
    static final String EXIT = "exit.txt";

    /**
     * A run to make.
     *
     * @param loop    the loop to run the kit on
     * @param clauses the clauses to run the checks of (empty: all)
     * @param python  the Python interpreter of the driver
     * @param seed    the seed of the properties
     * @param tries   how many programs each property runs
     * @param report  the run's report folder
     */
    record Request(SeededLoop loop, List<String> clauses, String python, long seed, int tries, Path report) {

        /** @return the arguments of {@code tck} that make the run */
        List<String> arguments() {
            List<String> out = new ArrayList<>(List.of("run", "--loop", loop.loopId(), "--python", python,
                    "--seed", Long.toString(seed), "--tries", Integer.toString(tries), "--report", report.toAbsolutePath().toString(),
                    "--long", "false"));  // a minute per Python loop: the reference loop's run has the long checks
            if (!clauses.isEmpty()) {
                out.add("--clauses");
                out.add(String.join(",", clauses));
            }
            return out;
        }

        /** @return the command that repeats the run by hand, from the repository's root */
        String shown() {
            return "PYTHONPATH=" + SeededLoop.PYTHON_FOLDER.toAbsolutePath() + " ./tck run --loop " + loop.loopId()
                    + " --python " + python + " --seed " + seed + " --tries " + tries
                    + (clauses.isEmpty() ? "" : " --clauses " + String.join(",", clauses));
        }

        /**
         * @param workerLog what the worker JVM that made the run printed outside its runs
         * @return what the run did, from its report folder
         */
        KitRun result(Path workerLog) {
            try {
                Path exit = report.resolve(EXIT);
                Path output = report.resolve(OUTPUT);
                String printed = Files.exists(output) ? Files.readString(output) : "";
                if (!Files.exists(exit)) {
                    return new KitRun(loop, -1, "the run did not end: it overran the time limit, or its worker JVM stopped; "
                            + "the worker printed:\n"
                            + (Files.exists(workerLog) ? Files.readString(workerLog) : "nothing") + "\nthe run printed:\n"
                            + printed, null, shown());
                }
                Path summary = report.resolve("summary.json");
                JsonNode json = Files.exists(summary) ? new ObjectMapper().readTree(summary.toFile()) : null;
                return new KitRun(loop, Integer.parseInt(Files.readString(exit).trim()), printed, json, shown());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the report of the run on " + loop.loopId() + " in " + report, e);
            }
        }
    }

    /** @return the root causes the run reported */
    List<String> rootCauses() {
        List<String> out = new ArrayList<>();
        if (summary != null) {
            summary.path("rootCauses").forEach(r -> out.add(r.path("clause").asText()));
        }
        return out;
    }

    /**
     * @param clause a clause id
     * @return its verdict in the run ({@code passed}, {@code failed}, {@code explained}, …), or
     * {@code "not run"}
     */
    String verdictOf(String clause) {
        if (summary != null) {
            for (JsonNode c : summary.path("clauses")) {
                if (c.path("id").asText().equals(clause)) {
                    return c.path("verdict").asText() + (c.has("explainedBy") ? " by " + c.get("explainedBy") : "");
                }
            }
        }
        return "not run";
    }

    /** @return the command and the end of what the run printed, for a failure message */
    String evidence() {
        List<String> lines = output.lines().toList();
        int from = Math.max(0, lines.size() - 40);
        return "\n  ran: " + command + "\n  exit " + exit + "; the end of its output:\n    "
                + String.join("\n    ", lines.subList(from, lines.size()));
    }
}

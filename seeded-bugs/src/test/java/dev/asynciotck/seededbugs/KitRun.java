package dev.asynciotck.seededbugs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynciotck.runner.Tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code tck run} of the kit on a seeded-bug loop, in a JVM of its own (the kit's settings
 * are per JVM, so that several runs can go at once), with the {@code seeded_bugs} package on the
 * Python driver's PYTHONPATH.
 *
 * @param loop    the loop run
 * @param exit    what {@code tck run} exited with
 * @param output  what it printed
 * @param summary its {@code summary.json}, or null when it wrote none
 * @param command the command that ran, to repeat it by hand
 */
record KitRun(SeededLoop loop, int exit, String output, JsonNode summary, String command) {

    /** Longer than any run takes: the kit itself bounds every program by its time budget. */
    private static final long RUN_LIMIT_MINUTES = 15;

    /**
     * @param loop    the loop to run the kit on
     * @param clauses the clauses to run the checks of (empty: all)
     * @param python  the Python interpreter of the driver
     * @param reports where the run's reports go (a folder per loop is made in it)
     * @return what the run did
     */
    static KitRun of(SeededLoop loop, List<String> clauses, String python, Path reports) {
        Path report = reports.resolve(loop.module()).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                Tck.class.getName(), "run", "--loop", loop.loopId(), "--python", python, "--report", report.toString()));
        if (!clauses.isEmpty()) {
            command.add("--clauses");
            command.add(String.join(",", clauses));
        }
        String shown = "PYTHONPATH=" + SeededLoop.PYTHON_FOLDER.toAbsolutePath() + " ./tck run --loop " + loop.loopId()
                + " --python " + python + (clauses.isEmpty() ? "" : " --clauses " + String.join(",", clauses));
        try {
            Files.createDirectories(report);
            Path output = report.resolve("output.txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            String pythonPath = System.getenv("PYTHONPATH");
            builder.environment().put("PYTHONPATH", SeededLoop.PYTHON_FOLDER.toAbsolutePath()
                    + (pythonPath == null || pythonPath.isBlank() ? "" : ":" + pythonPath));
            Process process = builder.start();
            if (!process.waitFor(RUN_LIMIT_MINUTES, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new KitRun(loop, -1, "still running after " + RUN_LIMIT_MINUTES + " minutes: stopped\n"
                        + Files.readString(output), null, shown);
            }
            Path summary = report.resolve("summary.json");
            JsonNode json = Files.exists(summary) ? new ObjectMapper().readTree(summary.toFile()) : null;
            // the seed the run's properties drew, so that the command shown replays the same programs
            String seed = json == null || !json.path("selection").has("seed") ? ""
                    : " --seed " + json.path("selection").path("seed").asText();
            return new KitRun(loop, process.exitValue(), Files.readString(output), json, shown + seed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the kit on " + loop.loopId(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the kit ran on " + loop.loopId(), e);
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

package dev.asynciotck.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.asynciotck.program.ProgramJson;
import dev.asynciotck.program.ProgramText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two readers of the programs' text form agree: for every scenario program of the features,
 * the Java kit's ({@link ProgramText#parse}, then {@link ProgramJson}) and the Python driver's
 * ({@code drivers/python/tck_text.py}, which the CPython ground-truth check uses) give the same
 * functions and main statements. The Python is {@code TCK_PYTHON}, else {@code /usr/bin/python3}
 * if present, else {@code python3}.
 */
class TextFormsAgreeTest {

    private static final Path FEATURES = Path.of("src", "main", "resources", "features");
    private static final Path TCK_TEXT = Path.of("..", "drivers", "python", "tck_text.py");
    private static final String PROGRAM_STEP = "the program:";
    private static final String DELIMITER = "\"\"\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A scenario's program: where it is (file:line of its doc string) and its text. */
    private record Program(String where, String text) {
    }

    @Test
    void javaAndPythonReadEveryScenarioProgramAlike() throws IOException, InterruptedException {
        List<Program> programs = programs();
        assertTrue(programs.size() >= 100, "only " + programs.size() + " scenario programs found under " + FEATURES);
        JsonNode python = readWithPython(programs);
        assertEquals(programs.size(), python.size(), "tck_text.py's answers, one per program");
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            Program p = programs.get(i);
            JsonNode py = python.get(i);
            if (py.has("error")) {
                differences.add(p.where() + ": Python refuses it: " + py.get("error").asText());
                continue;
            }
            JsonNode java;
            try {
                java = JSON.readTree(ProgramJson.write(ProgramText.parse(p.text())));
            } catch (RuntimeException e) {
                differences.add(p.where() + ": Java refuses it: " + e.getMessage());
                continue;
            }
            for (String part : List.of("functions", "main")) {
                if (!java.path(part).equals(py.path("program").path(part))) {
                    differences.add(p.where() + ": \"" + part + "\" differs\n  Java:   " + java.path(part)
                            + "\n  Python: " + py.path("program").path(part));
                }
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " of " + programs.size()
                + " scenario programs read differently:\n" + String.join("\n", differences));
    }

    /** @return every scenario program of the features, in file order */
    private static List<Program> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FEATURES)) {
            files = walk.filter(f -> f.toString().endsWith(".feature")).sorted().collect(Collectors.toList());
        }
        List<Program> programs = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().endsWith(PROGRAM_STEP) && i + 1 < lines.size()
                        && lines.get(i + 1).strip().startsWith(DELIMITER)) {
                    int indent = lines.get(i + 1).indexOf(DELIMITER);
                    StringBuilder text = new StringBuilder();
                    int j = i + 2;
                    while (j < lines.size() && !lines.get(j).strip().equals(DELIMITER)) {
                        String line = lines.get(j++);
                        text.append(line.substring(Math.min(indent, line.length() - line.stripLeading().length())))
                                .append('\n');
                    }
                    programs.add(new Program(FEATURES.relativize(file) + ":" + (i + 2), text.toString()));
                    i = j;
                }
            }
        }
        return programs;
    }

    /** @return tck_text.py's answers: for each program {"program": JSON} or {"error": message} */
    private static JsonNode readWithPython(List<Program> programs) throws IOException, InterruptedException {
        ArrayNode texts = JSON.createArrayNode();
        programs.forEach(p -> texts.add(p.text()));
        Path errors = Files.createTempFile("tck-text-", ".stderr");
        try {
            Process process = new ProcessBuilder(python(), TCK_TEXT.toString(), "--programs-to-json")
                    .redirectError(errors.toFile()).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(JSON.writeValueAsBytes(texts));
            }
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tck_text.py did not end within 60 s");
            assertEquals(0, process.exitValue(), () -> "tck_text.py failed: " + read(errors));
            return JSON.readTree(out);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String python() {
        String environment = System.getenv("TCK_PYTHON");
        if (environment != null && !environment.isBlank()) {
            return environment.strip();
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }
}

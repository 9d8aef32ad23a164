package dev.asynciotck.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Python driver's own self-test, as part of the build: its programs and protocol, and its
 * conformance to the vocabulary (a name the driver accepts that {@code spec/vocabulary.json} lacks,
 * or one the vocabulary has that the driver lacks, fails it).
 */
class PythonDriverSelfTest {

    @Test
    void theDriversSelfTestPassesOnTheGroundTruthInterpreter() throws Exception {
        Path driver = Path.of("../drivers/python/tck_driver.py");
        Process p = new ProcessBuilder(List.of(TestPython.INTERPRETER, driver.toString(), "--self-test"))
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the self-test did not end within 120 s:\n" + out);
        List<String> lines = out.strip().lines().toList();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        assertTrue(last.matches("\\d+ passed, 0 failed"), "the driver's self-test failed:\n" + out);
        assertEquals(0, p.exitValue(), out);
    }
}

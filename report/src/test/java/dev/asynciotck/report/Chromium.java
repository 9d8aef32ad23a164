package dev.asynciotck.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Headless Chromium for the rendering tests: where it is ({@code TCK_CHROMIUM}, else
 * {@code chromium}, {@code chromium-browser} or {@code google-chrome} on the PATH) and what it makes
 * of a page ({@code --dump-dom}: the DOM after the page's scripts ran, and its log on stderr).
 */
final class Chromium {

    /** What to tell whoever has no Chromium. */
    static final String INSTALL = "install Debian's chromium: apt-get install -y chromium "
            + "(or set TCK_CHROMIUM to a Chromium or Chrome executable)";

    /** The hang guard: a page that does not load within this is killed and the test fails. */
    private static final long GUARD_SECONDS = 90;
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /**
     * @return the browser, if there is one
     * @throws AssertionError if {@code TCK_CHROMIUM} names something that is not an executable
     */
    static Optional<Chromium> find() {
        String configured = System.getenv("TCK_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.trim());
            if (!Files.isExecutable(path)) {
                fail("TCK_CHROMIUM=" + configured + " is not an executable file; " + INSTALL);
            }
            return Optional.of(new Chromium(path));
        }
        String pathVariable = System.getenv().getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(new Chromium(Path.of(dir, name)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Loads a page headless and returns its DOM once loaded. Fails the test (not a timed
     * assertion: a hang guard) when Chromium does not finish within {@value #GUARD_SECONDS} s,
     * killing it, or when it exits with a failure.
     *
     * @param url     the page, e.g. {@code file:///tmp/x/matrix.html}
     * @param scratch a fresh directory for the profile and the output
     * @return the dumped DOM and Chromium's log
     */
    Dump dumpDom(String url, Path scratch) throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path out = scratch.resolve("dom.html");
        Path err = scratch.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--enable-logging=stderr", "--v=0", "--no-first-run", "--user-data-dir=" + scratch.resolve("profile"),
                "--dump-dom", url)
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            fail(executable + " did not finish loading " + url + " within " + GUARD_SECONDS + " s (hang guard); killed it."
                    + "\nits log:\n" + tail(Files.readString(err, StandardCharsets.UTF_8)));
        }
        String log = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), executable + " failed on " + url + "; its log:\n" + tail(log));
        return new Dump(Files.readString(out, StandardCharsets.UTF_8), log);
    }

    private static String tail(String log) {
        return log.length() <= 4000 ? log : "…" + log.substring(log.length() - 4000);
    }

    /**
     * What Chromium made of a page.
     *
     * @param dom the DOM after the page loaded, serialized
     * @param log Chromium's stderr (console messages appear as {@code INFO:CONSOLE} lines)
     */
    record Dump(String dom, String log) {

        /**
         * @param pageName the page's file name
         * @return the log lines about the page's console or an uncaught error
         */
        List<String> consoleLines(String pageName) {
            return log.lines().filter(l -> l.contains("Uncaught")
                    || (l.contains(":CONSOLE") && l.contains(pageName))).toList();
        }
    }
}

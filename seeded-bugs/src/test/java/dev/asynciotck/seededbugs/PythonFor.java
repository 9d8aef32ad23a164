package dev.asynciotck.seededbugs;

import dev.asynciotck.clause.Clause;
import dev.asynciotck.settings.Setting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Python a seeded-bug run uses for a clause: the kit's ({@code tck.python}) when the clause
 * holds for its version, else the first interpreter found on this machine that the clause holds
 * for (a {@code python3.N} on the PATH, or a pyenv version), else none: a clause new in 3.13 cannot
 * be proven on a machine with only 3.11.
 */
final class PythonFor {

    private static final Map<String, int[]> VERSIONS = new LinkedHashMap<>();

    private PythonFor() {
    }

    /**
     * @param clause a clause
     * @return the interpreter to run its seeded-bug loop on, if this machine has one it holds for
     */
    static synchronized Optional<String> clause(Clause clause) {
        for (String python : candidates()) {
            int[] v = version(python);
            if (v != null && clause.appliesTo(v[0], v[1])) {
                return Optional.of(python);
            }
        }
        return Optional.empty();
    }

    private static List<String> candidates() {
        List<String> out = new ArrayList<>(List.of(Setting.PYTHON.value()));
        for (int minor = 10; minor <= 20; minor++) {
            out.add("python3." + minor);
        }
        Path pyenv = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        if (Files.isDirectory(pyenv)) {
            try (Stream<Path> versions = Files.list(pyenv)) {
                versions.sorted().map(v -> v.resolve("bin").resolve("python3")).filter(Files::isExecutable)
                        .forEach(p -> out.add(p.toString()));
            } catch (IOException e) {
                // no pyenv versions to offer
            }
        }
        return out;
    }

    /** @return {major, minor} of an interpreter, or null if it does not run */
    private static int[] version(String python) {
        return VERSIONS.computeIfAbsent(python, p -> {
            try {
                Process process = new ProcessBuilder(p, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])")
                        .redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    return null;
                }
                String[] parts = out.split(" ");
                return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
            } catch (IOException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        });
    }
}

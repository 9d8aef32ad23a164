package dev.asynciotck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The three fixture runs under {@code src/test/resources/runs/} (spec/reports.md): {@code reference}
 * (all passed, three clauses untested), {@code python-asyncio} (CPython 3.10: the four 3.11+ clauses
 * skipped), {@code python-uvloop} (one failed clause, expected failures, eight saved cases of real
 * uvloop 0.17.0 traces). Tests work on copies.
 */
final class Fixtures {

    /** The fixture runs, in column order. */
    static final List<String> RUNS = List.of("reference", "python-asyncio", "python-uvloop");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /**
     * @param target a fresh directory
     * @return copies of the three runs in it, in column order
     */
    static List<Path> copyRuns(Path target) {
        List<Path> out = new ArrayList<>();
        for (String run : RUNS) {
            out.add(copyRun(run, target.resolve(run)));
        }
        return out;
    }

    /**
     * @param run    a fixture run's name
     * @param target where the copy goes
     * @return the copy
     */
    static Path copyRun(String run, Path target) {
        Path source = resource("runs/" + run);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** @param file a JSON file @return its tree, read independently of the code under test */
    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the shared mapper, for tests that write JSON */
    static ObjectMapper mapper() {
        return JSON;
    }

    private static Path resource(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

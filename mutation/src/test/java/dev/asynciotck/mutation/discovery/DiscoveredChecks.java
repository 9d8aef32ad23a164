package dev.asynciotck.mutation.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The unique ids of a test class's checks, as the coverage minion discovered them, kept for the
 * mutation minions of the same pitest run: each of them would otherwise parse every feature file
 * again as it starts (some 2 s of a cold minion's start, measured on 2026-12-05). The coverage
 * minion always runs first and always writes the list, so a list read is never an earlier build's.
 * The directory is the system property {@value #DIRECTORY_PROPERTY} (set in the mutation module's
 * pom); without it nothing is kept and every minion discovers.
 */
final class DiscoveredChecks {

    static final String DIRECTORY_PROPERTY = "tck.mutation.discovered";

    private DiscoveredChecks() {
    }

    /** @return the unique ids kept for the class, if a list was written in this run */
    static Optional<List<String>> read(Class<?> testClass) {
        return file(testClass).filter(Files::isRegularFile).map(f -> {
            try {
                return Files.readAllLines(f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the checks discovered in " + f, e);
            }
        });
    }

    /** Keeps the unique ids discovered for the class. */
    static void write(Class<?> testClass, List<String> uniqueIds) {
        file(testClass).ifPresent(f -> {
            try {
                Files.createDirectories(f.getParent());
                Path partial = f.resolveSibling(f.getFileName() + ".partial");
                Files.write(partial, uniqueIds);
                Files.move(partial, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the checks discovered in " + f, e);
            }
        });
    }

    private static Optional<Path> file(Class<?> testClass) {
        String directory = System.getProperty(DIRECTORY_PROPERTY, "");
        return directory.isBlank() ? Optional.empty() : Optional.of(Path.of(directory, testClass.getName() + ".txt"));
    }
}

package dev.asynciotck.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a run saves its cases: {@code cases/} in the report directory named by the system
 * property {@value #PROPERTY} ({@code ./tck} sets it from {@code --report}; the Maven build sets
 * it to {@code target/tck-report} of each module). Without it nothing is saved.
 */
public final class CaseDirectory {

    /** The system property naming the report directory. */
    public static final String PROPERTY = "tck.report";

    private static final AtomicInteger NEXT = new AtomicInteger(1);
    private static final int SLUG_LENGTH = 60;

    private final Path directory;

    private CaseDirectory(Path directory) {
        this.directory = directory;
    }

    /** @return the case directory of this run, if a report directory is configured */
    public static Optional<CaseDirectory> fromConfiguration() {
        String report = System.getProperty(PROPERTY, "").trim();
        return report.isEmpty() ? Optional.empty() : Optional.of(new CaseDirectory(Path.of(report).resolve("cases")));
    }

    /**
     * Saves a case as {@code NNNN-name.json}, with its replay command filled in.
     *
     * @param saved the case (its {@code replay} is replaced)
     * @return the file written
     * @throws UncheckedIOException if it cannot be written
     */
    public Path save(SavedCase saved) {
        try {
            Files.createDirectories(directory);
            while (true) {
                Path file = directory.resolve(String.format("%04d-%s.json", NEXT.getAndIncrement(), slug(saved.check().name())));
                try {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException e) {
                    continue;
                }
                Files.writeString(file, SavedCaseJson.write(saved.withReplay(replayCommand(file, saved.loop().id()))),
                        StandardCharsets.UTF_8);
                return file;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the case of '" + saved.check().name() + "' in " + directory, e);
        }
    }

    /**
     * @param file   a saved case
     * @param loopId the loop to replay it on
     * @return the {@code ./tck replay} command, the file relative to where the run was started
     *         ({@code tck.workingDirectory}, else the current directory) when it is below it
     */
    public static String replayCommand(Path file, String loopId) {
        String base = System.getProperty("tck.workingDirectory", "");
        Path root = Path.of(base.isBlank() ? System.getProperty("user.dir") : base).toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        String shown = absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
        String python = System.getProperty("tck.python", "").trim();
        return "./tck replay " + quoted(shown) + " --loop " + quoted(loopId)
                + (loopId.startsWith("python:") && !python.isEmpty() ? " --python " + quoted(python) : "");
    }

    private static String quoted(String word) {
        return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > SLUG_LENGTH ? slug.substring(0, SLUG_LENGTH).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "check" : slug;
    }
}

package dev.asynciotck.cases;

import dev.asynciotck.checks.Failure;
import dev.asynciotck.settings.Setting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a run saves its cases: {@code cases/} in the report directory, the setting
 * {@link Setting#REPORT} ({@code ./tck}'s {@code --report}; the Maven build sets
 * {@code target/tck-report} of each module).
 */
public final class CaseDirectory {

    private static final AtomicInteger NEXT = new AtomicInteger(1);
    private static final int SLUG_LENGTH = 60;

    private final Path directory;

    private CaseDirectory(Path directory) {
        this.directory = directory;
    }

    /** @return the case directory of this run */
    public static CaseDirectory ofRun() {
        return new CaseDirectory(Setting.REPORT.path().resolve("cases"));
    }

    /** How a failure report names its saved case, on a line of its own. */
    public static final String SAVED_CASE = "saved case: ";
    /** How a failure report gives the command that replays it, on a line of its own. */
    public static final String REPLAY_WITH = "replay with: ";

    /**
     * Saves a case, and makes the failure that points at it.
     *
     * @param saved   the case (its {@code replay} is replaced)
     * @param clauses the clauses whose rule broke
     * @param reason  one line: what happened
     * @return the failure, with the case's path relative to the report directory and the command that
     *         replays it
     */
    public Failure saveFailure(SavedCase saved, List<String> clauses, String reason) {
        Path file = save(saved);
        return new Failure(clauses, reason, directory.getFileName() + "/" + file.getFileName(),
                replayCommand(file, saved.loop().id()));
    }

    /**
     * @param failure a failure with a saved case
     * @return the lines to end its report with: {@value #SAVED_CASE} the file, and
     *         {@value #REPLAY_WITH} the command
     */
    public String describe(Failure failure) {
        return "\n\n" + SAVED_CASE + directory.getParent().resolve(failure.savedCase()) + "\n" + REPLAY_WITH
                + failure.replay();
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
     *         ({@link Setting#workingDirectory()}) when it is below it
     */
    public static String replayCommand(Path file, String loopId) {
        Path root = Setting.workingDirectory();
        Path absolute = file.toAbsolutePath().normalize();
        String shown = absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
        return "./tck replay " + quoted(shown) + " --loop " + quoted(loopId)
                + (loopId.startsWith("python:") && Setting.PYTHON.isSet() ? " --python " + quoted(Setting.PYTHON.value()) : "");
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

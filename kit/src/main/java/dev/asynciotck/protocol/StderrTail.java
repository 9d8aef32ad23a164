package dev.asynciotck.protocol;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A driver's stderr, kept in a temporary file the driver writes directly (so nothing it wrote is
 * lost when it is killed, as a reader thread could lose the last lines), and the last lines of it
 * for fault reports. The file is deleted when the driver is closed, or when the JVM exits.
 */
final class StderrTail {

    static final int LINES = 40;
    static final int LINE_LENGTH = 400;
    private static final int TAIL_BYTES = LINES * LINE_LENGTH;

    private final Path file;

    StderrTail() {
        try {
            file = Files.createTempFile("asyncio-tck-driver-", ".stderr");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a file for a driver's stderr: " + e.getMessage(), e);
        }
        file.toFile().deleteOnExit();
    }

    /** @return the file the driver writes its stderr to */
    Path file() {
        return file;
    }

    /** @return its last lines (at most {@value #LINES}, each at most {@value #LINE_LENGTH} characters) */
    List<String> lines() {
        byte[] tail;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - TAIL_BYTES);
            tail = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(tail);
        } catch (IOException e) {
            return List.of("(its stderr cannot be read: " + e.getMessage() + ")");
        }
        List<String> lines = Arrays.stream(new String(tail, StandardCharsets.UTF_8).split("\\r?\\n"))
                .filter(l -> !l.isEmpty())
                .map(l -> l.length() <= LINE_LENGTH ? l : l.substring(0, LINE_LENGTH - 1) + "…")
                .toList();
        return lines.subList(Math.max(0, lines.size() - LINES), lines.size());
    }

    /** @return the lines as an indented block for a message, or a sentence saying there are none */
    String describe() {
        List<String> copy = lines();
        if (copy.isEmpty()) {
            return "The driver wrote nothing on stderr.";
        }
        StringBuilder out = new StringBuilder("The driver's stderr (last ").append(copy.size())
                .append(copy.size() == 1 ? " line):" : " lines):");
        for (String line : copy) {
            out.append("\n  | ").append(line);
        }
        return out.toString();
    }

    /** Deletes the file. */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // deleted when the JVM exits
        }
    }
}

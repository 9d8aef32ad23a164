package dev.asynciotck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the pages; a failure is a {@link ReportException} naming the file. */
final class Output {

    private Output() {
    }

    /**
     * @param file a file to (over)write, its folders made as needed
     * @param text its content, written as UTF-8
     */
    static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException(file + ": cannot write it: " + e, e);
        }
    }

    /**
     * @param from a file
     * @param to   where a copy goes (replaced if there), its folders made as needed
     */
    static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.toAbsolutePath().getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ReportException(to + ": cannot copy " + from + " there: " + e, e);
        }
    }
}

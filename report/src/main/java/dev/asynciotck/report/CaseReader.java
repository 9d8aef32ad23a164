package dev.asynciotck.report;

import dev.asynciotck.cases.SavedCase;
import dev.asynciotck.cases.SavedCaseFormatException;
import dev.asynciotck.cases.SavedCaseJson;

import java.nio.file.Path;

/** Reads a saved case, {@code cases/*.json}, with the kit's reader of the format (spec/reports.md). */
final class CaseReader {

    private CaseReader() {
    }

    /**
     * @param file a saved case
     * @return the case
     * @throws ReportException naming the file and what is wrong: missing, not JSON, another format,
     *                         a missing or mistyped key, a verdict other than failed or expected
     */
    static SavedCase read(Path file) {
        try {
            return SavedCaseJson.read(JsonFile.readText(file, "a saved case"), file.toString());
        } catch (SavedCaseFormatException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }
}

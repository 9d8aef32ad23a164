package dev.asynciotck.report;

import dev.asynciotck.cases.SavedCase;
import dev.asynciotck.checks.CheckOutcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run, read from its report directory: the summary and every saved case it names.
 *
 * @param dir     the report directory
 * @param summary its summary
 * @param cases   its saved cases, by the {@code case} path the summary gives, in the order of the checks
 */
record ReportRun(Path dir, RunSummary summary, Map<String, SavedCase> cases) {

    /** Copies the map, keeping its order. */
    ReportRun {
        cases = Collections.unmodifiableMap(new LinkedHashMap<>(cases));
    }

    /**
     * @param dir a report directory of {@code ./tck run}
     * @return the run
     * @throws ReportException naming the file and what is wrong, also when a case the summary
     *                         names is missing
     */
    static ReportRun load(Path dir) {
        RunSummary summary = SummaryReader.read(dir);
        Map<String, SavedCase> cases = new LinkedHashMap<>();
        List<CheckOutcome> checks = summary.checks();
        for (int i = 0; i < checks.size(); i++) {
            String casePath = checks.get(i).savedCase();
            if (casePath == null || cases.containsKey(casePath)) {
                continue;
            }
            String pointer = "/checks/" + i + "/case";
            Path file = CasePaths.resolve(dir, casePath, summary.file(), pointer);
            if (!Files.isRegularFile(file)) {
                throw new ReportException(summary.file() + ": at " + pointer + ": the saved case \"" + casePath
                        + "\" is missing (" + file + " does not exist)");
            }
            cases.put(casePath, CaseReader.read(file));
        }
        return new ReportRun(dir, summary, cases);
    }
}

package dev.asynciotck.report;

import java.nio.file.Path;

/** Where saved cases and their pages are, from the {@code case} paths a summary gives. */
final class CasePaths {

    private static final String CASES = "cases/";

    private CasePaths() {
    }

    /**
     * @param reportDir a report directory
     * @param casePath  a {@code case} path of its summary, relative to it
     * @param summary   the summary file, for messages
     * @param pointer   the JSON Pointer of the path in the summary, for messages
     * @return the case file
     * @throws ReportException if the path is absolute or leads out of the report directory
     */
    static Path resolve(Path reportDir, String casePath, Path summary, String pointer) {
        Path relative;
        try {
            relative = Path.of(casePath);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ReportException(summary + ": at " + pointer + ": \"" + casePath + "\" is not a file path", e);
        }
        Path file = reportDir.resolve(relative).normalize();
        if (casePath.isEmpty() || relative.isAbsolute() || !file.startsWith(reportDir.normalize())) {
            throw new ReportException(summary + ": at " + pointer + ": \"" + casePath
                    + "\" is not a path inside the report directory (spec/reports.md: relative to it)");
        }
        return file;
    }

    /**
     * @param casePath a case path, e.g. {@code cases/0001-x.json}
     * @return the path of its page beside it, e.g. {@code cases/0001-x.html}
     */
    static String pagePath(String casePath) {
        String path = withoutDotSlash(casePath);
        return (path.endsWith(".json") ? path.substring(0, path.length() - ".json".length()) : path) + ".html";
    }

    /**
     * @param casePath a case path, e.g. {@code cases/0001-x.json}
     * @return the path below {@code cases/}, e.g. {@code 0001-x.json}: where a copy goes in another
     *         cases folder
     */
    static String belowCases(String casePath) {
        String path = withoutDotSlash(casePath);
        return path.startsWith(CASES) ? path.substring(CASES.length()) : path;
    }

    private static String withoutDotSlash(String casePath) {
        String path = casePath.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path;
    }
}

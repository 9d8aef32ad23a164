/**
 * The kit's static report pages (spec/reports.md): {@link dev.asynciotck.report.RunPage} turns one
 * run's {@code summary.json} and saved cases into {@code index.html} and one page per case;
 * {@link dev.asynciotck.report.MatrixPage} merges several runs into a clause × implementation
 * matrix, {@code matrix.html}. The pages are self-contained (inline CSS and script, no external
 * URL, relative links) and work from {@code file://}. Bad input is a
 * {@link dev.asynciotck.report.ReportException} naming the file and what is wrong.
 */
package dev.asynciotck.report;

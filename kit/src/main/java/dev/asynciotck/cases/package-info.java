/**
 * Saved cases: the evidence a failed check leaves in the report directory (its program, the
 * expected and actual traces, the first divergence, and for a property the recipe it was decoded
 * from), in the JSON format of {@code spec/reports.md}, so that {@code ./tck replay} can run it
 * again and the report pages can show it.
 */
package dev.asynciotck.cases;

package dev.asynciotck.runner;

import dev.asynciotck.checks.CheckOutcome;
import dev.asynciotck.checks.RootCauses;
import dev.asynciotck.checks.Verdict;
import dev.asynciotck.clause.Clause;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.clause.Level;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The end-of-run summary: per area and per level, how many clauses passed, failed, were skipped,
 * failed as expected, or had no check in the run; then each failed clause with a one-line reason.
 * A clause's verdict is its worst check: failed, else expected failure, else passed, else skipped.
 */
final class Summary {

    private final ClauseCatalog catalog;
    private final Map<String, Verdict> verdicts = new LinkedHashMap<>();
    private final Map<String, String> reasons = new TreeMap<>();
    private final Map<String, List<Integer>> checks = new TreeMap<>();
    private final RootCauses causes;

    Summary(ClauseCatalog catalog, List<CheckOutcome> outcomes) {
        this.catalog = catalog;
        for (Clause c : catalog.clauses()) {
            verdicts.put(c.id(), Verdict.UNTESTED);
        }
        for (int i = 0; i < outcomes.size(); i++) {
            CheckOutcome o = outcomes.get(i);
            for (String id : o.check().clauses()) {
                checks.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
                Verdict v = o.verdictOf(id);
                if (verdicts.get(id).worse(v) != verdicts.get(id)) {
                    verdicts.put(id, v);
                    reasons.put(id, v == Verdict.PASSED ? "" : o.check().name() + ": " + o.reason());
                }
            }
        }
        causes = RootCauses.of(catalog, verdicts);
        for (Clause c : catalog.clauses()) {
            List<String> by = causes.explainedBy(c.id());
            if (!by.isEmpty()) {
                verdicts.put(c.id(), Verdict.EXPLAINED);
                reasons.put(c.id(), "explained by " + String.join(", ", by) + " — " + reasons.get(c.id()));
            }
        }
    }

    /** @param id a clause id @return its verdict */
    Verdict verdict(String id) {
        return verdicts.get(id);
    }

    /** @param id a clause id @return the one-line reason of its verdict (empty when it passed or was untested) */
    String reason(String id) {
        return reasons.getOrDefault(id, "");
    }

    /** @param id a clause id @return the indexes of its checks among the run's outcomes */
    List<Integer> checks(String id) {
        return checks.getOrDefault(id, List.of());
    }

    /** @return how many clauses failed */
    long failedClauses() {
        return verdicts.values().stream().filter(v -> v == Verdict.FAILED || v == Verdict.EXPLAINED).count();
    }

    /** @return which failing clauses explain the others */
    RootCauses rootCauses() {
        return causes;
    }

    void print(PrintStream out) {
        if (!causes.roots().isEmpty()) {
            out.println();
            out.println(causes.headline() + ":");
            causes.roots().forEach((root, explained) -> out.println("  " + root + " (" + catalog.require(root).level()
                    + ", " + verdicts.get(root).word() + "): " + reasons.get(root)
                    + (explained.isEmpty() ? "" : "\n      explains " + String.join(", ", explained))));
        }
        Map<String, Map<Verdict, Integer>> byArea = new LinkedHashMap<>();
        Map<Level, Map<Verdict, Integer>> byLevel = new EnumMap<>(Level.class);
        for (Clause c : catalog.clauses()) {
            Verdict v = verdicts.get(c.id());
            byArea.computeIfAbsent(c.area(), a -> new EnumMap<>(Verdict.class)).merge(v, 1, Integer::sum);
            byLevel.computeIfAbsent(c.level(), l -> new EnumMap<>(Verdict.class)).merge(v, 1, Integer::sum);
        }
        out.println();
        out.println("clauses by area and by level (a clause counts once, by its worst check):");
        int width = byArea.keySet().stream().mapToInt(String::length).max().orElse(0);
        String row = "  %-" + Math.max(16, width) + "s %7s %7s %10s %8s %9s %9s%n";
        out.printf(Locale.ROOT, row, "", "passed", "failed", "explained", "skipped", "expected", "untested");
        byArea.forEach((area, counts) -> print(out, row, area, counts));
        byLevel.forEach((level, counts) -> print(out, row, level.name(), counts));
        if (failedClauses() > 0) {
            out.println();
            out.println("failed clauses:");
            verdicts.forEach((id, v) -> {
                if (v == Verdict.FAILED || v == Verdict.EXPLAINED) {
                    out.println("  " + id + " (" + catalog.require(id).level() + "): " + reasons.get(id));
                }
            });
        }
    }

    private static void print(PrintStream out, String row, String label, Map<Verdict, Integer> counts) {
        out.printf(Locale.ROOT, row, label, counts.getOrDefault(Verdict.PASSED, 0), counts.getOrDefault(Verdict.FAILED, 0),
                counts.getOrDefault(Verdict.EXPLAINED, 0), counts.getOrDefault(Verdict.SKIPPED, 0), counts.getOrDefault(Verdict.EXPECTED, 0),
                counts.getOrDefault(Verdict.UNTESTED, 0));
    }
}

package dev.asynciotck.checks;

import dev.asynciotck.clause.Clause;
import dev.asynciotck.clause.ClauseCatalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which failing clauses explain the others. A clause fails in a run when its verdict is failed or
 * expected (the loop deviates either way). A failing clause whose checks rely, directly or through
 * others ({@code Relies on} in the clause files), on another failing clause is <em>explained</em>
 * by it; a failing clause that nothing failing explains is a <em>root cause</em>. A loop author
 * reads the root causes first: one mistake often breaks many clauses.
 */
public final class RootCauses {

    private final Map<String, List<String>> explains = new LinkedHashMap<>();
    private final Map<String, List<String>> explainedBy = new LinkedHashMap<>();

    private RootCauses() {
    }

    /**
     * @param catalog  the clauses, with their reliances
     * @param verdicts each clause's verdict in the run
     * @return the analysis
     */
    public static RootCauses of(ClauseCatalog catalog, Map<String, Verdict> verdicts) {
        RootCauses out = new RootCauses();
        List<String> failing = new ArrayList<>();
        for (Clause c : catalog.clauses()) {
            if (fails(verdicts.get(c.id()))) {
                failing.add(c.id());
            }
        }
        for (String id : failing) {
            if (catalog.reliedOn(id).stream().noneMatch(failing::contains)) {
                out.explains.put(id, new ArrayList<>());
            }
        }
        for (String id : failing) {
            List<String> roots = catalog.reliedOn(id).stream().filter(out.explains::containsKey).toList();
            if (!roots.isEmpty()) {
                out.explainedBy.put(id, roots);
                roots.forEach(root -> out.explains.get(root).add(id));
            }
        }
        return out;
    }

    /**
     * @param verdict a clause's verdict
     * @return whether the clause fails with it: failed, or failed as expected
     */
    public static boolean fails(Verdict verdict) {
        return verdict == Verdict.FAILED || verdict == Verdict.EXPECTED;
    }

    /** @return the root causes, in catalog order, each with the failing clauses it explains */
    public Map<String, List<String>> roots() {
        return Collections.unmodifiableMap(explains);
    }

    /**
     * @param clause a clause id
     * @return the root causes that explain its failure; empty when it is a root cause itself or did not fail
     */
    public List<String> explainedBy(String clause) {
        return explainedBy.getOrDefault(clause, List.of());
    }

    /** @return how many failing clauses there are, explained or not */
    public int failing() {
        return explains.size() + explainedBy.size();
    }

    /** @return e.g. {@code 1 root cause (LOOP-SOON-1) explains 24 failing clauses} */
    public String headline() {
        int roots = explains.size();
        return roots + (roots == 1 ? " root cause (" : " root causes (") + String.join(", ", explains.keySet())
                + (roots == 1 ? ") explains " : ") explain ") + failing() + " failing clause" + (failing() == 1 ? "" : "s");
    }
}

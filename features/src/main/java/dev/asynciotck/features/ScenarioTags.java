package dev.asynciotck.features;

import dev.asynciotck.clause.Clause;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.loop.Capability;
import dev.asynciotck.loop.RunMode;
import dev.asynciotck.python.PythonRange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The tags of a scenario, read: clause ids (each must name a known clause), capability tags such
 * as {@code @threads}, {@value #STRESS} and {@value #LONG}. Any other tag is an error, so a typo
 * never silently untags a scenario.
 *
 * @param clauses the clauses it checks
 * @param needs   the capabilities it needs
 * @param stress  whether it is a stress check ({@value #STRESS}): it runs with a larger budget
 *                ({@link RunMode#forStress()}), and mutation testing leaves it out
 * @param longRun whether it is also a long check ({@value #LONG}): it runs only when the run asks
 *                for the long checks ({@link dev.asynciotck.settings.Setting#LONG}), with a larger
 *                budget still ({@link RunMode#forLong()})
 */
record ScenarioTags(List<Clause> clauses, Set<Capability> needs, boolean stress, boolean longRun) {

    /** The tag of a stress check. */
    static final String STRESS = "@stress";

    /** The tag of a long check, a stress check too big for every run. */
    static final String LONG = "@long";

    static ScenarioTags read(Collection<String> tags, ClauseCatalog catalog, String where) {
        List<Clause> clauses = new ArrayList<>();
        Set<Capability> needs = EnumSet.noneOf(Capability.class);
        boolean stress = false;
        boolean longRun = false;
        for (String tag : tags) {
            if (tag.equals(STRESS)) {
                stress = true;
                continue;
            }
            if (tag.equals(LONG)) {
                longRun = true;
                continue;
            }
            java.util.Optional<Capability> capability = tag.startsWith("@")
                    ? Capability.byWireName(tag.substring(1)) : java.util.Optional.empty();
            if (capability.isPresent()) {
                needs.add(capability.get());
                continue;
            }
            String id = tag.startsWith("@") ? tag.substring(1) : tag;
            if (!ClauseCatalog.looksLikeClauseId(id)) {
                throw new IllegalStateException(where + ": tag " + tag + " is neither a clause id nor one of "
                        + "the capability tags @" + Capability.wireNames().replace(", ", ", @") + ", nor " + STRESS
                        + " or " + LONG);
            }
            try {
                clauses.add(catalog.require(id));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        if (clauses.isEmpty()) {
            throw new IllegalStateException(where + ": the scenario has no clause id tag; tag it with the "
                    + "clauses it checks, e.g. @LOOP-SOON-1");
        }
        if (longRun && !stress) {
            throw new IllegalStateException(where + ": a " + LONG + " scenario is a stress check: tag it " + STRESS
                    + " too, so that mutation testing leaves it out");
        }
        return new ScenarioTags(List.copyOf(clauses), needs, stress, longRun);
    }

    /** @return the CPython versions the scenario runs on: those every one of its clauses holds for */
    PythonRange versions() {
        PythonRange all = PythonRange.parse("3.0+").orElseThrow();
        for (Clause c : clauses) {
            all = all.intersect(PythonRange.parse(c.python()).orElseThrow()).orElseThrow(() -> new IllegalStateException(
                    "the clauses " + clauseIds() + " hold for no common Python version"));
        }
        return all;
    }

    String clauseIds() {
        List<String> ids = new ArrayList<>();
        for (Clause c : clauses) {
            ids.add(c.id());
        }
        return String.join(", ", ids);
    }
}

package dev.asynciotck.loop;

import dev.asynciotck.clause.Clause;
import org.opentest4j.TestAbortedException;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Skips a check (a scenario or a property), with the reason, when the loop under test runs on a
 * CPython version for which one of the check's clauses does not hold (the clause's {@code Python}
 * field, e.g. 3.11+).
 */
public final class PythonVersionGate {

    private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

    private PythonVersionGate() {
    }

    /**
     * @param clauses        the clauses of the check
     * @param implementation the loop under test
     * @throws TestAbortedException when the loop runs on a CPython version one of them does not hold for
     */
    public static void check(List<Clause> clauses, Implementation implementation) {
        if (!"cpython".equalsIgnoreCase(implementation.runtime())) {
            return;
        }
        Matcher m = MAJOR_MINOR.matcher(implementation.runtimeVersion());
        if (!m.find()) {
            return;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        for (Clause c : clauses) {
            if (!c.appliesTo(major, minor)) {
                throw new TestAbortedException("skipped: clause " + c.id() + " holds for Python " + c.python()
                        + ", the loop under test runs on " + implementation.runtimeVersion());
            }
        }
    }
}

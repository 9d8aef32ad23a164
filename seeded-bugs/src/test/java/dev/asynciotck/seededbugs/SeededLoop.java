package dev.asynciotck.seededbugs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A seeded-bug loop: the Python module {@code python/seeded_bugs/<clause id in lower case, dashes
 * as underscores>.py} whose {@code new_event_loop()} breaks that one clause's rule, or a control
 * module (its name starts with an underscore) that breaks none.
 *
 * @param module the module's name in the {@code seeded_bugs} package, e.g. {@code loop_soon_1}
 */
record SeededLoop(String module) {

    /** The folder on PYTHONPATH that holds the {@code seeded_bugs} package (relative to this module). */
    static final Path PYTHON_FOLDER = Path.of("python");

    /** The package of the seeded-bug modules. */
    static final String PACKAGE = "seeded_bugs";

    /**
     * @param clauseId a clause id, e.g. {@code LOOP-SOON-1}
     * @return the seeded-bug loop of that clause (it may not exist yet)
     */
    static SeededLoop of(String clauseId) {
        return new SeededLoop(clauseId.toLowerCase(Locale.ROOT).replace('-', '_'));
    }

    /** @return the clause this module breaks, or empty for a control module */
    Optional<String> clause() {
        return module.startsWith("_") ? Optional.empty() : Optional.of(module.toUpperCase(Locale.ROOT).replace('_', '-'));
    }

    /** @return the module's file */
    Path file() {
        return PYTHON_FOLDER.resolve(PACKAGE).resolve(module + ".py");
    }

    /** @return whether the module's file is there */
    boolean exists() {
        return Files.isRegularFile(file());
    }

    /** @return the kit's loop id for it, e.g. {@code python:seeded_bugs.loop_soon_1:new_event_loop} */
    String loopId() {
        return "python:" + PACKAGE + "." + module + ":new_event_loop";
    }
}

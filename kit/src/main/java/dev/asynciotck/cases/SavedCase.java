package dev.asynciotck.cases;

import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckKind;
import dev.asynciotck.checks.Evidence;
import dev.asynciotck.checks.Verdict;
import dev.asynciotck.loop.LoopInfo;

import java.util.List;
import java.util.Objects;

/**
 * The saved case of one failed check (format {@value #FORMAT}, see {@code spec/reports.md}).
 *
 * @param check    what failed
 * @param loop     the loop it failed on
 * @param verdict  {@link Verdict#FAILED}, or {@link Verdict#EXPECTED} for an expected failure
 * @param message  one line: why it failed
 * @param evidence the program and the traces that show it
 * @param property for a property: its id, the recipe of the program and the seed; else null
 * @param replay   the command that replays the case
 */
public record SavedCase(Check check, LoopInfo loop, Verdict verdict, String message, Evidence evidence,
                        PropertyRecipe property, String replay) {

    /** The format id of saved cases. */
    public static final String FORMAT = "asyncio-tck-case/1";

    /** Checks the required parts. */
    public SavedCase {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(loop, "loop");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(replay, "replay");
        if (verdict != Verdict.FAILED && verdict != Verdict.EXPECTED) {
            throw new IllegalArgumentException("a saved case is of a failure: failed or expected, not " + verdict.word());
        }
    }

    /** @return whether it is the case of a property (else of a scenario) */
    public boolean isProperty() {
        return check.kind() == CheckKind.PROPERTY;
    }

    /** @param command the replay command @return this case with it */
    public SavedCase withReplay(String command) {
        return new SavedCase(check, loop, verdict, message, evidence, property, command);
    }

    /**
     * How a property's program is rebuilt.
     *
     * @param id     the property's id in the kit
     * @param recipe the integers the program is decoded from (shrunk)
     * @param seed   the seed of the run that found it
     */
    public record PropertyRecipe(String id, List<Integer> recipe, long seed) {
        /** Copies the recipe. */
        public PropertyRecipe {
            recipe = List.copyOf(recipe);
        }
    }
}

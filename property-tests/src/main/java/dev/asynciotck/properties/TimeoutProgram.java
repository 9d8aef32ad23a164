package dev.asynciotck.properties;

import java.util.ArrayList;
import java.util.List;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A random program of nested {@code asyncio.timeout} blocks (3.11+), decoded from a list of integers,
 * whose outcome does not depend on time: every deadline is either already past (it expires the
 * blocks around the task's first await that suspends, on the next iteration) or never comes (none,
 * or 1000 s away). The first integer gives the depth (1 to 4), the awaits of the innermost body
 * ({@code sleep(0)}, 0 to 3), whether the innermost body swallows {@code CancelledError}, and whether
 * another task cancels the body's task after 0 to 4 iterations (then nothing swallows). Each later
 * integer gives one block, outermost first: its deadline ({@code timeout(-1)}, {@code timeout(1000)},
 * {@code timeout(None)}, {@code timeout(-1)} then {@code reschedule(None)}, {@code timeout(None)}
 * then {@code reschedule(loop.time() - 1)}, both before any await), and the awaits that follow the
 * block inside the one around it (0 to 2). Every block records how it was left
 * ({@code exit: [level, "normal" | "TimeoutError" | "CancelledError", expired()]}); a
 * {@code TimeoutError} is caught where it leaves, a {@code CancelledError} goes on. Without the other
 * task, the outcome is known from the recipe alone ({@link #expectedExits()}).
 */
public final class TimeoutProgram extends TextProgram {

    /** A block's deadline. */
    enum Deadline {
        PAST("asyncio.timeout(-1)", null, true),
        FAR("asyncio.timeout(1000)", null, false),
        NONE("asyncio.timeout(None)", null, false),
        PAST_THEN_NONE("asyncio.timeout(-1)", "None", false),
        NONE_THEN_PAST("asyncio.timeout(None)", "loop.time() - 1", true);

        final String manager;
        final String reschedule;
        final boolean past;

        Deadline(String manager, String reschedule, boolean past) {
            this.manager = manager;
            this.reschedule = reschedule;
            this.past = past;
        }

        boolean rescheduled() {
            return reschedule != null;
        }
    }

    /** How a block was left, and what its expired() said then. */
    record Exit(int level, String outcome, boolean expired) {
    }

    final List<Deadline> deadlines = new ArrayList<>();
    final List<Integer> after = new ArrayList<>();
    final int innermostAwaits;
    final boolean swallows;
    /** Iterations before the other task cancels the body's task, or -1 for no such task. */
    final int cancelAfter;

    private TimeoutProgram(List<Integer> recipe) {
        super(recipe);
        int head = recipe.get(0);
        int depth = 1 + head % 4;
        innermostAwaits = head / 4 % 4;
        cancelAfter = head / 48 % 4 == 0 ? head / 192 % 5 : -1;
        swallows = cancelAfter < 0 && innermostAwaits > 0 && head / 16 % 3 == 0;
        for (int i = 0; i < depth; i++) {
            int r = i + 1 < recipe.size() ? recipe.get(i + 1) : 0;
            deadlines.add(Deadline.values()[r % 5]);
            after.add(r / 5 % 3);
        }
        StringBuilder body = new StringBuilder("async def body():\n");
        block(body, 0, "    ");
        body.append("    record(\"cancelling\", asyncio.current_task().cancelling())\n\n");
        String main = "async def main():\n    t = loop.create_task(body())\n"
                + (cancelAfter < 0 ? "" : "    c = loop.create_task(canceller(t, " + cancelAfter + "))\n")
                + "    await asyncio.gather(t, return_exceptions=True)\n"
                + "    record(\"body cancelled\", t.cancelled())\n"
                + (cancelAfter < 0 ? "" : "    await c\n") + "\n";
        String canceller = cancelAfter < 0 ? "" : "async def canceller(t, n):\n    for j in range(n):\n"
                + "        await asyncio.sleep(0)\n    record(\"cancel\", t.cancel())\n\n";
        text(body + canceller + main + "loop.run_until_complete(main())\n");
    }

    private void block(StringBuilder out, int level, String in) {
        Deadline d = deadlines.get(level);
        String cm = "c" + level;
        out.append(in).append("try:\n")
                .append(in).append("    async with ").append(d.manager).append(" as ").append(cm).append(":\n");
        if (d.rescheduled()) {
            out.append(in).append("        ").append(cm).append(".reschedule(").append(d.reschedule).append(")\n");
        }
        if (level + 1 < deadlines.size()) {
            block(out, level + 1, in + "        ");
        } else {
            String inner = in + "        ";
            if (swallows) {
                out.append(inner).append("try:\n");
                inner += "    ";
            }
            out.append(inner).append("for j in range(").append(innermostAwaits).append("):\n")
                    .append(inner).append("    await asyncio.sleep(0)\n");
            if (swallows) {
                out.append(in).append("        except asyncio.CancelledError:\n")
                        .append(in).append("            record(\"swallowed\")\n");
            }
        }
        String exit = "record(\"exit\", [" + level + ", \"%s\", " + cm + ".expired()])\n";
        out.append(in).append("    ").append(String.format(exit, "normal"))
                .append(in).append("except TimeoutError:\n")
                .append(in).append("    ").append(String.format(exit, "TimeoutError"))
                .append(in).append("except asyncio.CancelledError:\n")
                .append(in).append("    ").append(String.format(exit, "CancelledError"))
                .append(in).append("    raise\n")
                .append(in).append("for j in range(").append(after.get(level)).append("):\n")
                .append(in).append("    await asyncio.sleep(0)\n");
    }

    /** How many blocks are around the task's first await that suspends (0 if none suspends inside a block). */
    int aroundFirstSuspension() {
        if (innermostAwaits > 0) {
            return deadlines.size();
        }
        for (int i = deadlines.size() - 1; i >= 1; i--) {
            if (after.get(i) > 0) {
                return i;
            }
        }
        return 0;
    }

    /** The blocks that expire: those with a past deadline around the first await that suspends. */
    List<Integer> expiring() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < aroundFirstSuspension(); i++) {
            if (deadlines.get(i).past) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The exits, innermost first, of a program without the cancelling task: the outermost expiring
     * block raises TimeoutError, the blocks inside it down to the first await pass CancelledError on
     * (unless the innermost body swallowed it: then every block leaves normally), and every block
     * that expired says so.
     */
    List<Exit> expectedExits() {
        List<Integer> expiring = expiring();
        int around = aroundFirstSuspension();
        int outermost = expiring.isEmpty() ? -1 : expiring.get(0);
        List<Exit> exits = new ArrayList<>();
        for (int i = deadlines.size() - 1; i >= 0; i--) {
            boolean expired = expiring.contains(i);
            String outcome = "normal";
            if (outermost >= 0 && !swallows) {
                if (i == outermost) {
                    outcome = "TimeoutError";
                } else if (i > outermost && i < around) {
                    outcome = "CancelledError";
                }
            }
            exits.add(new Exit(i, outcome, expired));
        }
        return exits;
    }

    /** Programs of 1 to 4 blocks. */
    static final ProgramFamily<TimeoutProgram> PROGRAMS = new ProgramFamily<>(
            lists().of(integers().between(0, 999)).ofSizeBetween(1, 5), TimeoutProgram::new);
}

package dev.asynciotck.properties;

import dev.asynciotck.trace.TraceValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A random {@code gather} or {@code wait} over 1 to 6 child tasks, each waiting for a timer at a
 * distinct deadline ({@code call_at}, {@value #BASE_MS} ms plus a multiple of 2 ms after the start,
 * so that the deadlines keep their order however late a child gets to schedule its timer) and then
 * returning its index or raising {@code ValueError}. The generator knows
 * the expected result: gather's list in argument order (with exceptions in place, or the first
 * exception by completion time), and wait's {@code (done, pending)} tuple.
 */
public final class GatherWaitProgram extends TextProgram {

    /** What the program awaits. */
    enum Mode { GATHER, GATHER_RETURN_EXCEPTIONS, WAIT_ALL, WAIT_FIRST_COMPLETED, WAIT_FIRST_EXCEPTION }

    /** The earliest deadline, in ms after the program's start. */
    static final int BASE_MS = 10;

    final Mode mode;
    final List<Integer> delays = new ArrayList<>();
    final List<Boolean> fails = new ArrayList<>();

    /** @param recipe the mode, then one integer per child */
    private GatherWaitProgram(List<Integer> recipe) {
        super(recipe);
        mode = Mode.values()[recipe.get(0) % Mode.values().length];
        List<Integer> perChild = recipe.subList(1, recipe.size());
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            slots.add(i);
        }
        for (int i = 0; i < perChild.size(); i++) {
            int r = perChild.get(i);
            Collections.swap(slots, i, i + r % (slots.size() - i));
            delays.add(2 * slots.get(i));
            fails.add(r % 3 == 0);
        }
        StringBuilder main = new StringBuilder();
        List<String> children = new ArrayList<>();
        for (int i = 0; i < delays.size(); i++) {
            String call = fails.get(i)
                    ? "bad(start + " + Seconds.of(BASE_MS + delays.get(i)) + ", \"e" + i + "\")"
                    : "ok(" + i + ", start + " + Seconds.of(BASE_MS + delays.get(i)) + ")";
            children.add(call);
        }
        String body;
        switch (mode) {
            case GATHER:
            case GATHER_RETURN_EXCEPTIONS:
                body = "    try:\n        r = await asyncio.gather(" + String.join(", ", children)
                        + (mode == Mode.GATHER_RETURN_EXCEPTIONS ? ", return_exceptions=True" : "") + ")\n"
                        + "        record(\"result\", r)\n"
                        + "    except ValueError as e:\n        record(\"raised\", e)\n";
                break;
            default: {
                StringBuilder tasks = new StringBuilder();
                List<String> names = new ArrayList<>();
                for (int i = 0; i < children.size(); i++) {
                    tasks.append("    t").append(i).append(" = loop.create_task(").append(children.get(i)).append(")\n");
                    names.add("t" + i);
                }
                String when = mode == Mode.WAIT_ALL ? "ALL_COMPLETED"
                        : mode == Mode.WAIT_FIRST_COMPLETED ? "FIRST_COMPLETED" : "FIRST_EXCEPTION";
                body = tasks + "    r = await asyncio.wait({" + String.join(", ", names) + "}, return_when=asyncio."
                        + when + ")\n    record(\"result\", r)\n";
            }
        }
        main.append("loop.run_until_complete(main())\n");
        String definitions = "def wake(f):\n    f.set_result(None)\n\n"
                + "async def until(when):\n    f = loop.create_future()\n    loop.call_at(when, wake, f)\n    await f\n\n"
                + "async def ok(i, when):\n    await until(when)\n    return i\n\n"
                + "async def bad(when, msg):\n    await until(when)\n    raise ValueError(msg)\n\n";
        text(definitions, "async def main():\n    start = loop.time()\n" + body + "    await asyncio.sleep(0.03)\n\n" + main);
    }

    /** @return the value gather should give: the list, or the first exception by completion */
    TraceValue expectedGather() {
        if (mode == Mode.GATHER) {
            int first = -1;
            for (int i = 0; i < delays.size(); i++) {
                if (fails.get(i) && (first < 0 || delays.get(i) < delays.get(first))) {
                    first = i;
                }
            }
            if (first >= 0) {
                return new TraceValue.Error("ValueError", "e" + first);
            }
        }
        List<TraceValue> items = new ArrayList<>();
        for (int i = 0; i < delays.size(); i++) {
            items.add(fails.get(i) ? new TraceValue.Error("ValueError", "e" + i) : new TraceValue.Int(i));
        }
        return new TraceValue.PyList(items);
    }

    /** @return the index of the child that finishes first */
    int firstToFinish() {
        int first = 0;
        for (int i = 1; i < delays.size(); i++) {
            if (delays.get(i) < delays.get(first)) {
                first = i;
            }
        }
        return first;
    }

    /** The programs: a mode, then 1 to 6 children. */
    static final ProgramFamily<GatherWaitProgram> PROGRAMS = new ProgramFamily<>(
            lists().of(integers().between(0, 999)).ofSizeBetween(2, 7), GatherWaitProgram::new);
}

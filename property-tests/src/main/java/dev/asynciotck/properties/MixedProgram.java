package dev.asynciotck.properties;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A random program that mixes the library's areas, decoded from a list of integers: 2 to 4 worker
 * tasks share a {@code Lock}, a {@code Queue} and an {@code Event}. The first integer picks how many
 * workers; each later one gives one of them its next operation: a loop iteration
 * ({@code sleep(0)}), a turn at the lock (held one iteration), a put, a get, a wait for the event,
 * setting and clearing it, or cancelling another worker. Each operation records what it did at
 * once, and a worker records its cancellation, or an error it raised (none does on a conforming
 * loop). Nothing in it depends on time: every step is
 * ordered by the loop's FIFO scheduling and the primitives' FIFO wake-ups, so every conforming loop
 * gives the same trace as the reference loop. The end lets the loop run until the workers are done
 * (at most {@value #SETTLE} iterations; a worker may wait for ever on the queue or the event),
 * records how many still wait, and cancels them without a record (what a loop does with tasks
 * cancelled as it stops is not this property's).
 */
public final class MixedProgram extends DifferentialProgram {

    private static final int SETTLE = 100;

    /** The operations: {@code %s} is the worker's number, {@code %t} the other number it needs. */
    static final List<String> OPERATIONS = List.of(
            "        await asyncio.sleep(0)\n        record(\"step\", %s)\n",
            "        async with lock:\n            record(\"in\", %s)\n            await asyncio.sleep(0)\n"
                    + "            record(\"out\", %s)\n",
            "        q.put_nowait(%t)\n        record(\"put\", [%s, %t])\n",
            "        x = await q.get()\n        record(\"got\", [%s, x])\n",
            "        await ev.wait()\n        record(\"woke\", %s)\n",
            "        ev.set()\n        record(\"set\", %s)\n        ev.clear()\n",
            "        w%t.cancel()\n        record(\"cancels\", [%s, %t])\n");

    /** The operations ({@link #OPERATIONS} indexes) of the workers some worker cancels. */
    final Set<Integer> cancelledOperations = new HashSet<>();
    /** The operations of each worker, by its number. */
    final List<Set<Integer>> operations;
    /** The operations of each worker in the order it does them ({@link #OPERATIONS} indexes). */
    final List<List<Integer>> sequences;

    private MixedProgram(List<Integer> recipe) {
        super(recipe);
        int workers = 2 + recipe.get(0) % 3;
        List<StringBuilder> bodies = new ArrayList<>();
        List<Set<Integer>> kinds = new ArrayList<>();
        List<List<Integer>> sequence = new ArrayList<>();
        Set<Integer> victims = new HashSet<>();
        for (int w = 0; w < workers; w++) {
            bodies.add(new StringBuilder());
            kinds.add(new HashSet<>());
            sequence.add(new ArrayList<>());
        }
        for (int i = 1; i < recipe.size(); i++) {
            int op = recipe.get(i);
            int worker = op % workers;
            int kind = op / workers % OPERATIONS.size();
            int other = kind == OPERATIONS.size() - 1 ? (worker + 1 + op / 97 % (workers - 1)) % workers : 100 + i;
            kinds.get(worker).add(kind);
            sequence.get(worker).add(kind);
            if (kind == OPERATIONS.size() - 1) {
                victims.add(other);
            }
            bodies.get(worker).append(OPERATIONS.get(kind).replace("%s", Integer.toString(worker))
                    .replace("%t", Integer.toString(other)));
        }
        victims.forEach(v -> cancelledOperations.addAll(kinds.get(v)));
        this.operations = kinds;
        this.sequences = sequence;
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < workers; w++) {
            text.append("async def worker").append(w).append("():\n    try:\n")
                    .append(bodies.get(w).length() == 0 ? "        pass\n" : bodies.get(w))
                    .append("    except asyncio.CancelledError:\n        if not ending:\n")
                    .append("            record(\"cancelled\", ").append(w).append(")\n        raise\n")
                    .append("    except Exception as e:\n        record(\"raised\", [").append(w).append(", e])\n\n");
        }
        text.append("async def main():\n");
        StringBuilder all = new StringBuilder();
        for (int w = 0; w < workers; w++) {
            text.append("    w").append(w).append(" = loop.create_task(worker").append(w).append("())\n");
            all.append(w == 0 ? "" : ", ").append("w").append(w);
        }
        text.append("    workers = [").append(all).append("]\n");
        text.append(settle(SETTLE, "workers", null))
                .append("    record(\"end\", waiting)\n    ending = True\n    for w in workers:\n        w.cancel()\n\n")
                .append("lock = asyncio.Lock()\nq = asyncio.Queue()\nev = asyncio.Event()\nending = False\n")
                .append("loop.run_until_complete(main())\n");
        text(text.toString());
    }

    /** Programs of 1 to 24 operations after the number of workers. */
    static final ProgramFamily<MixedProgram> PROGRAMS = new ProgramFamily<>(
            lists().of(integers().between(0, 9999)).ofSizeBetween(2, 25), MixedProgram::new);
}

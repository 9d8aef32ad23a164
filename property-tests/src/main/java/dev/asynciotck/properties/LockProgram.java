package dev.asynciotck.properties;

import java.util.List;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A random program of workers taking turns at one lock or semaphore, with cancellations, decoded
 * from a list of integers. The first one picks the primitive ({@code Lock}, {@code Condition} (its
 * lock), {@code Semaphore(n)} or {@code BoundedSemaphore(n)}, n from 1 to 3). Each later one starts a
 * worker task, lets the loop run ({@code sleep(0)}), cancels a worker, or starts a worker that
 * cancels an earlier one right after it releases, when its release may just have woken that one. A worker records
 * {@code wait} and at once acquires (half of them with {@code acquire()} and {@code release()}, half
 * with {@code async with}), records {@code in}, holds for 0 to 2 iterations, records {@code out} and
 * at once releases, also when it is cancelled while it holds. Nothing happens between a record and
 * the operation it names, so the trace lists the waits, entries and exits in the order the primitive
 * saw them. At the end the program lets the loop run until every worker is done (at most
 * {@value #SETTLE} iterations) and records how many still wait ({@code end}).
 */
public final class LockProgram extends TextProgram {

    /**
     * How many loop iterations the end may wait for the workers: each holds for at most two, so a
     * primitive that hands itself on settles long before; one that lost a wake-up never does.
     */
    private static final int SETTLE = 200;

    /** The primitives, by the first integer of the recipe. */
    private static final List<String> KINDS = List.of("Lock", "Condition", "Semaphore", "BoundedSemaphore");

    /** How many workers may hold the primitive at once. */
    final int limit;
    /** Whether it is a lock (a Lock, or a Condition's lock) rather than a semaphore. */
    final boolean lock;
    /** Whether a worker was cancelled. */
    final boolean cancels;

    private LockProgram(List<Integer> recipe) {
        super(recipe);
        String kind = KINDS.get(recipe.get(0) % KINDS.size());
        this.lock = kind.equals("Lock") || kind.equals("Condition");
        this.limit = lock ? 1 : 1 + recipe.get(0) / KINDS.size() % 3;
        StringBuilder main = new StringBuilder("async def main():\n    m = asyncio.").append(kind)
                .append(lock ? "()" : "(" + limit + ")").append("\n    workers = []\n");
        int workers = 0;
        boolean cancelled = false;
        for (int i = 1; i < recipe.size(); i++) {
            int op = recipe.get(i);
            int param = op / 5;
            switch (op % 5) {
                case 0, 1 -> {
                    main.append("    w").append(workers).append(" = loop.create_task(")
                            .append(op % 5 == 0 ? "worker" : "worker_with").append("(m, ").append(workers).append(", ")
                            .append(param % 3).append("))\n    workers = workers + [w").append(workers).append("]\n");
                    workers++;
                }
                case 2 -> main.append("    await asyncio.sleep(0)\n");
                case 3 -> {
                    if (workers == 0) {
                        main.append("    await asyncio.sleep(0)\n");
                    } else {
                        main.append("    w").append(workers).append(" = loop.create_task(turn(m, ").append(workers)
                                .append(", w").append(param % workers).append("))\n    workers = workers + [w")
                                .append(workers).append("]\n");
                        workers++;
                        cancelled = true;
                    }
                }
                default -> {
                    if (workers == 0) {
                        main.append("    await asyncio.sleep(0)\n");
                    } else {
                        main.append("    w").append(param % workers).append(".cancel()\n");
                        cancelled = true;
                    }
                }
            }
        }
        this.cancels = cancelled;
        main.append(settle(SETTLE, "workers", null))
                .append("    record(\"end\", waiting)\n")
                .append("    for w in workers:\n        w.cancel()\n\n");
        String definitions = "async def worker(m, i, k):\n    record(\"wait\", i)\n    await m.acquire()\n    try:\n"
                + "        record(\"in\", i)\n        for j in range(k):\n            await asyncio.sleep(0)\n"
                + "    finally:\n        record(\"out\", i)\n        m.release()\n\n"
                + "async def worker_with(m, i, k):\n    record(\"wait\", i)\n    async with m:\n"
                + "        record(\"in\", i)\n        try:\n            for j in range(k):\n"
                + "                await asyncio.sleep(0)\n        finally:\n            record(\"out\", i)\n\n"
                + "async def turn(m, i, victim):\n    record(\"wait\", i)\n    await m.acquire()\n    try:\n"
                + "        record(\"in\", i)\n        await asyncio.sleep(0)\n    finally:\n        record(\"out\", i)\n"
                + "        m.release()\n        victim.cancel()\n\n";
        text(definitions, main + "loop.run_until_complete(main())\n");
    }

    /** Programs of 1 to 20 operations after the choice of primitive. */
    static final ProgramFamily<LockProgram> PROGRAMS = new ProgramFamily<>(
            lists().of(integers().between(0, 999)).ofSizeBetween(2, 21), LockProgram::new);
}

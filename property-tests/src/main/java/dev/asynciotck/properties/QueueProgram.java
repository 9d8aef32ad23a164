package dev.asynciotck.properties;


import java.util.List;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A random program of producers, consumers and cancellations around one queue, decoded from a
 * list of integers. The first two pick the kind of queue ({@code Queue}, {@code PriorityQueue},
 * {@code LifoQueue}) and its bound (none, or 1 to 3). Each later one starts one to three producer
 * tasks, each putting one distinct integer ({@code await q.put(x)}, then {@code record("put", x)};
 * the item is a parameter, since the program's other variables are global), starts a
 * consumer task that gets a few ({@code item = await q.get()}, then {@code record("got", item)}),
 * puts or gets without waiting from the main coroutine, lets the loop run ({@code sleep(0)}), or
 * cancels a consumer. Nothing happens between a queue operation and its record, so the trace lists
 * the operations in the order the queue saw them. At the end the program lets the loop run while a
 * consumer waits and the queue holds items (at most {@value #SETTLE} iterations), records how many
 * items are left and how many consumers still wait ({@code end}), and drains the queue
 * ({@code left}).
 */
public final class QueueProgram extends TextProgram {

    /**
     * How many loop iterations the end may wait for a consumer that still waits while the queue
     * holds items: each hand-off takes an iteration or two, so a loop that hands items on settles
     * long before; one that lost a wake-up never does.
     */
    private static final int SETTLE = 200;

    /** The kinds of queue, by the first integer of the recipe. */
    static final List<String> KINDS = List.of("Queue", "PriorityQueue", "LifoQueue");

    /** The kind of queue: an element of {@link #KINDS}. */
    final String kind;
    /** Whether a consumer was cancelled. */
    final boolean cancels;

    private QueueProgram(List<Integer> recipe) {
        super(recipe);
        this.kind = KINDS.get(recipe.get(0) % KINDS.size());
        int maxsize = recipe.get(1) % 4;
        StringBuilder main = new StringBuilder("async def main():\n    q = asyncio.").append(kind).append("(")
                .append(maxsize).append(")\n    consumers = []\n    tasks = []\n");
        int consumers = 0;
        boolean cancelled = false;
        for (int i = 2; i < recipe.size(); i++) {
            int op = recipe.get(i);
            int param = op / 6;
            int x = 100 * i;
            switch (op % 6) {
                case 0 -> {
                    for (int j = 0; j <= param % 3; j++) {
                        main.append("    t = loop.create_task(producer(q, ").append(x + j).append("))\n")
                                .append("    tasks = tasks + [t]\n");
                    }
                }
                case 1 -> {
                    main.append("    c").append(consumers).append(" = loop.create_task(consumer(q, ")
                            .append(1 + param % 3).append("))\n    consumers = consumers + [c").append(consumers)
                            .append("]\n    tasks = tasks + [c").append(consumers).append("]\n");
                    consumers++;
                }
                case 2 -> main.append("    await asyncio.sleep(0)\n");
                case 3 -> {
                    if (consumers == 0) {
                        main.append("    await asyncio.sleep(0)\n");
                    } else {
                        main.append("    c").append(param % consumers).append(".cancel()\n");
                        cancelled = true;
                    }
                }
                case 4 -> main.append("    if not q.full():\n        q.put_nowait(").append(x)
                        .append(")\n        record(\"put\", ").append(x).append(")\n");
                default -> main.append("    if not q.empty():\n        record(\"got\", q.get_nowait())\n");
            }
        }
        this.cancels = cancelled;
        main.append(settle(SETTLE, "consumers", "q.empty()"))
                .append("    record(\"end\", [q.qsize(), waiting])\n")
                .append("    while not q.empty():\n        record(\"left\", q.get_nowait())\n")
                .append("    for t in tasks:\n        t.cancel()\n\n");
        text("async def producer(q, x):\n    await q.put(x)\n    record(\"put\", x)\n\n"
                + "async def consumer(q, n):\n    for i in range(n):\n        item = await q.get()\n"
                + "        record(\"got\", item)\n\n", main + "loop.run_until_complete(main())\n");
    }

    /** Programs of 1 to 20 operations after the kind and the bound. */
    static final ProgramFamily<QueueProgram> PROGRAMS = new ProgramFamily<>(
            lists().of(integers().between(0, 999)).ofSizeBetween(3, 22), QueueProgram::new);
}

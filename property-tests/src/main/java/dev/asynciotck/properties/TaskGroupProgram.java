package dev.asynciotck.properties;

import java.util.ArrayList;
import java.util.List;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A random program of one {@code asyncio.TaskGroup} (3.11+), decoded from a list of integers. The
 * first integer gives how long the body waits ({@code sleep(0)}, 0 to 2 times) and whether it then
 * raises {@code ValueError('body')}; each later one adds a task (1 to 4) that waits 0 to 3 iterations
 * and then returns or raises {@code ValueError(i)}. A task records {@code raises} right before it
 * raises, the body {@code body raises}; after the block the program records how it was left
 * ({@code left}: {@code "normally"} or the exception group's {@code exceptions}), how many tasks are
 * not done, and the task's {@code cancelling()} (which no invariant judges: after a task fails while
 * the block already waits for the others, 3.11 and 3.12 leave the parent's cancellation pending, 3.13
 * takes it back).
 */
public final class TaskGroupProgram extends TextProgram {

    /** Whether some task or the body may raise. */
    final boolean anyRaise;
    final boolean bodyRaises;

    private TaskGroupProgram(List<Integer> recipe) {
        super(recipe);
        int head = recipe.get(0);
        int bodyWaits = head % 3;
        bodyRaises = head / 3 % 4 == 0;
        StringBuilder main = new StringBuilder("async def main():\n    tasks = []\n    try:\n"
                + "        async with asyncio.TaskGroup() as tg:\n");
        boolean raises = bodyRaises;
        List<Integer> tasks = new ArrayList<>(recipe.subList(1, recipe.size()));
        if (tasks.isEmpty()) {
            tasks.add(0);
        }
        for (int i = 0; i < tasks.size(); i++) {
            int r = tasks.get(i);
            boolean fails = r / 4 % 3 == 0;
            raises |= fails;
            main.append("            t = tg.create_task(child(").append(i).append(", ").append(r % 4).append(", ")
                    .append(fails ? "True" : "False").append("))\n            tasks = tasks + [t]\n");
        }
        this.anyRaise = raises;
        main.append("            for j in range(").append(bodyWaits).append("):\n")
                .append("                await asyncio.sleep(0)\n");
        if (bodyRaises) {
            main.append("            record(\"body raises\")\n            raise ValueError(\"body\")\n");
        }
        main.append("        record(\"left\", \"normally\")\n    except ExceptionGroup as e:\n"
                + "        record(\"left\", e.exceptions)\n    running = 0\n    for t in tasks:\n"
                + "        if not t.done():\n            running = running + 1\n"
                + "    record(\"still running\", running)\n"
                + "    record(\"cancelling\", asyncio.current_task().cancelling())\n\n");
        text("async def child(i, n, fails):\n    for j in range(n):\n        await asyncio.sleep(0)\n"
                + "    if fails:\n        record(\"raises\", i)\n        raise ValueError(i)\n    return i\n\n",
                main + "loop.run_until_complete(main())\n");
    }

    /** Programs of 1 to 4 tasks. */
    static final ProgramFamily<TaskGroupProgram> PROGRAMS = new ProgramFamily<>(
            lists().of(integers().between(0, 999)).ofSizeBetween(2, 5), TaskGroupProgram::new);
}

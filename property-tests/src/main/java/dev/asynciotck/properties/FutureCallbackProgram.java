package dev.asynciotck.properties;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A random program of futures, done callbacks and completions, decoded from a list of integers.
 * Callbacks are registered directly from {@code main} or later from a loop callback (possibly
 * after the future completed); futures are completed by {@code set_result}, {@code set_exception}
 * or {@code cancel} from loop callbacks, each at most once. Every callback records its own label
 * with the future; every completion records {@code completed} with the future right after
 * completing it, so a callback called inline would show up before that event.
 */
public final class FutureCallbackProgram extends TextProgram {

    /**
     * For each future name, its callback labels in registration order: those added from
     * {@code main} first (before the loop runs), then those added from the loop, in FIFO order.
     */
    final Map<String, List<String>> registrations = new LinkedHashMap<>();
    private final Map<String, List<String>> addedLater = new LinkedHashMap<>();
    /** Futures that get completed. */
    final List<String> completed = new ArrayList<>();

    private FutureCallbackProgram(List<Integer> recipe) {
        super(recipe);
        StringBuilder defs = new StringBuilder()
                .append("def finish(fut, v):\n    fut.set_result(v)\n    record(\"completed\", fut)\n\n")
                .append("def fail(fut, v):\n    fut.set_exception(ValueError(v))\n    record(\"completed\", fut)\n\n")
                .append("def abort(fut, v):\n    fut.cancel()\n    record(\"completed\", fut)\n\n")
                .append("def add_later(fut, fn, label):\n    fut.add_done_callback(fn)\n    record(\"added\", label)\n\n");
        StringBuilder main = new StringBuilder("f0 = loop.create_future()\n");
        registrations.put("f0", new ArrayList<>());
        addedLater.put("f0", new ArrayList<>());
        String[] completions = {"finish", "fail", "abort"};
        for (int i = 0; i < recipe.size(); i++) {
            int op = recipe.get(i);
            int param = op / 4;
            List<String> futures = new ArrayList<>(registrations.keySet());
            String target = futures.get(param % futures.size());
            switch (op % 4) {
                case 0: {
                    String name = "f" + registrations.size();
                    main.append(name).append(" = loop.create_future()\n");
                    registrations.put(name, new ArrayList<>());
                    addedLater.put(name, new ArrayList<>());
                    break;
                }
                case 1:
                case 2: {
                    String label = "cb" + i;
                    defs.append("def ").append(label).append("(fut):\n    record(\"").append(label)
                            .append("\", fut)\n\n");
                    if (op % 4 == 1) {
                        main.append(target).append(".add_done_callback(").append(label).append(")\n");
                        registrations.get(target).add(label);
                    } else {
                        main.append("loop.call_soon(add_later, ").append(target).append(", ").append(label)
                                .append(", \"").append(label).append("\")\n");
                        addedLater.get(target).add(label);
                    }
                    break;
                }
                default: {
                    if (!completed.contains(target)) {
                        completed.add(target);
                        main.append("loop.call_soon(").append(completions[param % 3]).append(", ").append(target)
                                .append(", \"v").append(i).append("\")\n");
                    } else {
                        main.append("pass\n");
                    }
                }
            }
        }
        addedLater.forEach((future, labels) -> registrations.get(future).addAll(labels));
        main.append("loop.run_until_complete(settle())\n");
        defs.append("async def settle():\n");
        for (int i = 0; i < 6; i++) {
            defs.append("    await asyncio.sleep(0)\n");
        }
        defs.append('\n');
        String text = defs.toString() + main;
        text(text);
    }

    /** Programs of 1 to 25 operations. */
    static final ProgramFamily<FutureCallbackProgram> PROGRAMS = new ProgramFamily<>(
            lists().of(integers().between(0, 999)).ofSizeBetween(1, 25), FutureCallbackProgram::new);
}

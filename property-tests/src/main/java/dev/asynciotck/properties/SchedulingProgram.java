package dev.asynciotck.properties;

import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A random program of {@code call_soon}, {@code call_at}, {@code call_later} and cancellations,
 * decoded from a list of integers (so it shrinks with the list). Each operation schedules a
 * callback recording a unique label; {@code spawn} callbacks schedule a child from inside the loop.
 * The loop runs until a finishing timer set after every other deadline: {@code call_later}, as the
 * last statement, so that it is due after every timer even when the program was slow to schedule
 * them. It stops the loop only after {@value #FAN_DEPTH} + 2 more iterations (a chain of
 * {@code call_soon}), so that a call_soon chain still under way when it fired (the program thread
 * stalled) finishes first: the properties then hold whatever the timing.
 */
public final class SchedulingProgram extends TextProgram {

    /** Kinds of operation. */
    enum Kind { SOON, AT, LATER, CANCEL, SPAWN, FAN }

    /** Every kind equally often. */
    private static final Kind[] EVEN = Kind.values();
    /** Mostly timers and cancellations: enough cancelled timers to make a loop clean up its heap. */
    private static final Kind[] TIMER_HEAVY = {Kind.AT, Kind.AT, Kind.AT, Kind.AT, Kind.AT, Kind.CANCEL, Kind.CANCEL,
        Kind.CANCEL, Kind.CANCEL, Kind.CANCEL, Kind.SOON, Kind.LATER};
    /** How deep a {@code fan} callback's tree of call_soon children goes (2^depth leaves). */
    private static final int FAN_DEPTH = 4;

    /** Labels of top-level call_soon callbacks (soon and spawn), in scheduling order. */
    final List<String> soonOrder = new ArrayList<>();
    /** Deadline in ms after t0 of each call_at label (negative: already past when scheduled). */
    final Map<String, Integer> deadlines = new HashMap<>();
    /** Every label expected to run exactly once. */
    final Set<String> expected = new HashSet<>();
    /**
     * Timers whose deadline had already come when they were scheduled (zero, negative, past). A
     * {@code call_at} timer with a deadline ahead may be past too when the program was slow to
     * schedule it: the program then records {@value #PAST} with its label (see {@link #dueAtOnce(Trace)}).
     */
    final Set<String> dueAtOnce = new HashSet<>();
    /** Labels whose callback was cancelled. */
    final Set<String> cancelled = new HashSet<>();
    /** Children of spawn callbacks. */
    final Set<String> children = new HashSet<>();

    private SchedulingProgram(List<Integer> recipe, Kind[] palette) {
        super(recipe);
        StringBuilder main = new StringBuilder("t0 = loop.time()\n");
        List<String> labels = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        // the operations so far whose handle is not cancelled, in order: those a cancel may pick
        List<Integer> live = new ArrayList<>();
        int maxDeadline = 0;
        for (int i = 0; i < recipe.size(); i++) {
            int op = recipe.get(i);
            Kind kind = palette[op % palette.length];
            int param = op / palette.length;
            String label;
            switch (kind) {
                case SOON:
                    label = "s" + i;
                    main.append("h").append(i).append(" = loop.call_soon(rec, \"").append(label).append("\")\n");
                    soonOrder.add(label);
                    break;
                case SPAWN:
                    label = "p" + i;
                    main.append("h").append(i).append(" = loop.call_soon(spawn, \"").append(label).append("\")\n");
                    soonOrder.add(label);
                    break;
                case FAN:
                    label = "f" + i;
                    main.append("h").append(i).append(" = loop.call_soon(fan").append(FAN_DEPTH).append(", \"")
                            .append(label).append("\")\n");
                    soonOrder.add(label);
                    break;
                case AT: {
                    label = "t" + i;
                    // 2 ms apart, from a few ms in the past (due at once, still in deadline order)
                    int ms = palette == EVEN ? 2 * (param % 12) - 4 : 2 * (param % 55) - 8;
                    maxDeadline = Math.max(maxDeadline, ms);
                    main.append("h").append(i).append(" = loop.call_at(t0 + ").append(Seconds.of(ms))
                            .append(", rec, \"").append(label).append("\")\n");
                    deadlines.put(label, ms);
                    if (ms <= 0) {
                        dueAtOnce.add(label);
                    } else {
                        main.append("if loop.time() >= t0 + ").append(Seconds.of(ms)).append(":\n    record(\"")
                                .append(PAST).append("\", \"").append(label).append("\")\n");
                    }
                    break;
                }
                case LATER: {
                    label = "l" + i;
                    int ms = param % 3 == 0 ? 0 : param % 21 - 5;
                    maxDeadline = Math.max(maxDeadline, ms);
                    main.append("h").append(i).append(" = loop.call_later(").append(Seconds.of(ms))
                            .append(", rec, \"").append(label).append("\")\n");
                    if (ms <= 0) {
                        dueAtOnce.add(label);
                    }
                    break;
                }
                default: {
                    label = null;
                    if (live.isEmpty()) {
                        main.append("pass\n");
                    } else {
                        int target = live.remove(param % live.size());
                        main.append("h").append(target).append(".cancel()\n");
                        cancelled.add(labels.get(target));
                    }
                }
            }
            labels.add(label);
            kinds.add(kind);
            if (label != null) {
                live.add(i);
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label != null && !cancelled.contains(label)) {
                expected.add(label);
                if (kinds.get(i) == Kind.SPAWN) {
                    children.add(label + "-child");
                    expected.add(label + "-child");
                }
                if (kinds.get(i) == Kind.FAN) {
                    addFanChildren(label, FAN_DEPTH);
                }
            }
        }
        soonOrder.removeAll(cancelled);
        main.append("loop.call_later(").append(Seconds.of(maxDeadline + 2)).append(", finish").append(FAN_DEPTH + 2)
                .append(")\n");
        main.append("loop.run_forever()\n");
        text(DEFINITIONS, main.toString());
    }

    /** The functions every program of the family has. */
    private static final String DEFINITIONS = "def rec(label):\n    record(label)\n\n" + finishFunctions()
            + "def spawn(label):\n    record(label)\n    loop.call_soon(rec, label + \"-child\")\n\n" + fanFunctions();

    /** {@code finish<n>} stops the loop {@code n} iterations later. */
    private static String finishFunctions() {
        StringBuilder out = new StringBuilder("def finish0():\n    loop.stop()\n\n");
        for (int n = 1; n <= FAN_DEPTH + 2; n++) {
            out.append("def finish").append(n).append("():\n    loop.call_soon(finish").append(n - 1).append(")\n\n");
        }
        return out.toString();
    }

    /** Each {@code fan<d>} records its label and schedules two {@code fan<d-1>} children. */
    private static String fanFunctions() {
        StringBuilder out = new StringBuilder("def fan0(label):\n    record(label)\n\n");
        for (int d = 1; d <= FAN_DEPTH; d++) {
            out.append("def fan").append(d).append("(label):\n    record(label)\n")
                    .append("    loop.call_soon(fan").append(d - 1).append(", label + \"a\")\n")
                    .append("    loop.call_soon(fan").append(d - 1).append(", label + \"b\")\n\n");
        }
        return out.toString();
    }

    private void addFanChildren(String label, int depth) {
        if (depth == 0) {
            return;
        }
        for (String suffix : new String[] {"a", "b"}) {
            children.add(label + suffix);
            expected.add(label + suffix);
            addFanChildren(label + suffix, depth - 1);
        }
    }

    /**
     * The label of the event a program records when a {@code call_at} deadline it meant to be
     * ahead had already come once the timer was scheduled; its value is the timer's label.
     */
    static final String PAST = "past";

    /**
     * @param trace a trace of this program
     * @return the timers due when they were scheduled: those meant so, and those the program
     *         found past once scheduled (a {@value #PAST} event)
     */
    Set<String> dueAtOnce(Trace trace) {
        Set<String> due = new HashSet<>(dueAtOnce);
        for (Event e : trace.events()) {
            if (e.label().equals(PAST) && e.value() instanceof TraceValue.Str s) {
                due.add(s.value());
            }
        }
        return due;
    }

    /**
     * @param label a label of a callback of such a program
     * @return whether it is a timer's ({@code call_at}: {@code t<i>}, {@code call_later}: {@code l<i>})
     */
    static boolean isTimer(String label) {
        return label.startsWith("t") || label.startsWith("l");
    }

    /** Programs of 1 to 30 operations of every kind. */
    static final ProgramFamily<SchedulingProgram> PROGRAMS = new ProgramFamily<>(
            lists().of(integers().between(0, 999)).ofSizeBetween(1, 30), r -> new SchedulingProgram(r, EVEN));

    /** Programs of 220 to 320 operations, mostly timers and cancellations. */
    static final ProgramFamily<SchedulingProgram> LARGE_PROGRAMS = new ProgramFamily<>(
            lists().of(integers().between(0, 9999)).ofSizeBetween(220, 320), r -> new SchedulingProgram(r, TIMER_HEAVY));
}

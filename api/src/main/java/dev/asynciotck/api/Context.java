package dev.asynciotck.api;

import java.util.HashMap;
import java.util.Map;

/**
 * Python's {@code contextvars.Context}: a mapping of {@link ContextVar}s to values, one of which is
 * current on each thread. A loop runs each callback in a context: the copy of the context current
 * when the callback was scheduled ({@code call_soon}, {@code call_later}, {@code call_at},
 * {@code call_soon_threadsafe}, {@code add_done_callback}), or the one passed with {@code context=};
 * a task runs every step in its own context, a copy of the one current at its creation (or the one
 * passed, 3.11+).
 *
 * <p>A copy is cheap: contexts share their mapping until one of them changes a variable. A loop
 * that schedules many callbacks can avoid even that: {@link #capture()} takes the current values
 * without making a copy, and {@link Captured#run} makes the copy the callback runs in only when
 * the callback could keep it.
 *
 * <p>Clauses: {@code CTX-CALLBACK-1}, {@code CTX-CALLBACK-2}, {@code CTX-TASK-1}, {@code CTX-TASK-2}.
 */
public final class Context implements CallbackContext {

    /**
     * Each thread's two slots: the context current on it ({@link #CURRENT_SLOT}; {@link #run}
     * swaps it, one thread-local look-up where setting and restoring the thread-local would be
     * three), and the copy {@link Captured#run} runs callbacks in ({@link #SPARE_SLOT}), reused
     * from one callback to the next while no one else can hold it.
     */
    private static final ThreadLocal<Context[]> CURRENT = ThreadLocal.withInitial(() -> new Context[] {new Context(), null});
    private static final int CURRENT_SLOT = 0;
    private static final int SPARE_SLOT = 1;

    private Map<ContextVar, Object> values;
    private boolean entered;
    /**
     * Whether code other than the run that entered it may hold this context: {@link #current()}
     * gave it out, or a {@link ContextVar.Token} keeps it. A spare copy that was seen is never
     * reused: another callback would share it.
     */
    private boolean seen;
    /** The capture of {@link #values} that {@link #capture()} gave last, while they have not changed. */
    private Captured captured;

    /** An empty context (Python's {@code contextvars.Context()}). */
    public Context() {
        this.values = Map.of();
    }

    private Context(Map<ContextVar, Object> values) {
        this.values = values;
    }

    /** @return the context current on this thread */
    public static Context current() {
        Context current = CURRENT.get()[CURRENT_SLOT];
        current.seen = true;
        return current;
    }

    /** @return the context current on this thread, for a look-up that keeps no reference to it */
    static Context currentForLookUp() {
        return CURRENT.get()[CURRENT_SLOT];
    }

    /** Marks this context as held outside its run (a {@link ContextVar.Token} keeps it). */
    void markSeen() {
        seen = true;
    }

    /** @return a copy of the context current on this thread ({@code contextvars.copy_context()}) */
    public static Context copyCurrent() {
        return CURRENT.get()[CURRENT_SLOT].copy();
    }

    /**
     * Captures the values of the context current on this thread, as {@code contextvars.copy_context()}
     * copies them when a loop schedules a callback with no {@code context=} (CTX-CALLBACK-1), but
     * without making the copy: {@link Captured#run} makes it when the callback runs, and only when
     * the callback can keep it. While the current context's values do not change, each capture is
     * the same object.
     *
     * @return the current values, to run a callback in a copy of
     */
    public static Captured capture() {
        Context current = CURRENT.get()[CURRENT_SLOT];
        Captured captured = current.captured;
        if (captured == null || captured.values != current.values) {
            captured = new Captured(current.values);
            current.captured = captured;
        }
        return captured;
    }

    /**
     * The values of a context at the moment they were {@linkplain #capture() captured}. Each
     * {@link #run} runs in a copy of them of its own, as a callback scheduled with a copy of the
     * context does: what the action sets stays in that copy, which no other run shares, and the
     * captured values never change.
     *
     * <p>Clauses: {@code CTX-CALLBACK-1}.
     */
    public static final class Captured implements CallbackContext {

        private final Map<ContextVar, Object> values;

        private Captured(Map<ContextVar, Object> values) {
            this.values = values;
        }

        /**
         * Runs {@code action} in a new copy of the captured values. The copy is the thread's spare
         * one when no one else can hold it: the action cannot tell, because it can reach its
         * context only through {@link Context#current()} or a {@link ContextVar.Token}, and either
         * keeps the copy from being used again.
         *
         * @param action what to run
         */
        @Override
        public void run(Runnable action) {
            Context[] slots = CURRENT.get();
            Context copy = slots[SPARE_SLOT];
            if (copy == null || copy.entered) {
                copy = new Context(values);
                if (slots[SPARE_SLOT] == null) {
                    slots[SPARE_SLOT] = copy;
                }
            } else if (copy.values != values) {
                // stored only when they differ: the spare lives long, and a collector's barrier on a
                // store into an old object costs more than the rest of the run
                copy.values = values;
            }
            Context previous = slots[CURRENT_SLOT];
            copy.entered = true;
            slots[CURRENT_SLOT] = copy;
            try {
                action.run();
            } finally {
                slots[CURRENT_SLOT] = previous;
                copy.entered = false;
                release(slots, copy);
            }
        }

        /** A spare copy that someone else may hold is never used again: another callback would share it. */
        private static void release(Context[] slots, Context copy) {
            if (copy.seen && slots[SPARE_SLOT] == copy) {
                slots[SPARE_SLOT] = null;
            }
        }

        @Override
        public String toString() {
            return "<captured Context values>";
        }
    }

    /** @return a new context with the same values ({@code Context.copy()}) */
    public Context copy() {
        return new Context(values);
    }

    /**
     * Runs {@code action} with this context current, as {@code Context.run} does: the variables
     * it sets change this context, and the context current before is current again afterwards.
     *
     * @param action what to run
     * @throws RuntimeError {@code cannot enter context: ... is already entered} when this context
     *                      is already current somewhere (a context is entered once at a time)
     */
    @Override
    public void run(Runnable action) {
        if (entered) {
            throw new RuntimeError("cannot enter context: " + this + " is already entered");
        }
        Context[] slots = CURRENT.get();
        Context previous = slots[CURRENT_SLOT];
        entered = true;
        slots[CURRENT_SLOT] = this;
        try {
            action.run();
        } finally {
            slots[CURRENT_SLOT] = previous;
            entered = false;
        }
    }

    /**
     * @param variable a variable
     * @return whether this context has a value for it
     */
    public boolean contains(ContextVar variable) {
        return values.containsKey(variable);
    }

    /**
     * {@code Context.get(var, default)}.
     *
     * @param variable     a variable
     * @param defaultValue what to return when this context has no value for it
     * @return its value here, or {@code defaultValue}
     */
    public Object get(ContextVar variable, Object defaultValue) {
        return values.containsKey(variable) ? values.get(variable) : defaultValue;
    }

    void put(ContextVar variable, Object value, boolean present) {
        Map<ContextVar, Object> changed = new HashMap<>(values);
        if (present) {
            changed.put(variable, value);
        } else {
            changed.remove(variable);
        }
        values = changed;
    }

    @Override
    public String toString() {
        return "<Context object>";
    }
}

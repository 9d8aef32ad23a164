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
 * <p>A copy is cheap: contexts share their mapping until one of them changes a variable.
 *
 * <p>Clauses: {@code CTX-CALLBACK-1}, {@code CTX-CALLBACK-2}, {@code CTX-TASK-1}, {@code CTX-TASK-2}.
 */
public final class Context {

    /**
     * The context current on each thread, in a one-element holder: {@link #run} swaps the holder's
     * element, one thread-local look-up where setting and restoring the thread-local would be three.
     */
    private static final ThreadLocal<Context[]> CURRENT = ThreadLocal.withInitial(() -> new Context[] {new Context()});

    private Map<ContextVar, Object> values;
    private boolean entered;

    /** An empty context (Python's {@code contextvars.Context()}). */
    public Context() {
        this.values = Map.of();
    }

    private Context(Map<ContextVar, Object> values) {
        this.values = values;
    }

    /** @return the context current on this thread */
    public static Context current() {
        return CURRENT.get()[0];
    }

    /** @return a copy of the context current on this thread ({@code contextvars.copy_context()}) */
    public static Context copyCurrent() {
        return CURRENT.get()[0].copy();
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
    public void run(Runnable action) {
        if (entered) {
            throw new RuntimeError("cannot enter context: " + this + " is already entered");
        }
        Context[] current = CURRENT.get();
        Context previous = current[0];
        entered = true;
        current[0] = this;
        try {
            action.run();
        } finally {
            current[0] = previous;
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

package dev.asynciotck.api;

/**
 * A coroutine written as a chain of steps, the way the library types of this package are built on
 * futures without a coroutine syntax: each step either returns a value or awaits a future or a
 * coroutine and names the step that runs once it is done, with its result or its exception. A step
 * that throws raises out of the coroutine. Awaiting a future that is already done does not suspend,
 * as in Python. A loop's own coroutines ({@code create_connection}, {@code Server.wait_closed}...)
 * can be written with it too.
 */
public final class Steps implements Coroutine {

    /** One step: runs with the result of the await before it ({@code error} set if that raised). */
    @FunctionalInterface
    public interface Step {
        /**
         * @param value the result of the await before ({@code null} for the first step)
         * @param error the exception of the await before, or {@code null}
         * @return what to do next
         */
        Next run(Object value, PythonException error);
    }

    /** What a step does next: returns, or awaits and then runs another step. */
    public static final class Next {
        final Object value;
        final Awaitable awaiting;
        final Step then;

        private Next(Object value, Awaitable awaiting, Step then) {
            this.value = value;
            this.awaiting = awaiting;
            this.then = then;
        }
    }

    /** @return the step that returns {@code value} */
    public static Next done(Object value) {
        return new Next(value, null, null);
    }

    /** @return the step that awaits {@code awaitable}, then runs {@code then} */
    public static Next await(Awaitable awaitable, Step then) {
        return new Next(null, awaitable, then);
    }

    /** @return a coroutine that runs {@code first} when it starts */
    public static Coroutine coroutine(String name, Step first) {
        return new Steps(name, first);
    }

    /** Rethrows the exception of the await before, if any. */
    public static void raiseIf(PythonException error) {
        if (error != null) {
            throw error;
        }
    }

    private final String name;
    private Step next;
    private Awaitable awaiting;
    private boolean started;

    private Steps(String name, Step first) {
        this.name = name;
        this.next = first;
    }

    @Override
    public CoroutineStep send(Object value) {
        if (!started) {
            started = true;
            if (value != null) {
                next = null;
                throw new TypeError("can't send non-None value to a just-started coroutine");
            }
            return drive(null, null);
        }
        if (next == null) {
            throw new RuntimeError("cannot reuse already awaited coroutine");
        }
        if (awaiting instanceof Coroutine c) {
            return resume(() -> c.send(null));
        }
        Object result = null;
        PythonException error = null;
        try {
            result = ((Future) awaiting).result();
        } catch (PythonException e) {
            error = e;
        }
        return drive(result, error);
    }

    @Override
    public CoroutineStep throwInto(PythonException error) {
        if (!started || next == null) {
            started = true;
            next = null;
            throw error;
        }
        if (awaiting instanceof Coroutine c) {
            return resume(() -> c.throwInto(error));
        }
        return drive(null, error);
    }

    /** Resumes the coroutine awaited; goes on with the next step once it returned or raised. */
    private CoroutineStep resume(java.util.function.Supplier<CoroutineStep> delegate) {
        CoroutineStep step;
        try {
            step = delegate.get();
        } catch (PythonException e) {
            return drive(null, e);
        }
        return step instanceof CoroutineStep.Suspended ? step : drive(((CoroutineStep.Returned) step).value(), null);
    }

    /** Runs steps from {@link #next} until one returns or awaits something not done. */
    private CoroutineStep drive(Object value, PythonException error) {
        while (true) {
            Step step = next;
            awaiting = null;
            next = null;
            Next n = step.run(value, error);
            if (n.awaiting == null) {
                return new CoroutineStep.Returned(n.value);
            }
            next = n.then;
            awaiting = n.awaiting;
            value = null;
            error = null;
            if (awaiting instanceof Future f) {
                if (!f.done()) {
                    return new CoroutineStep.Suspended(f);
                }
                try {
                    value = f.result();
                } catch (PythonException e) {
                    error = e;
                }
                continue;
            }
            if (!(awaiting instanceof Coroutine c)) {
                next = null;
                throw new TypeError("object " + awaiting.getClass().getSimpleName() + " can't be used in 'await' expression");
            }
            try {
                CoroutineStep s = c.send(null);
                if (s instanceof CoroutineStep.Suspended) {
                    return s;
                }
                value = ((CoroutineStep.Returned) s).value();
            } catch (PythonException e) {
                error = e;
            }
        }
    }

    @Override
    public String name() {
        return name;
    }
}

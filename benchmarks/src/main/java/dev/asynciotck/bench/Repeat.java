package dev.asynciotck.bench;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.CoroutineStep;
import dev.asynciotck.api.PythonException;

import java.util.function.Supplier;

/**
 * A coroutine that awaits what {@code next} gives, {@code times} times in a row, then returns
 * {@code None}: Python's {@code for _ in range(times): await next()}.
 */
final class Repeat implements Coroutine {

    private final Supplier<Coroutine> next;
    private int left;
    private Coroutine inner;

    Repeat(int times, Supplier<Coroutine> next) {
        this.left = times;
        this.next = next;
    }

    @Override
    public CoroutineStep send(Object value) {
        while (true) {
            if (inner == null) {
                if (left == 0) {
                    return new CoroutineStep.Returned(null);
                }
                left--;
                inner = next.get();
            }
            CoroutineStep step = inner.send(null);
            if (step instanceof CoroutineStep.Suspended) {
                return step;
            }
            inner = null;
        }
    }

    @Override
    public CoroutineStep throwInto(PythonException error) {
        throw error;
    }

    @Override
    public String name() {
        return "repeat";
    }
}

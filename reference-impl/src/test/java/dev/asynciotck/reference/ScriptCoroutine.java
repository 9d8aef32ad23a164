package dev.asynciotck.reference;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.CoroutineStep;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.RuntimeError;
import java.util.List;

/**
 * A test coroutine made of steps. Step {@code i} runs on the {@code i}-th resumption and receives
 * what the previous suspension ended with: the value sent, or the exception thrown in (the first
 * step gets {@code (null, null)}). A step returns how the coroutine stops, or throws to raise.
 */
final class ScriptCoroutine implements Coroutine {

    /** One segment of the coroutine body, between two suspensions. */
    @FunctionalInterface
    interface Step {
        CoroutineStep run(Object sent, PythonException thrown);
    }

    private final String name;
    private final List<Step> steps;
    private int next;
    /** How many times send/throwInto was called. */
    int resumptions;

    ScriptCoroutine(String name, Step... steps) {
        this.name = name;
        this.steps = List.of(steps);
    }

    static ScriptCoroutine of(Step... steps) {
        return new ScriptCoroutine("script", steps);
    }

    @Override
    public CoroutineStep send(Object value) {
        return resume(value, null);
    }

    @Override
    public CoroutineStep throwInto(PythonException error) {
        return resume(null, error);
    }

    @Override
    public String name() {
        return name;
    }

    private CoroutineStep resume(Object value, PythonException error) {
        resumptions++;
        if (next >= steps.size()) {
            throw new RuntimeError("cannot reuse already awaited coroutine");
        }
        return steps.get(next++).run(value, error);
    }

    // ---------------------------------------------------------------- step helpers

    /** Re-raises what was thrown in, as an {@code await} does. */
    static void rethrow(PythonException thrown) {
        if (thrown != null) {
            throw thrown;
        }
    }

    static CoroutineStep await(Future future) {
        return new CoroutineStep.Suspended(future);
    }

    static CoroutineStep yieldOnce() {
        return CoroutineStep.YIELD;
    }

    static CoroutineStep returning(Object value) {
        return new CoroutineStep.Returned(value);
    }

    /** A coroutine that returns {@code value} at once. */
    static ScriptCoroutine returns(Object value) {
        return of((v, e) -> returning(value));
    }

    /** A coroutine that awaits {@code future} and returns (or raises) its outcome. */
    static ScriptCoroutine awaits(Future future) {
        return of((v, e) -> await(future), (v, e) -> {
            rethrow(e);
            return returning(future.result());
        });
    }
}

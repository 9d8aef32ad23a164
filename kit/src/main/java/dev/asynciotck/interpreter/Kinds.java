package dev.asynciotck.interpreter;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.Handle;
import dev.asynciotck.api.Task;
import dev.asynciotck.api.TimerHandle;
import dev.asynciotck.vocabulary.ObjectKind;
import dev.asynciotck.vocabulary.Vocabulary;

/**
 * Which kind of the vocabulary a run-time value is: the API type that stands for it. The most
 * specific type comes first (a {@link Task} is a {@link Future}).
 */
final class Kinds {

    static final Vocabulary VOCABULARY = Vocabulary.load();

    private Kinds() {
    }

    /**
     * @param v a run-time value
     * @return its kind's name ({@code Task}, {@code TimerHandle}, …), or null for a value of no kind
     */
    static String of(Object v) {
        if (v instanceof Task) {
            return "Task";
        }
        if (v instanceof Future) {
            return "Future";
        }
        if (v instanceof TimerHandle) {
            return "TimerHandle";
        }
        if (v instanceof Handle) {
            return "Handle";
        }
        if (v instanceof EventLoop) {
            return "EventLoop";
        }
        if (v instanceof Coroutine) {
            return "Coroutine";
        }
        return null;
    }

    /**
     * @param v a run-time value
     * @return its kind, or null for a value of no kind
     */
    static ObjectKind kindOf(Object v) {
        String name = of(v);
        return name == null ? null : VOCABULARY.kind(name).orElseThrow(() -> new IllegalStateException(
                "the vocabulary has no kind '" + name + "'"));
    }
}

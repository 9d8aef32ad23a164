package dev.asynciotck.interpreter;

import dev.asynciotck.api.Barrier;
import dev.asynciotck.api.Condition;
import dev.asynciotck.api.Context;
import dev.asynciotck.api.ContextVar;
import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.Event;
import dev.asynciotck.api.ExceptionGroup;
import dev.asynciotck.api.Handle;
import dev.asynciotck.api.Lock;
import dev.asynciotck.api.Queue;
import dev.asynciotck.api.Runner;
import dev.asynciotck.api.Semaphore;
import dev.asynciotck.api.Task;
import dev.asynciotck.api.TaskGroup;
import dev.asynciotck.api.TimerHandle;
import dev.asynciotck.api.Timeout;
import dev.asynciotck.vocabulary.ObjectKind;
import dev.asynciotck.vocabulary.Vocabulary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which kind of the vocabulary a run-time value is: the API type that stands for it. The most
 * specific type comes first (a {@link Task} is a {@link Future}).
 */
final class Kinds {

    static final Vocabulary VOCABULARY = Vocabulary.load();

    /** The API type that stands for each kind, the most specific first. */
    private static final List<Map.Entry<Class<?>, String>> BY_TYPE = List.of(
            Map.entry(Task.class, "Task"), Map.entry(Future.class, "Future"),
            Map.entry(TimerHandle.class, "TimerHandle"), Map.entry(Handle.class, "Handle"),
            Map.entry(EventLoop.class, "EventLoop"), Map.entry(Coroutine.class, "Coroutine"),
            Map.entry(Queue.class, "Queue"), Map.entry(Lock.class, "Lock"), Map.entry(Event.class, "Event"),
            Map.entry(Semaphore.class, "Semaphore"), Map.entry(Condition.class, "Condition"),
            Map.entry(Barrier.class, "Barrier"), Map.entry(Timeout.class, "Timeout"),
            Map.entry(TaskGroup.class, "TaskGroup"), Map.entry(ExceptionGroup.class, "ExceptionGroup"),
            Map.entry(ProgramAsyncGenerator.class, "AsyncGenerator"), Map.entry(Runner.class, "Runner"),
            Map.entry(ContextVar.class, "ContextVar"), Map.entry(Context.class, "Context"),
            Map.entry(dev.asynciotck.api.Transport.class, "Transport"), Map.entry(dev.asynciotck.api.Server.class, "Server"),
            Map.entry(dev.asynciotck.api.DatagramTransport.class, "DatagramTransport"),
            Map.entry(dev.asynciotck.api.TransportSocket.class, "TransportSocket"),
            Map.entry(ProgramSocket.class, "Socket"),
            Map.entry(dev.asynciotck.api.Subprocess.class, "Process"),
            Map.entry(dev.asynciotck.api.StreamReader.class, "StreamReader"),
            Map.entry(dev.asynciotck.api.StreamWriter.class, "StreamWriter"),
            Map.entry(dev.asynciotck.api.IncompleteReadError.class, "IncompleteReadError"),
            Map.entry(dev.asynciotck.api.LimitOverrunError.class, "LimitOverrunError"),
            Map.entry(java.util.concurrent.ExecutorService.class, "Executor"),
            Map.entry(java.util.concurrent.CompletableFuture.class, "ConcurrentFuture"),
            Map.entry(ContextVar.Token.class, "Token"));

    private Kinds() {
    }

    /**
     * @param v a run-time value
     * @return its kind's name ({@code Task}, {@code TimerHandle}, …), or null for a value of no kind
     */
    static String of(Object v) {
        ObjectKind kind = kindOf(v);
        return kind == null ? null : kind.name();
    }

    /**
     * The kind of each class met (empty: none), found once from {@link #BY_TYPE}. (java.lang's
     * ClassValue, named in full: this package's ClassValue is a program's class as a value.)
     */
    private static final java.lang.ClassValue<Optional<ObjectKind>> BY_CLASS = new java.lang.ClassValue<>() {
        @Override
        protected Optional<ObjectKind> computeValue(Class<?> type) {
            for (Map.Entry<Class<?>, String> kind : BY_TYPE) {
                if (kind.getKey().isAssignableFrom(type)) {
                    return Optional.of(VOCABULARY.kind(kind.getValue()).orElseThrow(() -> new IllegalStateException(
                            "the vocabulary has no kind '" + kind.getValue() + "'")));
                }
            }
            return Optional.empty();
        }
    };

    /**
     * @param v a run-time value
     * @return its kind, or null for a value of no kind
     */
    static ObjectKind kindOf(Object v) {
        return v == null ? null : BY_CLASS.get(v.getClass()).orElse(null);
    }
}

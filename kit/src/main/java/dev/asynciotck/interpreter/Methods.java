package dev.asynciotck.interpreter;

import dev.asynciotck.api.Context;
import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.Handle;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.Queue;
import dev.asynciotck.api.QueueOrder;
import dev.asynciotck.api.ReturnWhen;
import dev.asynciotck.api.RuntimeError;
import dev.asynciotck.api.Task;
import dev.asynciotck.api.TimerHandle;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.ValueError;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The implementation of every method of the vocabulary ({@code spec/vocabulary.json}): one table
 * per kind of object, and one for the functions of the {@code asyncio} module, each mapping a name
 * to what it does on the API. A kind has its parent's methods too. {@code VocabularyImplementedTest}
 * fails when a table has a name the vocabulary lacks, or lacks one it has.
 */
final class Methods {

    /** What one method does. */
    @FunctionalInterface
    interface Body<T> {
        Object call(Session session, T self, Args args);
    }

    private static final Map<String, Body<Object>> HANDLE = table(Handle.class, null)
            .with("cancel", (s, h, a) -> {
                a.noMoreThan(0);
                h.cancel();
                return null;
            })
            .with("cancelled", (s, h, a) -> {
                a.noMoreThan(0);
                return h.cancelled();
            }).build();

    private static final Map<String, Body<Object>> TIMER_HANDLE = table(TimerHandle.class, HANDLE)
            .with("when", (s, h, a) -> {
                a.noMoreThan(0);
                return h.when();
            }).build();

    private static final Map<String, Body<Object>> FUTURE = table(Future.class, null)
            .with("result", (s, f, a) -> {
                a.noMoreThan(0);
                return Values.fromApi(f.result());
            })
            .with("exception", (s, f, a) -> {
                a.noMoreThan(0);
                return f.exception();
            })
            .with("done", (s, f, a) -> {
                a.noMoreThan(0);
                return f.done();
            })
            .with("cancelled", (s, f, a) -> {
                a.noMoreThan(0);
                return f.cancelled();
            })
            .with("cancel", (s, f, a) -> {
                Object msg = a.optional(0, "msg", null);
                a.noMoreThan(1);
                return f.cancel(msg == null ? null : Values.str(msg));
            })
            .with("set_result", (s, f, a) -> {
                Object result = a.required(0, "result");
                a.noMoreThan(1);
                f.setResult(result);
                return null;
            })
            .with("set_exception", (s, f, a) -> {
                Object exception = a.required(0, "exception");
                a.noMoreThan(1);
                f.setException(exception(exception));
                return null;
            })
            .with("add_done_callback", (s, f, a) -> {
                Object fn = a.required(0, "fn");
                Context context = context(a);
                a.noMoreThan(1);
                if (context != null) {
                    f.addDoneCallback(s.doneCallback(fn), context);
                } else {
                    f.addDoneCallback(s.doneCallback(fn));
                }
                return null;
            })
            .with("remove_done_callback", (s, f, a) -> {
                Object fn = a.required(0, "fn");
                a.noMoreThan(1);
                return (long) f.removeDoneCallback(s.doneCallback(fn));
            }).build();

    private static final Map<String, Body<Object>> TASK = table(Task.class, FUTURE)
            .with("get_name", (s, t, a) -> {
                a.noMoreThan(0);
                return t.getName();
            })
            .with("set_name", (s, t, a) -> {
                Object value = a.required(0, "value");
                a.noMoreThan(1);
                t.setName(Values.str(value));
                return null;
            })
            .with("cancelling", (s, t, a) -> {
                a.noMoreThan(0);
                return (long) t.cancelling();
            })
            .with("uncancel", (s, t, a) -> {
                a.noMoreThan(0);
                return (long) t.uncancel();
            })
            .with("get_coro", (s, t, a) -> {
                a.noMoreThan(0);
                return t.getCoro();
            }).build();

    private static final Map<String, Body<Object>> LOOP = ThreadMethods.loopMethods(NetworkMethods.loopMethods(
            ErrorMethods.loopMethods(SignalMethods.loopMethods(SocketMethods.loopMethods(table(EventLoop.class, null))))))
            .with("set_task_factory", (s, loop, a) -> {
                Object factory = a.required(0, "factory");
                a.noMoreThan(1);
                loop.setTaskFactory(TaskFactories.toApi(s, factory));
                return null;
            })
            .with("get_task_factory", (s, loop, a) -> {
                a.noMoreThan(0);
                return TaskFactories.fromApi(loop.getTaskFactory());
            })
            .with("time", (s, loop, a) -> {
                a.noMoreThan(0);
                return loop.time();
            })
            .with("call_soon", (s, loop, a) -> {
                Runnable callback = s.callback(a.required(0, "callback"), List.copyOf(a.from(1)));
                Context context = context(a);
                a.noUnknownKeywords();
                return context != null ? loop.callSoon(callback, context) : loop.callSoon(callback);
            })
            .with("call_soon_threadsafe", (s, loop, a) -> {
                Runnable callback = s.callback(a.required(0, "callback"), List.copyOf(a.from(1)));
                Context context = context(a);
                a.noUnknownKeywords();
                return context != null ? loop.callSoonThreadsafe(callback, context) : loop.callSoonThreadsafe(callback);
            })
            .with("call_later", (s, loop, a) -> {
                double delay = number("call_later", a.required(0, "delay"));
                Runnable callback = s.callback(a.required(1, "callback"), List.copyOf(a.from(2)));
                Context context = context(a);
                a.noUnknownKeywords();
                return context != null ? loop.callLater(delay, callback, context) : loop.callLater(delay, callback);
            })
            .with("call_at", (s, loop, a) -> {
                double when = number("call_at", a.required(0, "when"));
                Runnable callback = s.callback(a.required(1, "callback"), List.copyOf(a.from(2)));
                Context context = context(a);
                a.noUnknownKeywords();
                return context != null ? loop.callAt(when, callback, context) : loop.callAt(when, callback);
            })
            .with("run_forever", (s, loop, a) -> {
                a.noMoreThan(0);
                loop.runForever();
                return null;
            })
            .with("run_until_complete", (s, loop, a) -> {
                Object future = a.required(0, "future");
                a.noMoreThan(1);
                return Values.fromApi(loop.runUntilComplete(future));
            })
            .with("stop", (s, loop, a) -> {
                a.noMoreThan(0);
                loop.stop();
                return null;
            })
            .with("close", (s, loop, a) -> {
                a.noMoreThan(0);
                loop.close();
                return null;
            })
            .with("is_running", (s, loop, a) -> {
                a.noMoreThan(0);
                return loop.isRunning();
            })
            .with("is_closed", (s, loop, a) -> {
                a.noMoreThan(0);
                return loop.isClosed();
            })
            .with("create_future", (s, loop, a) -> {
                a.noMoreThan(0);
                return loop.createFuture();
            })
            .with("create_task", (s, loop, a) -> createTask(a, loop::createTask))
            .with("shutdown_asyncgens", (s, loop, a) -> {
                a.noMoreThan(0);
                return loop.shutdownAsyncgens();
            }).build();

    private static final Map<String, Body<Object>> ASYNC_GENERATOR = table(ProgramAsyncGenerator.class, null)
            .with("aclose", (s, g, a) -> {
                a.noMoreThan(0);
                return g.aclose();
            }).build();

    private static final Map<String, Body<Object>> QUEUE = table(Queue.class, null)
            .with("put", (s, q, a) -> {
                Object item = a.required(0, "item");
                a.noMoreThan(1);
                return q.put(item);
            })
            .with("get", (s, q, a) -> {
                a.noMoreThan(0);
                return q.get();
            })
            .with("put_nowait", (s, q, a) -> {
                Object item = a.required(0, "item");
                a.noMoreThan(1);
                q.putNowait(item);
                return null;
            })
            .with("get_nowait", (s, q, a) -> {
                a.noMoreThan(0);
                return q.getNowait();
            })
            .with("qsize", (s, q, a) -> {
                a.noMoreThan(0);
                return q.qsize();
            })
            .with("empty", (s, q, a) -> {
                a.noMoreThan(0);
                return q.empty();
            })
            .with("full", (s, q, a) -> {
                a.noMoreThan(0);
                return q.full();
            })
            .with("task_done", (s, q, a) -> {
                a.noMoreThan(0);
                q.taskDone();
                return null;
            })
            .with("join", (s, q, a) -> {
                a.noMoreThan(0);
                return q.join();
            })
            .with("shutdown", (s, q, a) -> {
                boolean immediate = PyOps.truthy(a.optional(0, "immediate", false));
                a.noMoreThan(1);
                q.shutdown(immediate);
                return null;
            }).build();

    /** The functions and classes of the asyncio module (its constants and exception types are values, not methods). */
    private static final Map<String, Body<Object>> ASYNCIO = StreamMethods.asyncioFunctions(ProcessMethods.asyncioFunctions(table(AsyncioModule.class, null)))
            .with("Queue", (s, m, a) -> queue(s, a, QueueOrder.FIFO))
            .with("PriorityQueue", (s, m, a) -> queue(s, a, QueueOrder.PRIORITY))
            .with("LifoQueue", (s, m, a) -> queue(s, a, QueueOrder.LIFO))
            .with("Lock", SyncMethods::newLock)
            .with("Event", SyncMethods::newEvent)
            .with("Semaphore", (s, m, a) -> SyncMethods.newSemaphore(s, a, false))
            .with("BoundedSemaphore", (s, m, a) -> SyncMethods.newSemaphore(s, a, true))
            .with("Condition", SyncMethods::newCondition)
            .with("Barrier", SyncMethods::newBarrier)
            .with("timeout", TimeoutMethods::timeout)
            .with("timeout_at", (s, m, a) -> TimeoutMethods.timeoutAt(s, a, "timeout_at"))
            .with("Timeout", (s, m, a) -> TimeoutMethods.timeoutAt(s, a, "Timeout"))
            .with("wait_for", TimeoutMethods::waitFor)
            .with("shield", TimeoutMethods::shield)
            .with(TimeoutMethods.AS_COMPLETED, TimeoutMethods::asCompleted)
            .with("run", RunnerMethods::run)
            .with("Runner", RunnerMethods::runner)
            .with("get_running_loop", RunnerMethods::getRunningLoop)
            .with("TaskGroup", TaskGroupMethods::newTaskGroup)
            .with("sleep", (s, m, a) -> {
                double delay = number("sleep", a.required(0, "delay"));
                Object result = a.optional(1, "result", null);
                a.noMoreThan(2);
                return s.currentLoop().sleep(delay, result);
            })
            .with("gather", (s, m, a) -> {
                boolean returnExceptions = PyOps.truthy(a.keyword("return_exceptions", false));
                a.noUnknownKeywords();
                List<Object> children = List.copyOf(a.from(0));
                EventLoop loop = s.currentLoop();
                for (Object child : children) {
                    if (child instanceof Future f) {
                        loop = f.loop();
                        break;
                    }
                }
                return loop.gather(children, returnExceptions);
            })
            .with("wait", (s, m, a) -> {
                Object fs = a.required(0, "fs");
                Object timeout = a.optional(1, "timeout", null);
                Object returnWhen = a.optional(2, "return_when", "ALL_COMPLETED");
                a.noMoreThan(3);
                if (fs instanceof Future) {
                    throw new TypeError("expect a list of futures, not " + PyOps.typeName(fs));
                }
                Collection<Object> items = Values.iterate(fs);
                ReturnWhen when = returnWhen(returnWhen);
                Double seconds = timeout == null ? null : number("wait", timeout);
                return s.currentLoop().wait(items, seconds, when);
            })
            .with("create_task", (s, m, a) -> Methods.createTask(a, (c, name, context) -> running(s).createTask(c, name, context)))
            .with("to_thread", (s, m, a) -> ThreadMethods.toThread(s, a))
            .with("run_coroutine_threadsafe", (s, m, a) -> {
                Object coro = a.required(0, "coro");
                EventLoop loop = loopArgument("run_coroutine_threadsafe", a.required(1, "loop"));
                a.noMoreThan(2);
                return dev.asynciotck.api.ConcurrentFutures.runCoroutineThreadsafe(coro, loop);
            })
            .with("Task", (s, m, a) -> {
                Object loop = a.keyword("loop", null);
                EventLoop target = loop == null ? running(s) : loopArgument("Task", loop);
                return Methods.createTask(a, (c, name, context) -> target.newTask(c, name, false, context));
            })
            .with(TaskFactories.EAGER, (s, m, a) -> {
                // Task(coro, loop=loop, name=name, eager_start=True): named before its first step.
                EventLoop loop = loopArgument(TaskFactories.EAGER, a.required(0, "loop"));
                Object coro = a.required(1, "coro");
                Object taskName = a.keyword("name", null);
                a.noMoreThan(2);
                if (!(coro instanceof Coroutine c)) {
                    throw new TypeError("a coroutine was expected, got " + PyOps.repr(coro));
                }
                return loop.newTask(c, taskName == null ? null : Values.str(taskName), true);
            })
            .with("ensure_future", (s, m, a) -> {
                Object obj = a.required(0, "coro_or_future");
                a.noMoreThan(1);
                return loopOf(s, obj).ensureFuture(obj);
            })
            .with("all_tasks", (s, m, a) -> {
                a.noMoreThan(0);
                return new java.util.LinkedHashSet<Object>(running(s).allTasks());
            })
            .with("current_task", (s, m, a) -> {
                a.noMoreThan(0);
                return running(s).currentTask();
            }).build();

    /** The tables by kind ({@code asyncio} for the module's functions), for the dispatch and the tests. */
    static final Map<String, Map<String, Body<Object>>> BY_KIND = Map.ofEntries(
            Map.entry("EventLoop", LOOP), Map.entry("Handle", HANDLE), Map.entry("TimerHandle", TIMER_HANDLE),
            Map.entry("Future", FUTURE), Map.entry("Task", TASK), Map.entry("Coroutine", Map.of()),
            Map.entry("Queue", QUEUE), Map.entry("Lock", SyncMethods.LOCK), Map.entry("Event", SyncMethods.EVENT),
            Map.entry("Semaphore", SyncMethods.SEMAPHORE), Map.entry("Condition", SyncMethods.CONDITION),
            Map.entry("Barrier", SyncMethods.BARRIER), Map.entry("Timeout", TimeoutMethods.TIMEOUT),
            Map.entry("TaskGroup", TaskGroupMethods.TASK_GROUP),
            Map.entry("ExceptionGroup", TaskGroupMethods.EXCEPTION_GROUP),
            Map.entry("AsyncGenerator", ASYNC_GENERATOR), Map.entry("Runner", RunnerMethods.RUNNER),
            Map.entry("ContextVar", ContextMethods.CONTEXT_VAR), Map.entry("Context", ContextMethods.CONTEXT),
            Map.entry("Token", Map.of()),
            Map.entry("Transport", NetworkMethods.TRANSPORT), Map.entry("Server", NetworkMethods.SERVER),
            Map.entry("DatagramTransport", NetworkMethods.DATAGRAM_TRANSPORT),
            Map.entry("TransportSocket", NetworkMethods.TRANSPORT_SOCKET),
            Map.entry("Socket", SocketMethods.SOCKET),
            Map.entry("Process", ProcessMethods.PROCESS),
            Map.entry("StreamReader", StreamMethods.STREAM_READER), Map.entry("StreamWriter", StreamMethods.STREAM_WRITER),
            Map.entry("IncompleteReadError", StreamMethods.INCOMPLETE_READ_ERROR),
            Map.entry("LimitOverrunError", StreamMethods.LIMIT_OVERRUN_ERROR),
            Map.entry("Executor", ThreadMethods.EXECUTOR),
            Map.entry("ConcurrentFuture", ThreadMethods.CONCURRENT_FUTURE),
            Map.entry("asyncio", ASYNCIO));

    private Methods() {
    }

    static Object invoke(Session session, Object self, String name, Args a) {
        String kind = self == AsyncioModule.INSTANCE ? "asyncio" : Kinds.of(self);
        Body<Object> body = kind == null ? null : BY_KIND.getOrDefault(kind, Map.of()).get(name);
        if (body == null) {
            String noneFrom = session.noneFrom();
            if (self == null && noneFrom != null && BY_KIND.get(Kinds.VOCABULARY.returns(noneFrom).orElseThrow()).containsKey(name)) {
                throw new LoopDeviationException(noneFrom + " returned None; asyncio returns " + article(noneFrom)
                        + " (None only " + Kinds.VOCABULARY.noneWhen(noneFrom).orElseThrow() + ")");
            }
            throw new InvalidProgramException("no method '" + name + "' on " + PyOps.typeName(self));
        }
        Object result = body.call(session, self, a);
        String wanted = Kinds.VOCABULARY.returns(name).orElse(null);
        if (result == null && Kinds.VOCABULARY.noneWhen(name).isPresent()) {
            session.returnedNone(name);
        } else if (wanted != null && !Kinds.VOCABULARY.isA(Kinds.of(result), wanted)) {
            throw new LoopDeviationException(name + " returned " + javaType(result)
                    + "; asyncio returns " + article(name));
        } else if (result instanceof Coroutine && Kinds.VOCABULARY.awaitGives(name).isPresent()) {
            session.returnedValueCall(result, name);
        }
        return result;
    }

    /**
     * An item that {@code async for} over what the asyncio function {@code name} returns gave:
     * when the vocabulary says what kind each item is ({@code as_completed}: a Future,
     * ASCOMPLETED-ASYNC-1), an item of another kind is the loop's deviation, not the program's fault.
     *
     * @throws LoopDeviationException when the item is not of that kind
     */
    static void checkGiven(String name, Object item) {
        String wanted = Kinds.VOCABULARY.asyncForGives(name).orElse(null);
        if (wanted != null && !Kinds.VOCABULARY.isA(Kinds.of(item), wanted)) {
            throw new LoopDeviationException("async for over " + name + "() gave " + javaType(item)
                    + "; asyncio gives " + withArticle(wanted));
        }
    }

    /**
     * The value of an await statement that awaited the coroutine of {@code call}, or a task running
     * it: when the vocabulary says what that value is ({@code create_server}: a Server;
     * {@code create_connection}: a tuple whose first item is a Transport), a value of another shape
     * or kind is the loop's deviation, not the program's fault.
     *
     * @throws LoopDeviationException when the value is not what asyncio gives
     */
    static void checkAwaited(String call, Object value) {
        dev.asynciotck.vocabulary.AwaitGives wanted = Kinds.VOCABULARY.awaitGives(call).orElseThrow();
        String gives = "awaiting " + call + "() gave ";
        if (!wanted.tuple()) {
            if (!Kinds.VOCABULARY.isA(Kinds.of(value), wanted.kinds().get(0))) {
                throw new LoopDeviationException(gives + javaType(value) + "; asyncio gives " + withArticle(wanted.kinds().get(0)));
            }
            return;
        }
        if (!(value instanceof PyTuple tuple) || tuple.items().size() != wanted.kinds().size()) {
            throw new LoopDeviationException(gives + javaType(value) + "; asyncio gives a tuple " + wanted.describe());
        }
        for (int i = 0; i < wanted.kinds().size(); i++) {
            String kind = wanted.kinds().get(i);
            Object item = tuple.items().get(i);
            if (kind != null && !Kinds.VOCABULARY.isA(Kinds.of(item), kind)) {
                throw new LoopDeviationException(gives + javaType(item) + " as item " + i + " of its tuple; asyncio gives "
                        + withArticle(kind) + " there");
            }
        }
    }

    private static String javaType(Object value) {
        return value == null ? "None" : value.getClass().getName();
    }

    /** @return "a Handle", "an EventLoop": the kind asyncio documents {@code name} returns */
    private static String article(String name) {
        return withArticle(Kinds.VOCABULARY.returns(name).orElseThrow());
    }

    private static String withArticle(String kind) {
        return "a" + ("AEIOU".indexOf(kind.charAt(0)) >= 0 ? "n " : " ") + kind;
    }

    /** {@code asyncio.Queue(maxsize=0)} and its kin, made by the loop running (else the program's loop). */
    private static Queue queue(Session s, Args a, QueueOrder order) {
        Object maxsize = a.optional(0, "maxsize", 0L);
        a.noMoreThan(1);
        if (!(maxsize instanceof Long size)) {
            throw new InvalidProgramException("asyncio." + (order == QueueOrder.FIFO ? "Queue" : order == QueueOrder.PRIORITY
                    ? "PriorityQueue" : "LifoQueue") + "(): maxsize is an int in the scenario language, got "
                    + PyOps.typeName(maxsize));
        }
        return s.currentLoop().newQueue(order, size, (x, y) -> PyOps.compare("<", x, y));
    }

    private static ReturnWhen returnWhen(Object v) {
        if (v instanceof String s) {
            for (ReturnWhen w : ReturnWhen.values()) {
                if (w.name().equals(s)) {
                    return w;
                }
            }
        }
        throw new ValueError("Invalid return_when value: " + Values.str(v));
    }

    private static PythonException exception(Object v) {
        if (v instanceof PythonException e) {
            return e;
        }
        if (v instanceof ExceptionClass c) {
            return PythonException.of(c.type(), "");
        }
        throw new TypeError("exceptions must derive from BaseException");
    }

    /**
     * {@code create_task(coro, *, name=None)} of a loop or a task group: checks the arguments and
     * makes the task with {@code make}.
     */
    static Object createTask(Args a, TaskMaker make) {
        Object coro = a.required(0, "coro");
        Object taskName = a.keyword("name", null);
        Context context = context(a);
        a.noMoreThan(1);
        if (!(coro instanceof Coroutine c)) {
            throw new TypeError("a coroutine was expected, got " + PyOps.repr(coro));
        }
        return make.make(c, taskName == null ? null : Values.str(taskName), context);
    }

    /** Makes a task of a coroutine, with its name and context ({@code null}: the default). */
    @FunctionalInterface
    interface TaskMaker {
        Object make(Coroutine coroutine, String name, Context context);
    }

    /** The {@code context=} keyword of the calls that take one: a {@code Context}, or {@code null} when absent or None. */
    static Context context(Args a) {
        Object context = a.keyword("context", null);
        if (context == null || context instanceof Context) {
            return (Context) context;
        }
        throw new TypeError("an instance of Context was expected, got " + PyOps.repr(context));
    }

    /** The loop of a future argument, else the program's current loop: where asyncio's functions make a task of a coroutine. */
    static EventLoop loopOf(Session s, Object awaitable) {
        return awaitable instanceof Future f ? f.loop() : s.currentLoop();
    }

    private static EventLoop loopArgument(String function, Object loop) {
        if (loop instanceof EventLoop l) {
            return l;
        }
        throw new InvalidProgramException(function + "(): loop is an event loop in the scenario language, got "
                + PyOps.typeName(loop));
    }

    /** The loop running, for the asyncio functions that need one. */
    static EventLoop running(Session s) {
        EventLoop running = s.runningLoop();
        if (running == null) {
            throw new RuntimeError("no running event loop");
        }
        return running;
    }

    static double number(String function, Object v) {
        if (!PyOps.isNumber(v)) {
            throw Builtins.notANumber(function, v);
        }
        return PyOps.toDouble(v);
    }

    static <T> Table<T> table(Class<T> type, Map<String, Body<Object>> parent) {
        return new Table<>(type, parent);
    }

    /** Builds a table of methods on receivers of one API type, after the parent kind's. */
    static final class Table<T> {
        private final Class<T> type;
        private final Map<String, Body<Object>> methods = new LinkedHashMap<>();

        Table(Class<T> type, Map<String, Body<Object>> parent) {
            this.type = type;
            if (parent != null) {
                methods.putAll(parent);
            }
        }

        Table<T> with(String name, Body<T> body) {
            methods.put(name, (session, self, args) -> body.call(session, type.cast(self), args));
            return this;
        }

        Map<String, Body<Object>> build() {
            return Map.copyOf(methods);
        }
    }
}

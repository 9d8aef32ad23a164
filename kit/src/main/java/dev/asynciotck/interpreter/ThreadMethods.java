package dev.asynciotck.interpreter;

import dev.asynciotck.api.CoroutineFunction;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.ValueError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Threads in the language: the loop's executor methods and debug mode, {@code asyncio.to_thread},
 * the {@code Executor} kind ({@code ThreadPoolExecutor}), and the kit's {@code blocking_sleep} and
 * {@code threadsafe_flood}.
 */
final class ThreadMethods {

    private ThreadMethods() {
    }

    /** A program's {@code async def} passed where a callable goes: the loop may refuse it in debug mode. */
    private record AsyncCallable(Supplier<Object> call) implements Runnable, Supplier<Object>, CoroutineFunction {
        @Override
        public void run() {
            call.get();
        }

        @Override
        public Object get() {
            return call.get();
        }
    }

    /** @return whether calling {@code fn} makes a coroutine (an async def of the program, or a method of one) */
    static boolean isCoroutineFunction(Object fn) {
        return fn instanceof FunctionValue f && f.def().async() && !f.def().asyncGenerator()
                || fn instanceof ProgramMethod m && m.method().async() && !m.method().asyncGenerator();
    }

    /** @return the callback {@code fn(*args)} as the loop gets it: marked when it is a coroutine function */
    static Runnable callback(Session s, Object fn, List<Object> args) {
        Runnable run = () -> s.calls.callFromLoop(fn, args);
        return isCoroutineFunction(fn) ? new AsyncCallable(() -> s.calls.callFromLoop(fn, args)) : run;
    }

    /** @return {@code fn(*args, **kwargs)} as a function for an executor thread */
    private static Supplier<Object> call(Session s, Object fn, List<Object> args, Map<String, Object> kwargs) {
        s.calls.checkCallable(fn);
        Supplier<Object> get = () -> s.calls.callFromThread(fn, args, kwargs);
        return isCoroutineFunction(fn) ? new AsyncCallable(get) : get;
    }

    /** run_in_executor, set_default_executor, shutdown_default_executor, set_debug and get_debug, for the loop's table. */
    static <T extends EventLoop> Methods.Table<T> loopMethods(Methods.Table<T> table) {
        return table
                .with("run_in_executor", (s, loop, a) -> {
                    Object executor = a.required(0, "executor");
                    Object fn = a.required(1, "func");
                    List<Object> args = List.copyOf(a.from(2));
                    a.noUnknownKeywords();
                    if (executor != null && !(executor instanceof Executor)) {
                        throw new InvalidProgramException("run_in_executor(): the executor is None or a ThreadPoolExecutor, got "
                                + PyOps.repr(executor));
                    }
                    return loop.runInExecutor((Executor) executor, call(s, fn, args, Map.of()));
                })
                .with("set_default_executor", (s, loop, a) -> {
                    Object executor = a.required(0, "executor");
                    a.noMoreThan(1);
                    loop.setDefaultExecutor(executor);  // the loop refuses what is not a thread pool (EXECUTOR-DEFAULT-2)
                    return null;
                })
                .with("shutdown_default_executor", (s, loop, a) -> {
                    a.noMoreThan(0);
                    return loop.shutdownDefaultExecutor();
                })
                .with("set_debug", (s, loop, a) -> {
                    Object enabled = a.required(0, "enabled");
                    a.noMoreThan(1);
                    loop.setDebug(PyOps.truthy(enabled));
                    return null;
                })
                .with("get_debug", (s, loop, a) -> {
                    a.noMoreThan(0);
                    return loop.getDebug();
                })
                .with("slow_callback_duration", (s, loop, a) -> loop.slowCallbackDuration());
    }

    /** {@code asyncio.to_thread(func, *args, **kwargs)}, for the asyncio module's table. */
    static Object toThread(Session s, Args a) {
        Object fn = a.required(0, "func");
        List<Object> args = List.copyOf(a.from(1));
        Map<String, Object> kwargs = a.otherKeywords();
        return Methods.running(s).toThread(call(s, fn, args, kwargs));
    }

    /** The Executor kind: a ThreadPoolExecutor. */
    static final Map<String, Methods.Body<Object>> EXECUTOR = Methods.table(ExecutorService.class, null)
            .with("shutdown", (s, e, a) -> {
                Object wait = a.optional(0, "wait", Boolean.TRUE);
                a.noMoreThan(1);
                e.shutdown();
                if (PyOps.truthy(wait)) {
                    try {
                        e.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new java.util.concurrent.CancellationException("interrupted while waiting for the executor");
                    }
                }
                return null;
            }).build();

    /** The ConcurrentFuture kind: run_coroutine_threadsafe's concurrent.futures.Future. */
    static final Map<String, Methods.Body<Object>> CONCURRENT_FUTURE = Methods.table(CompletableFuture.class, null)
            .with("result", (s, f, a) -> {
                Object timeout = a.optional(0, "timeout", null);
                a.noMoreThan(1);
                return outcome(f, timeout, true);
            })
            .with("exception", (s, f, a) -> {
                Object timeout = a.optional(0, "timeout", null);
                a.noMoreThan(1);
                return outcome(f, timeout, false);
            })
            .with("done", (s, f, a) -> {
                a.noMoreThan(0);
                return f.isDone();
            })
            .with("cancelled", (s, f, a) -> {
                a.noMoreThan(0);
                return f.isCancelled();
            })
            .with("cancel", (s, f, a) -> {
                a.noMoreThan(0);
                return f.cancel(false) || f.isCancelled();
            }).build();

    /**
     * Waits for a concurrent future, blocking the thread: its value (or, for {@code exception()},
     * None), else its exception raised (or given). A cancelled one raises CancelledError, as
     * Python's concurrent.futures.CancelledError, which the language does not tell apart; a
     * timeout TimeoutError.
     */
    private static Object outcome(CompletableFuture<?> f, Object timeout, boolean result) {
        try {
            Object value = timeout == null ? f.get()
                    : f.get((long) (Methods.number("result", timeout) * 1e9), TimeUnit.NANOSECONDS);
            return result ? Values.fromApi(value) : null;
        } catch (java.util.concurrent.CancellationException e) {
            throw new dev.asynciotck.api.CancelledError(null);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof PythonException error)) {
                throw new IllegalStateException("a concurrent future failed outside Python's exceptions", e.getCause());
            }
            if (result) {
                throw error;
            }
            return error;
        } catch (java.util.concurrent.TimeoutException e) {
            throw dev.asynciotck.api.PythonException.of(dev.asynciotck.api.PyType.TIMEOUT_ERROR, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while waiting for a concurrent future");
        }
    }

    /** {@code ThreadPoolExecutor(max_workers=None)}: daemon threads, made as calls come. */
    static ExecutorService threadPool(Args a) {
        Object max = a.optional(0, "max_workers", null);
        a.noMoreThan(1);
        int workers = Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
        if (max != null) {
            if (!(max instanceof Long n)) {
                throw new TypeError("'<=' not supported between instances of '" + PyOps.typeName(max) + "' and 'int'");
            }
            if (n <= 0) {
                throw new ValueError("max_workers must be greater than 0");
            }
            workers = (int) Math.min(n, 1024);
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread t = new Thread(runnable, "ThreadPoolExecutor");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** {@code blocking_sleep(seconds)}: the calling thread sleeps (Python's {@code time.sleep}). */
    static Object blockingSleep(Args a) {
        double seconds = PyOps.toDouble(a.required(0, "seconds"));
        a.noMoreThan(1);
        if (seconds < 0) {
            throw new ValueError("sleep length must be non-negative");
        }
        try {
            Thread.sleep((long) (seconds * 1000), (int) ((seconds * 1e9) % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted in blocking_sleep");
        }
        return null;
    }

    /** An argument of threadsafe_flood: an int of at least 1 (the driver's messages). */
    private static long floodCount(String name, Object v) {
        if (!(v instanceof Long n)) {
            throw new TypeError("threadsafe_flood(): " + name + " must be an int, not " + PyOps.typeName(v));
        }
        if (n < 1) {
            throw new ValueError("threadsafe_flood(): " + name + " must be at least 1, got " + n);
        }
        return n;
    }

    /**
     * {@code threadsafe_flood(threads, calls)}: {@code threads} threads each schedule {@code calls}
     * counting callbacks with {@code call_soon_threadsafe}, then one that marks it done; the future's
     * result, once every thread is done, is how many counting callbacks the loop ran.
     */
    static Future threadsafeFlood(Session s, Args a) {
        Object threads = a.required(0, "threads");
        Object calls = a.required(1, "calls");
        a.noMoreThan(2);
        long t = floodCount("threads", threads);
        long c = floodCount("calls", calls);
        EventLoop loop = s.mainLoop();
        Future future = loop.createFuture();
        long[] counts = new long[2];
        Runnable tick = () -> counts[0]++;
        Runnable finished = () -> {
            if (++counts[1] == t && !future.done()) {
                future.setResult(counts[0]);
            }
        };
        for (int i = 0; i < t; i++) {
            Thread thread = new Thread(() -> {
                for (long n = 0; n < c; n++) {
                    loop.callSoonThreadsafe(tick);
                }
                loop.callSoonThreadsafe(finished);
            }, "tck-threadsafe_flood");
            thread.setDaemon(true);
            thread.start();
        }
        return future;
    }
}

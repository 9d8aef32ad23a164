package dev.asynciotck.api;

import java.util.Collection;
import java.util.List;

/**
 * An asyncio event loop: asyncio's {@code AbstractEventLoop} plus the module-level functions
 * that act on the running loop ({@code asyncio.sleep}, {@code gather}, {@code wait},
 * {@code current_task}), so that a third-party loop is checked on all of them.
 *
 * <p>A loop runs on one thread. Every method but {@link #callSoonThreadsafe} must be called on
 * that thread. Methods that asyncio documents as raising do so with a {@link PythonException}
 * carrying asyncio's type and message, e.g. {@code RuntimeError: Event loop is closed}.
 */
public interface EventLoop {

    // ---------------------------------------------------------------- clock

    /**
     * Clauses: {@code LOOP-TIMER-4}.
     *
     * @return the loop's monotonic clock, in seconds; never decreases
     */
    double time();

    /**
     * Clauses: {@code LOOP-TIMER-3}.
     *
     * @return the resolution of {@link #time()}, in seconds: a timer may run up to this much before
     *         its deadline and still be on time
     */
    double clockResolution();

    // ---------------------------------------------------------------- scheduling callbacks

    /**
     * Schedules {@code callback} for the next iteration, after every callback already scheduled.
     *
     * <p>Clauses: {@code LOOP-SOON-1}, {@code LOOP-SOON-2}, {@code LOOP-SOON-3}, {@code LOOP-SOON-5},
     * {@code LOOP-SOON-7}.
     *
     * @param callback the callback, run in a copy of the context current now ({@code CTX-CALLBACK-1})
     * @return its handle
     * @throws RuntimeError {@code Event loop is closed}
     */
    default Handle callSoon(Runnable callback) {
        return callSoon(callback, Context.copyCurrent());
    }

    /**
     * {@link #callSoon(Runnable)} with {@code context=}: the callback runs in {@code context} itself.
     *
     * <p>Clauses: {@code CTX-CALLBACK-1}, {@code CTX-CALLBACK-2}.
     *
     * @param callback the callback
     * @param context  the context it runs in
     * @return its handle
     * @throws RuntimeError {@code Event loop is closed}
     */
    Handle callSoon(Runnable callback, Context context);

    /**
     * {@link #callSoon} callable from any thread, by many at once; wakes the loop if it is blocked
     * waiting.
     *
     * <p>Clauses: {@code LOOP-SOON-5}, {@code LOOP-SOON-6}, {@code LOOP-SOON-8}.
     *
     * @param callback the callback, run in a copy of the context current now (on the calling thread)
     * @return its handle
     * @throws RuntimeError {@code Event loop is closed}
     */
    default Handle callSoonThreadsafe(Runnable callback) {
        return callSoonThreadsafe(callback, Context.copyCurrent());
    }

    /**
     * {@link #callSoonThreadsafe(Runnable)} with {@code context=}.
     *
     * <p>Clauses: {@code CTX-CALLBACK-1}.
     *
     * @param callback the callback
     * @param context  the context it runs in
     * @return its handle
     * @throws RuntimeError {@code Event loop is closed}
     */
    Handle callSoonThreadsafe(Runnable callback, Context context);

    /**
     * Schedules {@code callback} to run {@code delay} seconds from now.
     *
     * <p>Clauses: {@code LOOP-TIMER-8}, {@code LOOP-TIMER-1}, {@code LOOP-TIMER-2}, {@code LOOP-TIMER-3},
     * {@code LOOP-TIMER-5}, {@code LOOP-TIMER-7}, {@code LOOP-SOON-5}.
     *
     * @param delay    seconds; zero or negative means "as soon as possible", but never inline
     * @param callback the callback, run in a copy of the context current now
     * @return its handle, with {@code when() == time() + delay}
     * @throws RuntimeError {@code Event loop is closed}
     */
    default TimerHandle callLater(double delay, Runnable callback) {
        return callAt(time() + delay, callback, Context.copyCurrent());
    }

    /**
     * {@link #callLater(double, Runnable)} with {@code context=}.
     *
     * <p>Clauses: {@code CTX-CALLBACK-1}.
     *
     * @param delay    seconds
     * @param callback the callback
     * @param context  the context it runs in
     * @return its handle
     * @throws RuntimeError {@code Event loop is closed}
     */
    default TimerHandle callLater(double delay, Runnable callback, Context context) {
        return callAt(time() + delay, callback, context);
    }

    /**
     * Schedules {@code callback} to run at loop time {@code when}.
     *
     * <p>Clauses: {@code LOOP-TIMER-8}, {@code LOOP-TIMER-1}, {@code LOOP-TIMER-2}, {@code LOOP-TIMER-3},
     * {@code LOOP-TIMER-5}, {@code LOOP-TIMER-7}, {@code LOOP-SOON-5}.
     *
     * @param when     a time on the loop's clock
     * @param callback the callback, run in a copy of the context current now
     * @return its handle, with {@code when() == when}
     * @throws RuntimeError {@code Event loop is closed}
     */
    default TimerHandle callAt(double when, Runnable callback) {
        return callAt(when, callback, Context.copyCurrent());
    }

    /**
     * {@link #callAt(double, Runnable)} with {@code context=}.
     *
     * <p>Clauses: {@code CTX-CALLBACK-1}.
     *
     * @param when     a time on the loop's clock
     * @param callback the callback
     * @param context  the context it runs in
     * @return its handle
     * @throws RuntimeError {@code Event loop is closed}
     */
    TimerHandle callAt(double when, Runnable callback, Context context);

    // ---------------------------------------------------------------- running and stopping

    /**
     * Runs until {@link #stop()} is called, as its thread's running loop.
     *
     * <p>Clauses: {@code LOOP-RUN-1}, {@code LOOP-RUN-2}, {@code LOOP-CLOSE-4}, {@code LOOP-NEST-1}, {@code LOOP-NEST-2},
     * {@code LOOP-NEST-4}.
     *
     * @throws RuntimeError {@code Event loop is closed}, {@code This event loop is already running},
     *                      {@code Cannot run the event loop while another loop is running}
     */
    void runForever();

    /**
     * Runs until {@code future} is done and returns its result or raises its exception. A
     * {@link Coroutine} is wrapped in a {@link Task}; a {@link Future} is used as is.
     *
     * <p>Clauses: {@code LOOP-RUC-1}, {@code LOOP-RUC-2}, {@code LOOP-RUC-3}, {@code LOOP-RUC-4},
     * {@code LOOP-RUC-5}, {@code LOOP-RUC-6}, {@code LOOP-NEST-1}, {@code LOOP-NEST-2}, {@code LOOP-NEST-3},
     * {@code LOOP-NEST-4}, {@code LOOP-CLOSE-4}.
     *
     * @param future a {@link Future} or a {@link Coroutine}
     * @return the future's result
     * @throws TypeError    {@code An asyncio.Future, a coroutine or an awaitable is required}
     * @throws RuntimeError {@code Event loop stopped before Future completed.}, and the errors of
     *                      {@link #runForever()}
     */
    Object runUntilComplete(Object future);

    /**
     * Stops the loop after the current batch of callbacks; see {@link #runForever()}.
     *
     * <p>Clauses: {@code LOOP-STOP-1}, {@code LOOP-STOP-2}, {@code LOOP-STOP-3}.
     */
    void stop();

    /**
     * Closes the loop, discarding pending callbacks, and releases what it holds: its selector and
     * the like are closed, and its default executor is shut down (its threads end, not
     * necessarily before this returns). Idempotent.
     *
     * <p>Clauses: {@code LOOP-CLOSE-1}, {@code LOOP-CLOSE-2}, {@code LOOP-CLOSE-3},
     * {@code RESOURCE-FD-1}, {@code RESOURCE-THREAD-1}.
     *
     * @throws RuntimeError {@code Cannot close a running event loop}
     */
    void close();

    /**
     * Clauses: {@code LOOP-STATE-1}.
     *
     * @return whether the loop is running
     */
    boolean isRunning();

    /**
     * Clauses: {@code LOOP-STATE-1}.
     *
     * @return whether the loop was closed
     */
    boolean isClosed();

    /**
     * Sets the handler called when a callback raises (asyncio's {@code set_exception_handler}): the
     * loop calls it from its own thread with itself and the context, then goes on with the next
     * callback.
     *
     * <p>Clauses: {@code LOOP-SOON-7}, {@code ERROR-HANDLER-1}, {@code ERROR-HANDLER-2},
     * {@code ERROR-HANDLER-3} (Python's refusal of what cannot be called: the type of
     * {@code handler} makes it one here).
     *
     * @param handler the handler, or {@code null} for the default, which logs
     */
    void setExceptionHandler(ExceptionHandler handler);

    /**
     * asyncio's {@code get_exception_handler}.
     *
     * <p>Clauses: {@code ERROR-HANDLER-2}.
     *
     * @return the handler last set, the very object; {@code null} while the default is in use
     */
    ExceptionHandler getExceptionHandler();

    /**
     * Calls the loop's exception handler with {@code context} (asyncio's
     * {@code call_exception_handler}); an exception the handler raises is logged, not raised.
     *
     * <p>Clauses: {@code RUN-CANCEL-2}, {@code ERROR-CALL-1}, {@code ERROR-CALL-2}.
     *
     * @param context what to report, passed on as it is
     */
    void callExceptionHandler(ExceptionContext context);

    // ---------------------------------------------------------------- asynchronous generators

    /**
     * asyncio's {@code firstiter} hook, which a loop installs while it runs: the runtime that runs
     * asynchronous generators calls it on the running loop when a generator is first iterated (its
     * first {@code __anext__()} or {@code aclose()}), and the loop keeps the generator for
     * {@link #shutdownAsyncgens}.
     *
     * <p>Clauses: {@code RUN-ASYNCGEN-1}.
     *
     * @param generator the generator
     */
    void asyncgenFirstIter(AsyncGenerator generator);

    /**
     * asyncio's {@code loop.shutdown_asyncgens()}: a coroutine that closes ({@code aclose()}, all
     * at once, as a {@code gather}) every generator first iterated while this loop ran, and
     * reports each that raised an {@code Exception} while closing to the exception handler
     * ({@code an error occurred during closing of asynchronous generator ...}).
     * {@link AsyncGenerators#shutdown} does it for a loop that keeps the generators.
     *
     * <p>Clauses: {@code RUN-ASYNCGEN-1}.
     *
     * @return the coroutine
     */
    Coroutine shutdownAsyncgens();

    // ---------------------------------------------------------------- futures and tasks

    /**
     * Clauses: {@code FUT-STATE-1}.
     *
     * @return a new pending future bound to this loop
     */
    Future createFuture();

    /**
     * asyncio's {@code loop.create_task(coro, name=None)}: with no task factory set, a task of this
     * loop ({@link #newTask}) whose first step is scheduled with {@code callSoon}; with one, the
     * task the factory returns, renamed {@code name} when one is given.
     *
     * <p>Clauses: {@code TASK-CREATE-1}, {@code TASK-CREATE-2} ({@code asyncio.create_task} calls it on the
     * running loop), {@code TASK-NAME-1}, {@code TASK-FACTORY-1}, {@code TASK-FACTORY-2},
     * {@code LOOP-CLOSE-4}.
     *
     * @param coroutine the coroutine
     * @param name      the task's name, or {@code null} for {@code Task-<n>}
     * @return the task
     * @throws RuntimeError {@code Event loop is closed}
     */
    default Task createTask(Coroutine coroutine, String name) {
        return createTask(coroutine, name, null);
    }

    /**
     * {@link #createTask(Coroutine, String)} with {@code context=} (3.11+): with no task factory, the
     * task runs in {@code context} itself; a task factory makes its task in its own way.
     *
     * <p>Clauses: {@code CTX-TASK-2}.
     *
     * @param coroutine the coroutine
     * @param name      the task's name, or {@code null} for {@code Task-<n>}
     * @param context   the context the task runs in, or {@code null} for a copy of the current one
     * @return the task
     * @throws RuntimeError {@code Event loop is closed}
     */
    default Task createTask(Coroutine coroutine, String name, Context context) {
        if (isClosed()) {
            throw new RuntimeError("Event loop is closed");
        }
        TaskFactory factory = getTaskFactory();
        if (factory == null) {
            return newTask(coroutine, name, false, context);
        }
        Task task = factory.create(this, coroutine);
        if (name != null) {
            task.setName(name);
        }
        return task;
    }

    /**
     * asyncio's {@code Task(coro, loop=loop, name=None, eager_start=False)}: a task of this loop,
     * made without the task factory. Unless {@code eagerStart}, its first step is scheduled with
     * {@code callSoon}; with {@code eagerStart} (Python 3.12+) and the loop running, the first step
     * runs at once, as the current task, before this method returns, and the task is among
     * {@link #allTasks()} only while it is not done.
     *
     * <p>Clauses: {@code TASK-CREATE-1}, {@code TASK-NAME-1}, {@code TASK-EAGER-1}, {@code TASK-EAGER-2}.
     *
     * @param coroutine  the coroutine
     * @param name       the task's name, or {@code null} for {@code Task-<n>}
     * @param eagerStart run the first step now when the loop is running
     * @return the task
     */
    default Task newTask(Coroutine coroutine, String name, boolean eagerStart) {
        return newTask(coroutine, name, eagerStart, null);
    }

    /**
     * {@link #newTask(Coroutine, String, boolean)} with the context its steps run in
     * ({@code Task(..., context=)}, 3.11+).
     *
     * <p>Clauses: {@code CTX-TASK-1}, {@code CTX-TASK-2}.
     *
     * @param coroutine  the coroutine
     * @param name       the task's name, or {@code null} for {@code Task-<n>}
     * @param eagerStart run the first step now when the loop is running
     * @param context    the context every step runs in, or {@code null} for a copy of the context
     *                   current now
     * @return the task
     */
    Task newTask(Coroutine coroutine, String name, boolean eagerStart, Context context);

    /**
     * asyncio's {@code loop.set_task_factory(factory)}.
     *
     * <p>Clauses: {@code TASK-FACTORY-1}.
     *
     * @param factory what {@link #createTask} calls from now on, or {@code null} for the default
     */
    void setTaskFactory(TaskFactory factory);

    /**
     * asyncio's {@code loop.get_task_factory()}.
     *
     * <p>Clauses: {@code TASK-FACTORY-1}.
     *
     * @return the factory set, or {@code null} when none is
     */
    TaskFactory getTaskFactory();

    /**
     * asyncio's {@code current_task(loop)}.
     *
     * @return the task running now on this loop, or {@code null} (e.g. inside a plain callback)
     */
    Task currentTask();

    /**
     * asyncio's {@code all_tasks(loop)}.
     *
     * <p>Clauses: {@code TASK-ALL-1}.
     *
     * @return the tasks of this loop that are not done yet, the running one included
     */
    java.util.Set<Task> allTasks();

    // ---------------------------------------------------------------- asyncio module functions

    /**
     * asyncio's {@code sleep(delay, result)}: a coroutine that suspends for {@code delay} seconds
     * (for exactly one iteration when {@code delay <= 0}) and returns {@code result}.
     *
     * <p>Clauses: {@code SLEEP-ZERO-1}, {@code SLEEP-RESULT-1}.
     *
     * @param delay  seconds
     * @param result the value to return
     * @return the coroutine
     */
    Coroutine sleep(double delay, Object result);

    /**
     * asyncio's {@code gather(*aws, return_exceptions=...)}: a future whose result is the list of
     * the awaitables' results in argument order. Coroutines are wrapped in tasks.
     *
     * <p>Clauses: {@code GATHER-ORDER-1}, {@code GATHER-EXC-1}, {@code GATHER-EXC-2},
     * {@code GATHER-CANCEL-1}, {@code GATHER-CANCEL-2}, {@code GATHER-EMPTY-1}.
     *
     * @param awaitables       {@link Future}s and {@link Coroutine}s
     * @param returnExceptions put exceptions in the list instead of raising the first one
     * @return the gathering future; cancelling it cancels every child
     * @throws TypeError {@code An asyncio.Future, a coroutine or an awaitable is required}
     */
    Future gather(List<?> awaitables, boolean returnExceptions);

    /**
     * asyncio's {@code wait(aws, timeout=..., return_when=...)}: a coroutine returning a
     * {@link WaitResult}. It raises when first sent to: {@code ValueError: Set of Tasks/Futures is
     * empty.} for no awaitables, {@code TypeError: Passing coroutines is forbidden, use tasks
     * explicitly.} for a coroutine among them. On timeout it returns with the unfinished ones in
     * {@code pending}, without cancelling them. (Named after asyncio's function; it overloads, and
     * has nothing to do with, {@link Object#wait()}.)
     *
     * <p>Clauses: {@code WAIT-RESULT-1}, {@code WAIT-WHEN-1}, {@code WAIT-WHEN-2}, {@code WAIT-WHEN-3},
     * {@code WAIT-TIMEOUT-1}, {@code WAIT-ERR-1}, {@code WAIT-ERR-2}, {@code WAIT-CANCEL-1}.
     *
     * @param awaitables the futures to wait for
     * @param timeout    seconds, or {@code null} for no timeout
     * @param returnWhen when to return
     * @return the coroutine
     */
    Coroutine wait(Collection<?> awaitables, Double timeout, ReturnWhen returnWhen);

    /**
     * asyncio's {@code ensure_future(obj)}: a future stays as it is, a coroutine is wrapped in a task
     * of this loop ({@link #createTask}).
     *
     * <p>Clauses: {@code TASK-ENSURE-1}, {@code WAITFOR-ZERO-1}, {@code SHIELD-CANCEL-1}.
     *
     * @param awaitable a {@link Future} or a {@link Coroutine}
     * @return the future
     * @throws TypeError {@code An asyncio.Future, a coroutine or an awaitable is required}
     */
    default Future ensureFuture(Object awaitable) {
        if (awaitable instanceof Future f) {
            return f;
        }
        if (awaitable instanceof Coroutine c) {
            return createTask(c, null);
        }
        throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required");
    }

    /**
     * asyncio's {@code wait_for(aw, timeout)}: a coroutine that awaits {@code awaitable} and returns
     * its result, or cancels it once {@code timeout} seconds passed, waits until it finished, and
     * raises {@code TimeoutError}. The default is CPython 3.12's, built on {@link #newTimeout}: a
     * coroutine runs in the caller's task.
     *
     * <p>Clauses: {@code WAITFOR-RESULT-1}, {@code WAITFOR-TIMEOUT-1}, {@code WAITFOR-TIMEOUT-2},
     * {@code WAITFOR-ZERO-1}, {@code WAITFOR-CANCEL-1}, {@code WAITFOR-TASK-1}.
     *
     * @param awaitable a {@link Future} or a {@link Coroutine}
     * @param timeout   seconds, or {@code null} for none
     * @return the coroutine
     */
    default Coroutine waitFor(Awaitable awaitable, Double timeout) {
        return WaitFor.coroutine(this, awaitable, timeout);
    }

    /**
     * asyncio's {@code shield(aw)}: a future that follows {@code awaitable} (made a future with
     * {@link #ensureFuture}) and whose cancellation leaves it running; {@code awaitable} itself
     * when it is already done. The default is built on futures, as asyncio's.
     *
     * <p>Clauses: {@code SHIELD-CANCEL-1}, {@code SHIELD-RESULT-1}.
     *
     * @param awaitable a {@link Future} or a {@link Coroutine}
     * @return the outer future
     */
    default Future shield(Awaitable awaitable) {
        return Shield.of(this, awaitable);
    }

    /**
     * asyncio's {@code as_completed(aws, timeout=None)}: each distinct input made a future of this
     * loop ({@link #ensureFuture}), and an iterator over their completions. The default is CPython
     * 3.13's, a {@link FutureAsCompleted}: built on futures and a {@link Queue}; the inputs are taken
     * at the call (3.10 to 3.12 take them at the first {@code next()}, which a program cannot tell
     * apart once it iterates).
     *
     * <p>Clauses: {@code ASCOMPLETED-ORDER-1}, {@code ASCOMPLETED-ORDER-2}, {@code ASCOMPLETED-ORDER-3},
     * {@code ASCOMPLETED-TIMEOUT-1}, {@code ASCOMPLETED-ASYNC-1}, {@code ASCOMPLETED-ASYNC-2}; the
     * interpreter refuses a single awaitable as CPython 3.13 does ({@code ASCOMPLETED-ARG-1}).
     *
     * @param awaitables the inputs: {@link Future}s and {@link Coroutine}s
     * @param timeout    seconds, or {@code null} for none
     * @return the iterator
     */
    default AsCompleted asCompleted(Collection<?> awaitables, Double timeout) {
        return new FutureAsCompleted(this, awaitables, timeout);
    }

    // ---------------------------------------------------------------- library types

    /**
     * {@code asyncio.Queue(maxsize)}, {@code PriorityQueue(maxsize)} or {@code LifoQueue(maxsize)},
     * bound to this loop. The default is a {@link FutureQueue}, built on {@link #createFuture()}.
     *
     * <p>Clauses: {@code QUEUE-ORDER-1}, {@code QUEUE-ORDER-2}, {@code QUEUE-ORDER-3}.
     *
     * @param order    which item comes out first
     * @param maxsize  the bound; 0 or less for none
     * @param lessThan Python's {@code a < b} on items, for {@link QueueOrder#PRIORITY}
     * @return a new, empty queue
     */
    default Queue newQueue(QueueOrder order, long maxsize, java.util.function.BiPredicate<Object, Object> lessThan) {
        return new FutureQueue(this, order, maxsize, lessThan);
    }

    /**
     * {@code asyncio.Lock()}, bound to this loop. The default is a {@link FutureLock}, built on
     * {@link #createFuture()}.
     *
     * <p>Clauses: {@code LOCK-ACQUIRE-1}.
     *
     * @return a new, unlocked lock
     */
    default Lock newLock() {
        return new FutureLock(this);
    }

    /**
     * {@code asyncio.Event()}, bound to this loop. The default is a {@link FutureEvent}.
     *
     * <p>Clauses: {@code EVENT-WAIT-2}.
     *
     * @return a new event, not set
     */
    default Event newEvent() {
        return new FutureEvent(this);
    }

    /**
     * {@code asyncio.Semaphore(value)} or {@code asyncio.BoundedSemaphore(value)}, bound to this loop.
     * The default is a {@link FutureSemaphore}.
     *
     * <p>Clauses: {@code SEM-VALUE-1}, {@code SEM-VALUE-2}, {@code SEM-BOUND-1}.
     *
     * @param value   the counter's initial value
     * @param bounded whether it is a {@code BoundedSemaphore}
     * @return a new semaphore
     * @throws PythonException {@code ValueError: Semaphore initial value must be >= 0}
     */
    default Semaphore newSemaphore(long value, boolean bounded) {
        return new FutureSemaphore(this, value, bounded);
    }

    /**
     * {@code asyncio.Condition(lock=None)}, bound to this loop. The default is a
     * {@link FutureCondition}.
     *
     * <p>Clauses: {@code COND-WAIT-1}.
     *
     * @param lock the lock it shares, or {@code null} for a new one of {@link #newLock()}
     * @return a new condition
     */
    default Condition newCondition(Lock lock) {
        return new FutureCondition(this, lock == null ? newLock() : lock);
    }

    /**
     * {@code asyncio.Barrier(parties)} (3.11+), bound to this loop. The default is a
     * {@link FutureBarrier}, built on {@link #newCondition}.
     *
     * <p>Clauses: {@code BARRIER-STATE-1}.
     *
     * @param parties how many tasks it waits for
     * @return a new barrier, filling
     * @throws PythonException {@code ValueError: parties must be > 0}
     */
    default Barrier newBarrier(long parties) {
        return new FutureBarrier(this, parties);
    }

    /**
     * {@code asyncio.Timeout(when)} (3.11+), what {@code asyncio.timeout(delay)} (with
     * {@code time() + delay}) and {@code asyncio.timeout_at(when)} return, on this loop's clock. The
     * default is a {@link FutureTimeout}.
     *
     * <p>Clauses: {@code TIMEOUT-EXPIRE-1}, {@code TIMEOUT-WHEN-1}.
     *
     * @param when the deadline in {@link #time()}, or {@code null} for none
     * @return the timeout, not entered yet
     */
    default Timeout newTimeout(Double when) {
        return new FutureTimeout(this, when);
    }

    /**
     * {@code asyncio.TaskGroup()} (3.11+), making tasks on this loop. The default is a
     * {@link FutureTaskGroup}.
     *
     * <p>Clauses: {@code TASKGROUP-WAIT-1}.
     *
     * @return the task group, not entered yet
     */
    default TaskGroup newTaskGroup() {
        return new FutureTaskGroup(this);
    }

    // ---------------------------------------------------------------- executors and debug mode

    /**
     * {@code loop.run_in_executor(executor, func)}: calls {@code func} on a thread of
     * {@code executor} (the loop's default executor when {@code null}) and returns a future of this
     * loop that gets its result or exception. Cancelling the future cancels the call if it has not
     * started.
     *
     * <p>Clauses: {@code EXECUTOR-RUN-1}, {@code EXECUTOR-DEFAULT-1}, {@code EXECUTOR-SHUTDOWN-1},
     * {@code DEBUG-CHECK-1}.
     *
     * @param executor where to call it, or {@code null} for the default executor
     * @param func     a {@link java.util.function.Supplier}; in debug mode a
     *                 {@link CoroutineFunction} or a {@link Coroutine} raises {@code TypeError}
     * @return the future
     * @throws PythonException {@code RuntimeError('Executor shutdown has been called')} for the
     *                         default executor after {@link #shutdownDefaultExecutor()}
     */
    default Future runInExecutor(java.util.concurrent.Executor executor, Object func) {
        throw new UnsupportedOperationException("run_in_executor: this loop has no threads capability");
    }

    /**
     * {@code loop.set_default_executor(executor)}: what {@link #runInExecutor} uses for {@code null}.
     * Only a thread pool ({@code ThreadPoolExecutor}, 3.11+) is accepted.
     *
     * <p>Clauses: {@code EXECUTOR-DEFAULT-1}, {@code EXECUTOR-DEFAULT-2}.
     *
     * @param executor a {@link java.util.concurrent.ThreadPoolExecutor}; anything else ({@code null},
     *                 another executor, any object of the program's) raises
     *                 {@code TypeError('executor must be ThreadPoolExecutor instance')} and leaves
     *                 the default executor as it was
     */
    default void setDefaultExecutor(Object executor) {
        throw new UnsupportedOperationException("set_default_executor: this loop has no threads capability");
    }

    /**
     * {@code loop.shutdown_default_executor()}: shuts the default executor down and returns once
     * its calls have finished; the default executor cannot be used any more.
     *
     * <p>Clauses: {@code EXECUTOR-SHUTDOWN-1}.
     *
     * @return the coroutine
     */
    default Coroutine shutdownDefaultExecutor() {
        throw new UnsupportedOperationException("shutdown_default_executor: this loop has no threads capability");
    }

    /**
     * {@code asyncio.to_thread(func)}: {@link #runInExecutor} with the default executor, calling
     * {@code func} in a copy of the caller's context, so that it sees the caller's context
     * variables and its own changes stay in the copy.
     *
     * <p>Clauses: {@code EXECUTOR-TOTHREAD-1}.
     *
     * @param func what to call
     * @return a coroutine whose value is {@code func}'s
     */
    default Coroutine toThread(java.util.function.Supplier<?> func) {
        Context context = Context.copyCurrent();
        java.util.function.Supplier<Object> inContext = () -> {
            Object[] result = new Object[1];
            context.run(() -> result[0] = func.get());
            return result[0];
        };
        return Steps.coroutine("to_thread", (v, e) -> Steps.await(runInExecutor(null, inContext), (r, err) -> {
            Steps.raiseIf(err);
            return Steps.done(r);
        }));
    }

    /**
     * {@code loop.set_debug(enabled)}.
     *
     * <p>Clauses: {@code DEBUG-MODE-1}, {@code DEBUG-CHECK-1}, {@code DEBUG-THREAD-1}.
     *
     * @param enabled whether the loop checks its callers (coroutines passed as callbacks, calls
     *                from other threads)
     */
    void setDebug(boolean enabled);

    /**
     * <p>Clauses: {@code DEBUG-MODE-1}.
     *
     * @return whether debug mode is on
     */
    boolean getDebug();

    /**
     * {@code loop.slow_callback_duration}: in debug mode, a callback that runs this long or longer
     * is logged as a warning, {@code Executing <handle> took 0.150 seconds}, on the logger
     * {@value #LOGGER} ({@link System#getLogger}: what asyncio's {@code logging.getLogger('asyncio')}
     * is to a JVM loop, where the kit reads it).
     *
     * <p>Clauses: {@code DEBUG-SLOW-1}.
     *
     * @return the duration in seconds; asyncio's default is 0.1
     */
    default double slowCallbackDuration() {
        return 0.1;
    }

    /** The name of the logger a JVM loop logs on, as asyncio on {@code logging.getLogger('asyncio')}. */
    String LOGGER = "asyncio";

    // ---------------------------------------------------------------- network (EventLoopFactory.supportsNetwork)

    /**
     * {@code loop.create_connection(protocol_factory, host, port)}: connects over TCP, makes the
     * protocol, and returns once its {@code connection_made} has been called. Loops without the
     * network capability ({@link EventLoopFactory#supportsNetwork()}) need not implement it.
     *
     * <p>Clauses: {@code PROTO-ORDER-1}, {@code CONNECT-REFUSED-1}.
     *
     * @param protocolFactory makes the protocol, once the connection is made
     * @param host            a numeric IPv4 address or {@code localhost}
     * @param port            the port
     * @return a coroutine whose value is the {@link Connection}; it raises
     *         {@code ConnectionRefusedError} when nobody listens
     */
    default Coroutine createConnection(java.util.function.Supplier<? extends BaseProtocol> protocolFactory,
                                       String host, int port) {
        throw new UnsupportedOperationException("create_connection: this loop has no network capability");
    }

    /**
     * {@code loop.create_server(protocol_factory, host, port, start_serving=True)}: listens on TCP;
     * each accepted connection gets a new protocol from the factory.
     *
     * <p>Clauses: {@code SERVER-STATE-1}, {@code SERVER-CLOSE-1}.
     *
     * @param protocolFactory makes one protocol per accepted connection
     * @param host            a numeric IPv4 address or {@code localhost}
     * @param port            the port; 0 for an ephemeral port
     * @param startServing    whether to accept at once
     * @return a coroutine whose value is the {@link Server}
     */
    default Coroutine createServer(java.util.function.Supplier<? extends BaseProtocol> protocolFactory,
                                   String host, int port, boolean startServing) {
        throw new UnsupportedOperationException("create_server: this loop has no network capability");
    }

    /**
     * {@code loop.create_connection(protocol_factory, host, port, ssl=ssl, server_hostname=...)}:
     * with a context, the connection is TLS over TCP, given once the handshake is done. The default
     * builds it on the plain {@link #createConnection(java.util.function.Supplier, String, int)} with a
     * {@link TlsProtocol}, as asyncio's loops do with {@code sslproto} ({@link Tls#connect}).
     *
     * <p>Clauses: {@code TLS-CONNECT-1}, {@code TLS-CONNECT-2}, {@code TLS-VERIFY-1}.
     *
     * @param protocolFactory makes the protocol
     * @param host            a numeric IPv4 address or {@code localhost}
     * @param port            the port
     * @param ssl             the client's TLS context, or {@code null} for plain TCP
     * @param serverHostname  the name the server's certificate must match; {@code host} when {@code null}
     * @return a coroutine whose value is the {@link Connection}; it raises
     *         {@code SSLCertVerificationError} when the server's certificate fails verification
     */
    default Coroutine createConnection(java.util.function.Supplier<? extends BaseProtocol> protocolFactory,
                                       String host, int port, javax.net.ssl.SSLContext ssl, String serverHostname) {
        return ssl == null ? createConnection(protocolFactory, host, port)
                : Tls.connect(this, protocolFactory, host, port, ssl, serverHostname);
    }

    /**
     * {@code loop.create_server(protocol_factory, host, port, start_serving=..., ssl=ssl)}: with a
     * context, each connection is TLS; its protocol's {@code connection_made} comes once the
     * handshake is done. The default builds it on the plain
     * {@link #createServer(java.util.function.Supplier, String, int, boolean)} ({@link Tls#serve}).
     *
     * <p>Clauses: {@code TLS-CONNECT-1}, {@code TLS-CONNECT-2}.
     *
     * @param protocolFactory makes one protocol per accepted connection
     * @param host            a numeric IPv4 address or {@code localhost}
     * @param port            the port; 0 for an ephemeral port
     * @param startServing    whether to accept at once
     * @param ssl             the server's TLS context, or {@code null} for plain TCP
     * @return a coroutine whose value is the {@link Server}
     */
    default Coroutine createServer(java.util.function.Supplier<? extends BaseProtocol> protocolFactory,
                                   String host, int port, boolean startServing, javax.net.ssl.SSLContext ssl) {
        return ssl == null ? createServer(protocolFactory, host, port, startServing)
                : Tls.serve(this, protocolFactory, host, port, startServing, ssl);
    }

    /**
     * {@code loop.start_tls(transport, protocol, sslcontext, server_side=..., server_hostname=...)}:
     * upgrades an open connection to TLS. The default is asyncio's, over {@link TlsProtocol}
     * ({@link Tls#startTls}).
     *
     * <p>Clauses: {@code TLS-START-1}.
     *
     * @param transport      the plain transport
     * @param protocol       its protocol, which the new transport serves ({@code connection_made} is not called again)
     * @param sslcontext     the TLS context
     * @param serverSide     whether this end is the server
     * @param serverHostname the name the server's certificate must match (a client's)
     * @return a coroutine whose value is the new, TLS transport, once the handshake is done
     */
    default Coroutine startTls(BaseTransport transport, BaseProtocol protocol, javax.net.ssl.SSLContext sslcontext,
                               boolean serverSide, String serverHostname) {
        return Tls.startTls(this, transport, protocol, sslcontext, serverSide, serverHostname);
    }

    /**
     * {@code loop.create_unix_connection(protocol_factory, path)}: connects to a Unix domain socket,
     * as {@link #createConnection} over TCP. Loops without the unix-sockets capability
     * ({@link EventLoopFactory#supportsUnixSockets()}) need not implement it.
     *
     * <p>Clauses: {@code UNIX-SERVER-1}, {@code UNIX-MISSING-1}.
     *
     * @param protocolFactory makes the protocol, once the connection is made
     * @param path            the socket's path
     * @return a coroutine whose value is the {@link Connection}; it raises
     *         {@code FileNotFoundError('[Errno 2] No such file or directory')} when nothing is at
     *         the path
     */
    default Coroutine createUnixConnection(java.util.function.Supplier<? extends BaseProtocol> protocolFactory,
                                           String path) {
        throw new UnsupportedOperationException("create_unix_connection: this loop has no unix-sockets capability");
    }

    /**
     * {@code loop.create_unix_server(protocol_factory, path, start_serving=True)}: listens on a Unix
     * domain socket at {@code path}, as {@link #createServer} over TCP.
     *
     * <p>Clauses: {@code UNIX-SERVER-1}.
     *
     * @param protocolFactory makes one protocol per accepted connection
     * @param path            the socket's path, where nothing is yet
     * @param startServing    whether to accept at once
     * @return a coroutine whose value is the {@link Server}
     */
    default Coroutine createUnixServer(java.util.function.Supplier<? extends BaseProtocol> protocolFactory,
                                       String path, boolean startServing) {
        throw new UnsupportedOperationException("create_unix_server: this loop has no unix-sockets capability");
    }

    /**
     * {@code loop.create_datagram_endpoint(protocol_factory, local_addr, remote_addr)}: a UDP
     * endpoint bound to {@code localAddr} (any loopback port when null) and, with
     * {@code remoteAddr}, connected to it. Loops without the network capability need not
     * implement it.
     *
     * <p>Clauses: {@code UDP-ENDPOINT-1}, {@code UDP-CONNECTED-1}, {@code UDP-ERROR-1}.
     *
     * @param protocolFactory makes the protocol, a {@link DatagramProtocol}
     * @param localAddr       the address to bind, or {@code null}
     * @param remoteAddr      the address to connect to, or {@code null}
     * @return a coroutine whose value is the {@link Connection} (a {@link DatagramTransport} and the
     *         protocol, already told {@code connection_made})
     */
    default Coroutine createDatagramEndpoint(java.util.function.Supplier<? extends BaseProtocol> protocolFactory,
                                             java.net.InetSocketAddress localAddr, java.net.InetSocketAddress remoteAddr) {
        throw new UnsupportedOperationException("create_datagram_endpoint: this loop has no network capability");
    }

    /**
     * {@code loop.getaddrinfo(host, port, family=, type=, proto=, flags=)}: the addresses of a host
     * and port, as the system's {@code getaddrinfo} gives them (asyncio asks it in the default
     * executor). Loops without the network capability need not implement it.
     *
     * <p>Clauses: {@code DNS-ADDRINFO-1}.
     *
     * @param host   a numeric address or {@code localhost}
     * @param port   a port number or a service, or {@code null} (port 0)
     * @param family {@link AddrInfo#AF_INET}, or 0 for any
     * @param type   {@link AddrInfo#SOCK_STREAM}, {@link AddrInfo#SOCK_DGRAM}, or 0 for each
     * @param proto  a protocol, or 0 for the type's
     * @param flags  {@code AI_*} flags
     * @return a coroutine whose value is a {@code List<AddrInfo>}
     */
    default Coroutine getaddrinfo(String host, String port, int family, int type, int proto, int flags) {
        throw new UnsupportedOperationException("getaddrinfo: this loop has no network capability");
    }

    /**
     * {@code loop.getnameinfo(sockaddr, flags)}: the host and service of an address.
     *
     * <p>Clauses: {@code DNS-NAMEINFO-1}.
     *
     * @param sockaddr the address
     * @param flags    {@code NI_*} flags; with {@link AddrInfo#NI_NUMERICHOST} and
     *                 {@link AddrInfo#NI_NUMERICSERV}, the numeric host and port
     * @return a coroutine whose value is the {@link NameInfo}
     */
    default Coroutine getnameinfo(java.net.InetSocketAddress sockaddr, int flags) {
        throw new UnsupportedOperationException("getnameinfo: this loop has no network capability");
    }

    // ------------------------------------------------ watching sockets, and socket objects directly

    /**
     * {@code loop.add_reader(fd, callback)}: from the loop's iterations, calls {@code callback} each
     * time {@code fd} has data to read (or its peer has closed), until {@link #removeReader}. A
     * socket has one reader: a second call replaces the first callback. The loop watches the
     * channel; it does not own it (closing the loop leaves it open).
     *
     * <p>Clauses: {@code WATCH-READ-1}, {@code WATCH-READ-2}, {@code WATCH-CLOSED-1}.
     *
     * @param fd       a non-blocking channel the program owns
     * @param callback what to call, with its arguments bound
     * @throws RuntimeError {@code Event loop is closed} on a closed loop
     */
    default void addReader(java.nio.channels.SelectableChannel fd, Runnable callback) {
        throw new UnsupportedOperationException("add_reader: this loop has no network capability");
    }

    /**
     * {@code loop.remove_reader(fd)}: stops calling the reader of {@code fd}; its writer stays.
     *
     * <p>Clauses: {@code WATCH-READ-1}, {@code WATCH-REMOVE-1}, {@code WATCH-REMOVE-2}.
     *
     * @param fd the channel
     * @return whether {@code fd} had a reader
     */
    default boolean removeReader(java.nio.channels.SelectableChannel fd) {
        throw new UnsupportedOperationException("remove_reader: this loop has no network capability");
    }

    /**
     * {@code loop.add_writer(fd, callback)}: from the loop's iterations, calls {@code callback} each
     * time {@code fd} can be written, until {@link #removeWriter}; a second call replaces the first
     * callback.
     *
     * <p>Clauses: {@code WATCH-WRITE-1}, {@code WATCH-CLOSED-1}.
     *
     * @param fd       a non-blocking channel the program owns
     * @param callback what to call, with its arguments bound
     * @throws RuntimeError {@code Event loop is closed} on a closed loop
     */
    default void addWriter(java.nio.channels.SelectableChannel fd, Runnable callback) {
        throw new UnsupportedOperationException("add_writer: this loop has no network capability");
    }

    /**
     * {@code loop.remove_writer(fd)}: stops calling the writer of {@code fd}; its reader stays.
     *
     * <p>Clauses: {@code WATCH-WRITE-1}, {@code WATCH-REMOVE-1}, {@code WATCH-REMOVE-2}.
     *
     * @param fd the channel
     * @return whether {@code fd} had a writer
     */
    default boolean removeWriter(java.nio.channels.SelectableChannel fd) {
        throw new UnsupportedOperationException("remove_writer: this loop has no network capability");
    }

    /**
     * {@code loop.sock_recv(sock, nbytes)}: a coroutine that waits until {@code sock} has data and
     * gives at most {@code nbytes} of it; an empty array once the peer has closed.
     *
     * <p>Clauses: {@code SOCK-RECV-1}, {@code SOCK-RECV-2}, {@code SOCK-RECV-3}, {@code SOCK-WATCH-1}.
     *
     * @param sock   a non-blocking connected socket the program owns
     * @param nbytes the most bytes to give
     * @return a coroutine whose value is a {@code byte[]}
     */
    default Coroutine sockRecv(java.nio.channels.SocketChannel sock, int nbytes) {
        throw new UnsupportedOperationException("sock_recv: this loop has no network capability");
    }

    /**
     * {@code loop.sock_sendall(sock, data)}: a coroutine that sends all of {@code data}, waiting
     * while the socket's buffer is full; its value is None ({@code null}).
     *
     * <p>Clauses: {@code SOCK-SENDALL-1}, {@code SOCK-SENDALL-2}, {@code SOCK-WATCH-1}.
     *
     * @param sock a non-blocking connected socket the program owns
     * @param data what to send
     * @return a coroutine whose value is {@code null}
     */
    default Coroutine sockSendall(java.nio.channels.SocketChannel sock, byte[] data) {
        throw new UnsupportedOperationException("sock_sendall: this loop has no network capability");
    }

    /**
     * {@code loop.sock_connect(sock, address)}: a coroutine that connects {@code sock}, waiting for
     * the connection to be made; its value is None ({@code null}). A refused connection raises
     * {@code ConnectionRefusedError("[Errno 111] Connect call failed ('127.0.0.1', PORT)")}.
     *
     * <p>Clauses: {@code SOCK-CONNECT-1}, {@code SOCK-CONNECT-2}.
     *
     * @param sock    a non-blocking, unconnected TCP socket the program owns
     * @param address where to connect
     * @return a coroutine whose value is {@code null}
     */
    default Coroutine sockConnect(java.nio.channels.SocketChannel sock, java.net.InetSocketAddress address) {
        throw new UnsupportedOperationException("sock_connect: this loop has no network capability");
    }

    /**
     * {@code loop.sock_accept(sock)}: a coroutine that waits for a connection on the listening
     * {@code sock} and gives the new, non-blocking socket with the peer's address.
     *
     * <p>Clauses: {@code SOCK-ACCEPT-1}.
     *
     * @param sock a non-blocking listening socket the program owns
     * @return a coroutine whose value is an {@link AcceptedSocket}, which the program then owns
     */
    default Coroutine sockAccept(java.nio.channels.ServerSocketChannel sock) {
        throw new UnsupportedOperationException("sock_accept: this loop has no network capability");
    }

    /**
     * {@code loop.connect_accepted_socket(protocol_factory, sock)}: a transport and a protocol over
     * a socket already connected; the transport owns the socket from then on and closes it.
     *
     * <p>Clauses: {@code CONNECT-ACCEPTED-1}.
     *
     * @param protocolFactory makes the protocol
     * @param sock            a connected socket ({@link #sockAccept}'s)
     * @return a coroutine whose value is the {@link Connection}, once {@code connection_made} has been called
     */
    default Coroutine connectAcceptedSocket(java.util.function.Supplier<? extends BaseProtocol> protocolFactory,
                                            java.nio.channels.SocketChannel sock) {
        throw new UnsupportedOperationException("connect_accepted_socket: this loop has no network capability");
    }

    // ---------------------------------------------------------------- Unix signals (EventLoopFactory.supportsUnixSignals)

    /**
     * {@code loop.add_signal_handler(sig, callback)}: from now on, each time the process receives
     * signal {@code sig}, the loop calls {@code callback} from its own iterations (never from the
     * signal's thread), even when the signal came before the loop ran. A second call for the same
     * signal replaces the callback.
     *
     * <p>Clauses: {@code SIGNAL-HANDLER-1}, {@code SIGNAL-HANDLER-2}, {@code SIGNAL-CHILD-1},
     * {@code SIGNAL-NUMBER-1}, {@code SIGNAL-CLOSED-1}, {@code SIGNAL-CHECK-1}.
     *
     * @param sig      the signal number (Linux's: SIGUSR1 is 10)
     * @param callback what to call, with its arguments bound
     * @throws TypeError    {@code coroutines cannot be used with add_signal_handler()} for a
     *                      {@link CoroutineFunction} or a {@link Coroutine}
     * @throws ValueError   {@code invalid signal number N} outside Linux's 1 to 31 and 34 to 64
     * @throws RuntimeError {@code sig N cannot be caught} (SIGKILL), or {@code Event loop is closed}
     */
    default void addSignalHandler(int sig, Runnable callback) {
        throw new UnsupportedOperationException("add_signal_handler: this loop has no unix-signals capability");
    }

    /**
     * {@code loop.remove_signal_handler(sig)}: the signal gets back what it had before the loop's
     * handler; {@link #close()} removes every handler of the loop, so that the process catches no
     * signal for a closed loop.
     *
     * <p>Clauses: {@code SIGNAL-REMOVE-1}, {@code SIGNAL-NUMBER-1}, {@code RESOURCE-SIGNAL-1}.
     *
     * @param sig the signal number
     * @return whether the loop had a handler for it
     * @throws ValueError {@code invalid signal number N} outside Linux's 1 to 31 and 34 to 64
     */
    default boolean removeSignalHandler(int sig) {
        throw new UnsupportedOperationException("remove_signal_handler: this loop has no unix-signals capability");
    }

    // ---------------------------------------------------------------- subprocesses (EventLoopFactory.supportsSubprocesses)

    /**
     * {@code asyncio.create_subprocess_exec(program, *args, stdin, stdout, stderr)}: starts
     * {@code args.get(0)}, looked up on {@code PATH}, with the other items as its arguments, each
     * one argument.
     *
     * <p>Clauses: {@code PROC-EXEC-1}, {@code PROC-MISSING-1}, {@code RESOURCE-PROCESS-1}.
     *
     * @param args   the program, then its arguments
     * @param stdin  what its standard input is
     * @param stdout what its standard output is
     * @param stderr what its standard error is
     * @return a coroutine whose value is the {@link Subprocess}, once started; it raises
     *         {@code FileNotFoundError("[Errno 2] No such file or directory: 'PROGRAM'")} for a
     *         program that does not exist
     */
    default Coroutine createSubprocessExec(List<String> args, Stdio stdin, Stdio stdout, Stdio stderr) {
        throw new UnsupportedOperationException("create_subprocess_exec: this loop has no subprocess capability");
    }

    /**
     * {@code asyncio.create_subprocess_shell(cmd, stdin, stdout, stderr)}: runs {@code /bin/sh -c cmd}.
     *
     * <p>Clauses: {@code PROC-SHELL-1}.
     *
     * @param cmd    the command, in the shell's syntax
     * @param stdin  what its standard input is
     * @param stdout what its standard output is
     * @param stderr what its standard error is
     * @return a coroutine whose value is the {@link Subprocess}, once started
     */
    default Coroutine createSubprocessShell(String cmd, Stdio stdin, Stdio stdout, Stdio stderr) {
        return createSubprocessExec(List.of("/bin/sh", "-c", cmd), stdin, stdout, stderr);
    }
}

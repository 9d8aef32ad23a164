package dev.asynciotck.reference;

import dev.asynciotck.api.AsyncGenerator;
import dev.asynciotck.api.AsyncGenerators;
import dev.asynciotck.api.CallbackContext;
import dev.asynciotck.api.Context;
import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.Stdio;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.ExceptionContext;
import dev.asynciotck.api.ExceptionHandler;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.Handle;
import dev.asynciotck.api.LoopOptions;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.ReturnWhen;
import dev.asynciotck.api.RunningLoop;
import dev.asynciotck.api.RuntimeError;
import dev.asynciotck.api.Task;
import dev.asynciotck.api.TaskFactory;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.ValueError;
import dev.asynciotck.api.BaseProtocol;
import dev.asynciotck.api.BaseTransport;
import dev.asynciotck.api.Connection;
import dev.asynciotck.api.CoroutineFunction;
import dev.asynciotck.api.Steps;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectableChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Collection;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The reference event loop: a single-threaded loop with CPython 3.11 asyncio's observable
 * behaviour, modelled on {@code base_events.BaseEventLoop}.
 *
 * <p>Each iteration ({@link #runOnce()}, asyncio's {@code _run_once}) drops cancelled timers,
 * waits for the next deadline or a thread-safe wakeup (on the virtual clock: jumps to the
 * deadline), moves due timers behind the callbacks already ready, and runs exactly the handles
 * that were ready at that point; callbacks they schedule run in the next iteration.
 */
public final class ReferenceEventLoop implements EventLoop {

    /** asyncio's {@code MAXIMUM_SELECT_TIMEOUT}: the longest single wait, in seconds. */
    static final double MAXIMUM_WAIT = 24 * 3600;
    /** asyncio's {@code _MIN_SCHEDULED_TIMER_HANDLES}. */
    static final int MIN_SCHEDULED_TIMER_HANDLES = 100;
    /** asyncio's {@code _MIN_CANCELLED_TIMER_HANDLES_FRACTION}. */
    static final double MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;

    /** Stops the loop of a future passed to run_until_complete (asyncio's {@code _run_until_complete_cb}). */
    private static final Consumer<Future> RUN_UNTIL_COMPLETE_CB = new Consumer<>() {
        @Override
        public void accept(Future fut) {
            if (!fut.cancelled()) {
                PythonException error = fut.exception();
                if (error != null && error.isInstanceOf(PyType.KEYBOARD_INTERRUPT)) {
                    // run_forever() already ended by raising it: do not stop the next run.
                    return;
                }
            }
            fut.loop().stop();
        }

        @Override
        public String toString() {
            return "_run_until_complete_cb";
        }
    };

    private final Clock clock;
    private final VirtualClock virtualClock;
    private final ReadyQueue ready = new ReadyQueue();
    private final TimerHeap timers = new TimerHeap();
    private final ThreadsafeInbox inbox = new ThreadsafeInbox();
    private final IoSelector io = new IoSelector();
    private final WatchedSockets sockets = new WatchedSockets(this, io);
    private final SignalHandlers signals = new SignalHandlers(this);
    private int timerCancelledCount;
    private boolean stopping;
    private volatile boolean closed;
    /** The thread running the loop, or null (asyncio's {@code _thread_id}). */
    private volatile Thread runningThread;
    /**
     * The thread whose {@code call_soon_threadsafe} calls go straight to the ready queue, sharing
     * FIFO order with {@code call_soon}: the creating thread, then the one that last ran the loop.
     */
    private volatile Thread ownerThread = Thread.currentThread();
    /** asyncio's {@code default_exception_handler}: what {@code set_exception_handler(None)} puts back. */
    private static final ExceptionHandler DEFAULT_HANDLER = ReferenceEventLoop::defaultExceptionHandler;
    private ExceptionHandler exceptionHandler = DEFAULT_HANDLER;
    /** The asynchronous generators first iterated while this loop ran, for {@code shutdown_asyncgens()}. */
    private final AsyncGenerators asyncGenerators = new AsyncGenerators(this);
    private ReferenceTask currentTask;
    /** The tasks not done yet, for {@code all_tasks()}: a task adds itself when created, leaves when done. */
    private final java.util.Set<ReferenceTask> liveTasks = new java.util.LinkedHashSet<>();
    private TaskFactory taskFactory;
    /** asyncio's logger: the slow callbacks of debug mode are logged on it. */
    private static final System.Logger LOG = System.getLogger(LOGGER);

    /** Debug mode (asyncio's {@code _debug}): callbacks and callers are checked. */
    private boolean debug;
    /** What run_in_executor(None, ...) uses; made on first use (asyncio's {@code _default_executor}). */
    private ExecutorService defaultExecutor;
    /** Whether shutdown_default_executor() was called (asyncio's {@code _executor_shutdown_called}). */
    private boolean executorShutdownCalled;

    /**
     * @param options {@link LoopOptions#virtualTime()} selects the virtual clock
     */
    public ReferenceEventLoop(LoopOptions options) {
        this(Objects.requireNonNull(options, "options").virtualTime() ? new VirtualClock() : new RealClock());
    }

    /** @param clock the loop's time: a {@link VirtualClock} jumps to each deadline instead of waiting */
    ReferenceEventLoop(Clock clock) {
        this.clock = clock;
        this.virtualClock = clock instanceof VirtualClock v ? v : null;
    }

    /** @return the reference loop running on the calling thread, or {@code null} */
    public static ReferenceEventLoop runningLoop() {
        return RunningLoop.get() instanceof ReferenceEventLoop loop ? loop : null;
    }

    /** asyncio's {@code get_running_loop()}. */
    static ReferenceEventLoop requireRunningLoop() {
        ReferenceEventLoop loop = runningLoop();
        if (loop == null) {
            throw new RuntimeError("no running event loop");
        }
        return loop;
    }

    /** @return whether this loop runs on a virtual clock */
    public boolean isVirtualTime() {
        return virtualClock != null;
    }

    // ---------------------------------------------------------------- clock

    @Override
    public double time() {
        return clock.time();
    }

    @Override
    public double clockResolution() {
        return clock.resolution();
    }

    // ---------------------------------------------------------------- scheduling

    /** The callback runs in a copy of the current context, made when it runs ({@link Context#capture()}). */
    @Override
    public Handle callSoon(Runnable callback) {
        return callSoonIn(callback, Context.capture());
    }

    @Override
    public Handle callSoon(Runnable callback, Context context) {
        return callSoonIn(callback, context);
    }

    /** {@code call_soon} with the context the callback runs in, given or captured. */
    private Handle callSoonIn(Runnable callback, CallbackContext context) {
        checkClosed();
        if (debug) {
            checkThread();
            checkCallback(callback, "call_soon");
        }
        CallbackHandle handle = new CallbackHandle(callback, context);
        ready.add(handle);
        return handle;
    }

    @Override
    public Handle callSoonThreadsafe(Runnable callback) {
        return callSoonThreadsafeIn(callback, Context.capture());
    }

    @Override
    public Handle callSoonThreadsafe(Runnable callback, Context context) {
        return callSoonThreadsafeIn(callback, context);
    }

    /** {@code call_soon_threadsafe} with the context the callback runs in, given or captured. */
    private Handle callSoonThreadsafeIn(Runnable callback, CallbackContext context) {
        checkClosed();
        if (debug) {
            checkCallback(callback, "call_soon_threadsafe");
        }
        CallbackHandle handle = new CallbackHandle(callback, context);
        if (Thread.currentThread() == ownerThread) {
            ready.add(handle);
        } else {
            inbox.offer(handle);
        }
        return handle;
    }

    @Override
    public ReferenceTimerHandle callLater(double delay, Runnable callback) {
        return callAtIn(time() + delay, callback, Context.capture());
    }

    @Override
    public ReferenceTimerHandle callAt(double when, Runnable callback) {
        return callAtIn(when, callback, Context.capture());
    }

    @Override
    public ReferenceTimerHandle callAt(double when, Runnable callback, Context context) {
        return callAtIn(when, callback, context);
    }

    /** {@code call_at} with the context the callback runs in, given or captured. */
    private ReferenceTimerHandle callAtIn(double when, Runnable callback, CallbackContext context) {
        checkClosed();
        if (debug) {
            checkThread();
            checkCallback(callback, "call_at");
        }
        ReferenceTimerHandle timer = new ReferenceTimerHandle(when, callback, this, context);
        timers.push(timer);
        timer.scheduled = true;
        return timer;
    }

    // ---------------------------------------------------------------- debug mode

    @Override
    public void setDebug(boolean enabled) {
        debug = enabled;
    }

    @Override
    public boolean getDebug() {
        return debug;
    }

    /** asyncio's {@code _check_callback} (debug mode): a coroutine function is not a callback. */
    private static void checkCallback(Object callback, String method) {
        if (callback instanceof CoroutineFunction || callback instanceof Coroutine) {
            throw new TypeError("coroutines cannot be used with " + method + "()");
        }
    }

    /** asyncio's {@code _check_thread} (debug mode): only the running loop's thread may call. */
    private void checkThread() {
        Thread running = runningThread;
        if (running != null && running != Thread.currentThread()) {
            throw new RuntimeError("Non-thread-safe operation invoked on an event loop other than the current one");
        }
    }

    // ---------------------------------------------------------------- executors

    @Override
    public Future runInExecutor(Executor executor, Object func) {
        checkClosed();
        if (debug) {
            checkCallback(func, "run_in_executor");
        }
        Executor target = executor;
        if (target == null) {
            if (executorShutdownCalled) {
                throw new RuntimeError("Executor shutdown has been called");
            }
            if (defaultExecutor == null) {
                defaultExecutor = DaemonThreads.pool("asyncio", DaemonThreads.DEFAULT_WORKERS);
            }
            target = defaultExecutor;
        }
        Supplier<?> call = (Supplier<?>) func;
        Future future = createFuture();
        java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> {
            Object result;
            try {
                result = call.get();
            } catch (PythonException error) {
                settleThreadsafe(future, null, error);
                return;
            } catch (java.lang.RuntimeException | Error error) {
                settleThreadsafe(future, null, PythonException.of(PyType.RUNTIME_ERROR, String.valueOf(error)));
                throw error;
            }
            settleThreadsafe(future, result, null);
        }, null);
        future.addDoneCallback(f -> {
            if (f.cancelled()) {
                task.cancel(false);
            }
        });
        target.execute(task);
        return future;
    }

    /** Sets a future of this loop from another thread (asyncio's {@code _copy_future_state} via call_soon_threadsafe). */
    private void settleThreadsafe(Future future, Object result, PythonException error) {
        if (closed) {
            return;
        }
        callSoonThreadsafe(() -> {
            if (future.cancelled()) {
                return;
            }
            if (error != null) {
                future.setException(error);
            } else {
                future.setResult(result);
            }
        });
    }

    @Override
    public void setDefaultExecutor(Object executor) {
        if (!(executor instanceof java.util.concurrent.ThreadPoolExecutor pool)) {
            throw new TypeError("executor must be ThreadPoolExecutor instance");
        }
        defaultExecutor = pool;
    }

    @Override
    public Coroutine shutdownDefaultExecutor() {
        return Steps.coroutine("shutdown_default_executor", (v, e) -> {
            executorShutdownCalled = true;
            ExecutorService executor = defaultExecutor;
            if (executor == null) {
                return Steps.done(null);
            }
            Future finished = createFuture();
            Thread waiter = new Thread(() -> {
                executor.shutdown();
                try {
                    executor.awaitTermination(Long.MAX_VALUE, java.util.concurrent.TimeUnit.NANOSECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                settleThreadsafe(finished, null, null);
            }, "asyncio-shutdown-default-executor");
            waiter.setDaemon(true);
            waiter.start();
            return Steps.await(finished, (x, error) -> {
                Steps.raiseIf(error);
                return Steps.done(null);
            });
        });
    }

    /** @return the loop's selector */
    IoSelector io() {
        return io;
    }

    // ---------------------------------------------------------------- network

    @Override
    public Coroutine createConnection(Supplier<? extends BaseProtocol> protocolFactory, String host, int port) {
        return Steps.coroutine("create_connection", (v, e) -> {
            checkClosed();
            InetSocketAddress address = Addresses.resolve(host, port);
            return connect(protocolFactory, Addresses.open(SocketChannel::open), address,
                    error -> NetworkErrors.connectFailed(address, error));
        });
    }

    @Override
    public Coroutine createUnixConnection(Supplier<? extends BaseProtocol> protocolFactory, String path) {
        return Steps.coroutine("create_unix_connection", (v, e) -> {
            checkClosed();
            return connect(protocolFactory, Addresses.open(() -> SocketChannel.open(StandardProtocolFamily.UNIX)),
                    UnixDomainSocketAddress.of(path), NetworkErrors::of);
        });
    }

    /** Connects {@code channel} to {@code address}, then makes the transport and its protocol. */
    private Steps.Next connect(Supplier<? extends BaseProtocol> protocolFactory, SocketChannel channel, SocketAddress address,
                               java.util.function.Function<IOException, PythonException> failed) {
        Future connecting = createFuture();
        try {
            channel.configureBlocking(false);
        } catch (IOException error) {
            Addresses.closeQuietly(channel);
            throw NetworkErrors.of(error);
        }
        IoSelector.Watch watch = io.watch(channel);
        try {
            if (channel.connect(address)) {
                connecting.setResult(null);
            } else {
                io.setReader(watch, () -> finishConnect(channel, watch, failed, connecting), SelectionKey.OP_CONNECT);
            }
        } catch (IOException error) {
            io.release(watch);
            throw failed.apply(error);
        }
        return Steps.await(connecting, (x, error) -> {
            if (error != null) {
                io.release(watch);
                throw error;
            }
            BaseProtocol protocol = protocolFactory.get();
            Future waiter = createFuture();
            SocketTransport transport;
            try {
                transport = new SocketTransport(this, channel, protocol, waiter, null);
            } catch (IOException failure) {
                io.release(watch);
                throw NetworkErrors.of(failure);
            }
            return madeOnce(waiter, transport, protocol);
        });
    }

    /** Waits for {@code connection_made} to have been called, then gives the pair (closing the transport on a cancel). */
    private static Steps.Next madeOnce(Future waiter, BaseTransport transport, BaseProtocol protocol) {
        return Steps.await(waiter, (y, lost) -> {
            if (lost != null) {
                transport.close();
                throw lost;
            }
            return Steps.done(new Connection(transport, protocol));
        });
    }

    @Override
    public Coroutine createDatagramEndpoint(Supplier<? extends BaseProtocol> protocolFactory, InetSocketAddress localAddr,
                                            InetSocketAddress remoteAddr) {
        return Steps.coroutine("create_datagram_endpoint", (v, e) -> {
            checkClosed();
            DatagramChannel channel = Addresses.open(DatagramChannel::open);
            BaseProtocol protocol;
            Future waiter = createFuture();
            ReferenceDatagramTransport transport;
            try {
                channel.configureBlocking(false);
                channel.bind(localAddr != null ? localAddr
                        : new InetSocketAddress(remoteAddr != null ? remoteAddr.getAddress() : InetAddress.getLoopbackAddress(), 0));
                if (remoteAddr != null) {
                    channel.connect(remoteAddr);
                }
                protocol = protocolFactory.get();
                transport = new ReferenceDatagramTransport(this, channel, protocol, waiter);
            } catch (IOException error) {
                Addresses.closeQuietly(channel);
                throw localAddr != null && error instanceof java.net.BindException
                        ? NetworkErrors.bindFailed(localAddr, error) : NetworkErrors.of(error);
            } catch (RuntimeException error) {
                Addresses.closeQuietly(channel);
                throw error;
            }
            return madeOnce(waiter, transport, protocol);
        });
    }

    @Override
    public Coroutine getaddrinfo(String host, String port, int family, int type, int proto, int flags) {
        return Steps.coroutine("getaddrinfo", (v, e) -> {
            checkClosed();
            return Steps.done(NameResolution.getaddrinfo(host, port, family, type, proto));
        });
    }

    @Override
    public Coroutine getnameinfo(InetSocketAddress sockaddr, int flags) {
        return Steps.coroutine("getnameinfo", (v, e) -> {
            checkClosed();
            return Steps.done(NameResolution.getnameinfo(sockaddr, flags));
        });
    }

    private void finishConnect(SocketChannel channel, IoSelector.Watch watch,
                               java.util.function.Function<IOException, PythonException> failed, Future connecting) {
        io.removeReader(watch);
        if (connecting.done()) {
            return;
        }
        try {
            channel.finishConnect();
            connecting.setResult(null);
        } catch (IOException error) {
            connecting.setException(failed.apply(error));
        }
    }

    @Override
    public Coroutine createServer(Supplier<? extends BaseProtocol> protocolFactory, String host, int port,
                                  boolean startServing) {
        return Steps.coroutine("create_server", (v, e) -> {
            checkClosed();
            InetSocketAddress address = Addresses.resolve(host, port);
            ServerSocketChannel channel = Addresses.open(ServerSocketChannel::open);
            try {
                channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            } catch (IOException error) {
                Addresses.closeQuietly(channel);
                throw NetworkErrors.of(error);
            }
            return listen(protocolFactory, channel, address, startServing, error -> NetworkErrors.bindFailed(address, error));
        });
    }

    @Override
    public Coroutine createUnixServer(Supplier<? extends BaseProtocol> protocolFactory, String path, boolean startServing) {
        return Steps.coroutine("create_unix_server", (v, e) -> {
            checkClosed();
            return listen(protocolFactory, Addresses.open(() -> ServerSocketChannel.open(StandardProtocolFamily.UNIX)),
                    UnixDomainSocketAddress.of(path), startServing, NetworkErrors::of);
        });
    }

    /** Binds {@code channel} to {@code address} and makes the server, serving unless asked not to. */
    private Steps.Next listen(Supplier<? extends BaseProtocol> protocolFactory, ServerSocketChannel channel,
                              SocketAddress address, boolean startServing,
                              java.util.function.Function<IOException, PythonException> failed) {
        ReferenceServer server;
        try {
            channel.configureBlocking(false);
            channel.bind(address, ReferenceServer.BACKLOG);
            server = new ReferenceServer(this, List.of(channel), protocolFactory);
        } catch (IOException error) {
            Addresses.closeQuietly(channel);
            throw failed.apply(error);
        }
        if (!startServing) {
            return Steps.done(server);
        }
        server.startListening();
        // asyncio skips one iteration so that the listening sockets' readers are in place
        return Steps.await(sleep(0, null), (x, error) -> {
            Steps.raiseIf(error);
            return Steps.done(server);
        });
    }

    // ------------------------------------------------ watching sockets, and socket objects directly

    @Override
    public void addReader(SelectableChannel fd, Runnable callback) {
        sockets.addReader(fd, callback);
    }

    @Override
    public boolean removeReader(SelectableChannel fd) {
        return sockets.removeReader(fd);
    }

    @Override
    public void addWriter(SelectableChannel fd, Runnable callback) {
        sockets.addWriter(fd, callback);
    }

    @Override
    public boolean removeWriter(SelectableChannel fd) {
        return sockets.removeWriter(fd);
    }

    @Override
    public Coroutine sockRecv(SocketChannel sock, int nbytes) {
        return sockets.sockRecv(sock, nbytes);
    }

    @Override
    public Coroutine sockSendall(SocketChannel sock, byte[] data) {
        return sockets.sockSendall(sock, data);
    }

    @Override
    public Coroutine sockConnect(SocketChannel sock, InetSocketAddress address) {
        return sockets.sockConnect(sock, address);
    }

    @Override
    public Coroutine sockAccept(ServerSocketChannel sock) {
        return sockets.sockAccept(sock);
    }

    @Override
    public Coroutine connectAcceptedSocket(Supplier<? extends BaseProtocol> protocolFactory, SocketChannel sock) {
        return Steps.coroutine("connect_accepted_socket", (v, e) -> {
            checkClosed();
            BaseProtocol protocol = protocolFactory.get();
            Future waiter = createFuture();
            SocketTransport transport;
            try {
                sock.configureBlocking(false);
                transport = new SocketTransport(this, sock, protocol, waiter, null);
            } catch (IOException failure) {
                throw NetworkErrors.of(failure);
            }
            return madeOnce(waiter, transport, protocol);
        });
    }

    // ---------------------------------------------------------------- Unix signals

    @Override
    public void addSignalHandler(int sig, Runnable callback) {
        signals.add(sig, callback);
    }

    @Override
    public boolean removeSignalHandler(int sig) {
        return signals.remove(sig);
    }

    // ---------------------------------------------------------------- subprocesses

    @Override
    public Coroutine createSubprocessExec(List<String> args, Stdio stdin, Stdio stdout, Stdio stderr) {
        return ReferenceSubprocess.start(this, args, stdin, stdout, stderr);
    }

    /**
     * From any thread: runs {@code callback} from the loop's next iteration, or never once the loop
     * is closed (what a process's threads report with).
     */
    void post(Runnable callback) {
        inbox.offer(new CallbackHandle(callback, Context.capture()));
    }

    /** From the JVM's signal thread: signal {@code sig} arrived; the loop queues its handler from its own thread. */
    void postSignal(int sig) {
        post(() -> signals.arrived(sig, ready));
    }

    /** Queues an internal handle (a task step, a done callback): call_soon with its closed check. */
    void scheduleSoon(AbstractHandle handle) {
        checkClosed();
        ready.add(handle);
    }

    /** @return how many timers are in the heap, cancelled ones not yet dropped included */
    int scheduledTimerCount() {
        return timers.size();
    }

    /** @return how many cancelled timers are still in the heap */
    int cancelledTimerCount() {
        return timerCancelledCount;
    }

    /** asyncio's {@code _timer_handle_cancelled}: counts cancelled timers still in the heap. */
    void timerHandleCancelled(ReferenceTimerHandle timer) {
        if (timer.scheduled && !timer.cancelled()) {
            timerCancelledCount++;
        }
    }

    // ---------------------------------------------------------------- running and stopping

    @Override
    public void runForever() {
        checkClosed();
        checkRunning();
        Thread thread = Thread.currentThread();
        ownerThread = thread;
        runningThread = thread;
        RunningLoop.set(this);
        try {
            while (true) {
                runOnce();
                if (stopping) {
                    break;
                }
            }
        } finally {
            stopping = false;
            runningThread = null;
            RunningLoop.set(null);
        }
    }

    @Override
    public Object runUntilComplete(Object future) {
        checkClosed();
        checkRunning();
        Future fut;
        if (future instanceof Future given) {
            if (given.loop() != this) {
                throw new ValueError(Gather.DIFFERENT_LOOP);
            }
            fut = given;
        } else if (future instanceof Coroutine coroutine) {
            fut = createTask(coroutine, null);
        } else {
            throw new TypeError(Gather.NOT_AWAITABLE);
        }
        fut.addDoneCallback(RUN_UNTIL_COMPLETE_CB);
        try {
            runForever();
        } finally {
            fut.removeDoneCallback(RUN_UNTIL_COMPLETE_CB);
        }
        if (!fut.done()) {
            throw new RuntimeError("Event loop stopped before Future completed.");
        }
        return fut.result();
    }

    @Override
    public void stop() {
        if (!closed) {
            stopping = true;
        }
    }

    @Override
    public void close() {
        if (isRunning()) {
            throw new RuntimeError("Cannot close a running event loop");
        }
        if (closed) {
            return;
        }
        closed = true;
        discardPending();
        io.close();
        signals.close();
        ExecutorService executor = defaultExecutor;
        defaultExecutor = null;
        if (executor != null) {
            executor.shutdown();
        }
    }

    /**
     * Drops the callbacks still pending when the loop closes. A closed loop never runs them
     * anyway (it refuses to run); dropping them only frees memory.
     */
    private void discardPending() {
        ready.clear();
        timers.clear();
        timerCancelledCount = 0;
        inbox.clear();
    }

    @Override
    public boolean isRunning() {
        return runningThread != null;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void setExceptionHandler(ExceptionHandler handler) {
        exceptionHandler = handler != null ? handler : DEFAULT_HANDLER;
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return exceptionHandler == DEFAULT_HANDLER ? null : exceptionHandler;
    }

    /**
     * One iteration of the loop: asyncio's {@code _run_once}.
     */
    void runOnce() {
        pruneCancelledTimers();

        boolean idle = ready.isEmpty() && !stopping;
        ReferenceTimerHandle next = timers.peek();
        if (io.busy()) {
            // asyncio's select: I/O callbacks are queued before the timers that come due
            double wait = !idle ? 0 : next == null ? -1 : Math.max(0, next.when - clock.time());
            int events = io.poll(wait < 0 ? -1 : (long) Math.ceil(Math.min(wait, MAXIMUM_WAIT) * 1e9), inbox, ready);
            if (virtualClock != null && events == 0 && next != null && idle && next.when > clock.time()) {
                virtualClock.advanceTo(Math.min(next.when, virtualClock.time() + MAXIMUM_WAIT));
            }
        } else if (idle) {
            if (next == null) {
                sleepUntilWoken(-1);
            } else {
                double wait = next.when - clock.time();  // one reading: a second one could be past the deadline
                if (wait > 0) {
                    if (virtualClock != null) {
                        virtualClock.advanceTo(Math.min(next.when, virtualClock.time() + MAXIMUM_WAIT));
                    } else {
                        sleepUntilWoken(wait);
                    }
                }
            }
        }
        inbox.drainTo(ready);

        double endTime = clock.time() + clock.resolution();
        ReferenceTimerHandle timer;
        while ((timer = timers.peek()) != null) {
            if (timer.when >= endTime) {
                break;
            }
            timers.pop();
            timer.scheduled = false;
            ready.add(timer);
        }

        int todo = ready.size();
        for (int i = 0; i < todo; i++) {
            AbstractHandle handle = ready.poll();
            if (handle.cancelled()) {
                continue;
            }
            if (debug) {
                runTimed(handle);
            } else {
                runHandle(handle);
            }
        }
    }

    /** Debug mode: a callback that runs {@link #slowCallbackDuration()} or longer is logged, as asyncio does. */
    private void runTimed(AbstractHandle handle) {
        double started = clock.time();
        runHandle(handle);
        double took = clock.time() - started;
        if (took >= slowCallbackDuration()) {
            LOG.log(System.Logger.Level.WARNING, String.format(java.util.Locale.ROOT, "Executing <Handle %s> took %.3f seconds",
                    handle.describe(), took));
        }
    }

    /**
     * asyncio's clean-up of cancelled timers at the start of an iteration: all at once when most
     * of a large heap is cancelled, else those at the top of the heap. Only speed and memory depend
     * on it: a cancelled timer left in the heap is skipped when it comes due.
     */
    private void pruneCancelledTimers() {
        int scheduledCount = timers.size();
        if (scheduledCount > MIN_SCHEDULED_TIMER_HANDLES
                && (double) timerCancelledCount / scheduledCount > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
            timers.removeCancelled();
            timerCancelledCount = 0;
            return;
        }
        ReferenceTimerHandle head;
        while ((head = timers.peek()) != null && head.cancelled()) {
            timerCancelledCount--;
            timers.pop();
            head.scheduled = false;
        }
    }

    /**
     * Parks the loop thread until a threadsafe callback arrives or {@code seconds} pass (no limit
     * when negative); it may return earlier. How long the thread sleeps decides only how late a
     * timer may run, which asyncio leaves free, and how much CPU an idle loop spends.
     */
    private void sleepUntilWoken(double seconds) {
        inbox.await(seconds < 0 ? -1 : (long) Math.ceil(Math.min(seconds, MAXIMUM_WAIT) * 1e9));
    }

    private void runHandle(AbstractHandle handle) {
        try {
            handle.context.run(handle);
        } catch (java.lang.RuntimeException error) {
            if (error instanceof PythonException p && p.isInstanceOf(PyType.KEYBOARD_INTERRUPT)) {
                throw error;
            }
            callExceptionHandler(new ExceptionContext("Exception in callback " + handle.describe(), error, handle));
        }
    }

    /**
     * asyncio's {@code call_exception_handler}: the custom handler if set, else the default one,
     * which logs to {@code System.err}. An error raised by the custom handler is logged too
     * (a KeyboardInterrupt or a Java {@link Error} propagates).
     *
     * @param context what happened
     */
    @Override
    public void callExceptionHandler(ExceptionContext context) {
        try {
            exceptionHandler.handle(this, context);
        } catch (java.lang.RuntimeException error) {
            handlerFailed(error);
        }
    }

    /** A custom exception handler raised: log it, as asyncio does (a KeyboardInterrupt propagates). */
    private void handlerFailed(java.lang.RuntimeException error) {
        if (error instanceof PythonException p && p.isInstanceOf(PyType.KEYBOARD_INTERRUPT)) {
            throw error;
        }
        defaultExceptionHandler(this, new ExceptionContext("Unhandled error in exception handler", error, null));
    }

    private static void defaultExceptionHandler(EventLoop loop, ExceptionContext context) {
        StringBuilder text = new StringBuilder(context.message());
        if (context.handle() != null) {
            text.append("\nhandle: ").append(context.handle());
        }
        Throwable error = context.exception();
        if (error instanceof PythonException) {
            System.err.println(text.append('\n').append(error));
        } else {
            System.err.println(text);
            if (error != null) {
                error.printStackTrace();
            }
        }
    }

    void checkClosed() {
        if (closed) {
            throw new RuntimeError("Event loop is closed");
        }
    }

    private void checkRunning() {
        if (isRunning()) {
            throw new RuntimeError("This event loop is already running");
        }
        if (RunningLoop.get() != null) {
            throw new RuntimeError("Cannot run the event loop while another loop is running");
        }
    }

    // ---------------------------------------------------------------- asynchronous generators

    @Override
    public void asyncgenFirstIter(AsyncGenerator generator) {
        asyncGenerators.add(generator);
    }

    @Override
    public Coroutine shutdownAsyncgens() {
        return asyncGenerators.shutdown();
    }

    // ---------------------------------------------------------------- futures and tasks

    @Override
    public ReferenceFuture createFuture() {
        return new ReferenceFuture(this);
    }

    @Override
    public ReferenceTask newTask(Coroutine coroutine, String name, boolean eagerStart, Context context) {
        if (coroutine == null) {
            throw new TypeError("a coroutine was expected, got None");
        }
        ReferenceTask task = new ReferenceTask(this, coroutine, name, context);
        // A closed loop refuses the task's first step: scheduleSoon raises 'Event loop is closed'.
        task.start(eagerStart && isRunning());
        return task;
    }

    @Override
    public void setTaskFactory(TaskFactory factory) {
        taskFactory = factory;
    }

    @Override
    public TaskFactory getTaskFactory() {
        return taskFactory;
    }

    @Override
    public Task currentTask() {
        return currentTask;
    }

    @Override
    public java.util.Set<Task> allTasks() {
        return new java.util.LinkedHashSet<>(liveTasks);
    }

    /** A task not done joins the loop's tasks, for {@code all_tasks()}. */
    void rememberTask(ReferenceTask task) {
        liveTasks.add(task);
    }

    void forgetTask(ReferenceTask task) {
        liveTasks.remove(task);
    }

    /** asyncio's {@code _enter_task}: makes {@code task} current. */
    void enterTask(ReferenceTask task) {
        if (currentTask != null) {
            throw new RuntimeError("Cannot enter into task " + task + " while another task " + currentTask
                    + " is being executed.");
        }
        currentTask = task;
    }

    /** asyncio's {@code _leave_task}. */
    void leaveTask() {
        currentTask = null;
    }

    /** asyncio's {@code _swap_current_task} (3.12+): makes {@code task} current, whatever was. */
    ReferenceTask swapCurrentTask(ReferenceTask task) {
        ReferenceTask previous = currentTask;
        currentTask = task;
        return previous;
    }

    // ---------------------------------------------------------------- asyncio module functions

    @Override
    public Coroutine sleep(double delay, Object result) {
        return new SleepCoroutine(delay, result);
    }

    @Override
    public Future gather(List<?> awaitables, boolean returnExceptions) {
        return Gather.gather(this, awaitables, returnExceptions);
    }

    @Override
    public Coroutine wait(Collection<?> awaitables, Double timeout, ReturnWhen returnWhen) {
        return new WaitCoroutine(awaitables, timeout, returnWhen);
    }

    @Override
    public String toString() {
        return "<ReferenceEventLoop running=" + isRunning() + " closed=" + closed
                + (virtualClock != null ? " virtual-time" : "") + ">";
    }
}

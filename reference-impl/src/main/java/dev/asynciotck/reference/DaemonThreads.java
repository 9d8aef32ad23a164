package dev.asynciotck.reference;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread pools whose threads never keep the JVM alive, as asyncio's executor threads. */
final class DaemonThreads {

    /** {@code ThreadPoolExecutor}'s default {@code max_workers} in Python 3.8+: min(32, cpus + 4). */
    static final int DEFAULT_WORKERS = Math.min(32, Runtime.getRuntime().availableProcessors() + 4);

    private DaemonThreads() {
    }

    /**
     * @param prefix  the threads' name prefix
     * @param workers how many threads at most
     * @return a pool that starts threads as calls come, up to {@code workers}, and lets idle ones end
     */
    static ExecutorService pool(String prefix, int workers) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread t = new Thread(runnable, prefix + "_" + count.getAndIncrement());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}

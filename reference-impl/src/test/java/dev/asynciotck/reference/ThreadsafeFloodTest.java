package dev.asynciotck.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asynciotck.api.Future;
import dev.asynciotck.api.LoopOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LOOP-SOON-8 at full size on the reference loop: 4 threads × 1,000,000 call_soon_threadsafe
 * calls, none lost, none doubled. (The kit's scenario floods any loop with 4 × 100,000: CPython's
 * call_soon_threadsafe writes to its self-pipe on every call, and the full size takes it about a
 * minute.) A stress check, not a timed one.
 */
class ThreadsafeFloodTest {

    private static final int THREADS = 4;
    private static final int CALLS = 1_000_000;

    @Test
    void fourThreadsOfAMillionThreadsafeCallsLoseNone() throws InterruptedException {
        ReferenceEventLoop loop = new ReferenceEventLoop(LoopOptions.REAL_TIME);
        Future done = loop.createFuture();
        long[] counts = new long[2];
        Runnable tick = () -> counts[0]++;
        Runnable finished = () -> {
            if (++counts[1] == THREADS) {
                done.setResult(counts[0]);
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Thread t = new Thread(() -> {
                for (int n = 0; n < CALLS; n++) {
                    loop.callSoonThreadsafe(tick);
                }
                loop.callSoonThreadsafe(finished);
            });
            threads.add(t);
            t.start();
        }
        Object ran = loop.runUntilComplete(done);
        for (Thread t : threads) {
            t.join();
        }
        loop.close();
        assertEquals((long) THREADS * CALLS, ran);
    }
}

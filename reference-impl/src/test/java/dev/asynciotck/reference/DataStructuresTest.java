package dev.asynciotck.reference;

import dev.asynciotck.api.Context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ready ring buffer and the timer heap against JDK models. */
class DataStructuresTest {

    @Test
    void theReadyQueueIsFifoAcrossWrapAroundAndGrowth() {
        ReadyQueue queue = new ReadyQueue();
        ArrayDeque<AbstractHandle> model = new ArrayDeque<>();
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            if (random.nextInt(3) > 0 || model.isEmpty()) {
                AbstractHandle h = new CallbackHandle(() -> { }, new Context());
                queue.add(h);
                model.add(h);
            } else {
                assertSame(model.poll(), queue.poll());
            }
            assertEquals(model.size(), queue.size());
        }
        while (!model.isEmpty()) {
            assertSame(model.poll(), queue.poll());
        }
        assertNull(queue.poll());
    }

    @Test
    void theTimerHeapPopsEveryHandleInDeadlineOrder() {
        ReferenceEventLoop loop = TestSupport.virtualLoop();
        TimerHeap heap = new TimerHeap();
        PriorityQueue<Double> model = new PriorityQueue<>();
        List<ReferenceTimerHandle> pushed = new ArrayList<>();
        List<ReferenceTimerHandle> popped = new ArrayList<>();
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            if (random.nextInt(3) > 0 || model.isEmpty()) {
                // few distinct deadlines, so that ties are frequent
                ReferenceTimerHandle t = new ReferenceTimerHandle(random.nextInt(500) / 10.0 - 5, () -> { }, loop, new Context());
                heap.push(t);
                pushed.add(t);
                model.add(t.when);
            } else {
                ReferenceTimerHandle t = heap.peek();
            heap.pop();
                assertEquals(model.poll(), t.when);
                popped.add(t);
            }
            assertEquals(model.size(), heap.size());
            assertEquals(model.peek(), heap.size() == 0 ? null : heap.peek().when);
        }
        while (!model.isEmpty()) {
            ReferenceTimerHandle t = heap.peek();
            heap.pop();
            assertEquals(model.poll(), t.when);
            popped.add(t);
        }
        assertNull(heap.peek());
        assertEquals(pushed.size(), popped.size());
        java.util.Set<ReferenceTimerHandle> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        distinct.addAll(popped);
        assertEquals(pushed.size(), distinct.size(), "each handle popped exactly once");
    }

    @Test
    void removeCancelledKeepsTheOthersInOrder() {
        ReferenceEventLoop loop = TestSupport.virtualLoop();
        TimerHeap heap = new TimerHeap();
        List<Double> kept = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            ReferenceTimerHandle t = new ReferenceTimerHandle(random.nextDouble(), () -> { }, loop, new Context());
            t.scheduled = true;
            heap.push(t);
            if (i % 3 == 0) {
                t.cancel();
            } else {
                kept.add(t.when);
            }
        }
        int before = heap.size();
        heap.removeCancelled();
        assertEquals(167, before - heap.size());
        assertEquals(kept.size(), heap.size());
        kept.sort(null);
        for (double when : kept) {
            ReferenceTimerHandle t = heap.peek();
            heap.pop();
            assertEquals(when, t.when);
            assertFalse(t.cancelled());
        }
        assertEquals(0, heap.size());
    }
}

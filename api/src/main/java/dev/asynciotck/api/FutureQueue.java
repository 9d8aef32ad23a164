package dev.asynciotck.api;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The default {@link Queue}: CPython 3.13's {@code asyncio/queues.py}, built only on the futures of
 * its loop. A waiting {@code put} or {@code get} parks a future of {@link EventLoop#createFuture} in a
 * FIFO of waiters, and each change wakes the first waiter still pending; {@code join} waits on an
 * event made of the same futures ({@code asyncio.Event}). The behaviour is the same on 3.10 to
 * 3.12, apart from {@link #shutdown}, which is 3.13's.
 *
 * <p>Clauses: {@code QUEUE-ORDER-1}, {@code QUEUE-ORDER-2}, {@code QUEUE-ORDER-3},
 * {@code QUEUE-SIZE-1}, {@code QUEUE-SIZE-2}, {@code QUEUE-SIZE-3}, {@code QUEUE-WAIT-1},
 * {@code QUEUE-CANCEL-1}, {@code QUEUE-JOIN-1}, {@code QUEUE-JOIN-2}, {@code QUEUE-SHUTDOWN-1},
 * {@code QUEUE-SHUTDOWN-2}.
 */
public class FutureQueue implements Queue {

    private final EventLoop loop;
    private final QueueOrder order;
    private final long maxsize;
    private final BiPredicate<Object, Object> lessThan;
    private final List<Object> items;
    private final LinkedList<Future> getters = new LinkedList<>();
    private final LinkedList<Future> putters = new LinkedList<>();
    private final List<Future> joiners = new ArrayList<>();
    private long unfinishedTasks;
    private boolean finished = true;
    private boolean isShutdown;

    /**
     * @param loop     the loop whose futures it waits on
     * @param order    which item comes out first
     * @param maxsize  the bound; 0 or less for none
     * @param lessThan Python's {@code a < b} on items, for {@link QueueOrder#PRIORITY} (it may throw
     *                 {@code TypeError}); unused otherwise
     */
    public FutureQueue(EventLoop loop, QueueOrder order, long maxsize, BiPredicate<Object, Object> lessThan) {
        this.loop = loop;
        this.order = order;
        this.maxsize = maxsize;
        this.lessThan = lessThan;
        this.items = order == QueueOrder.PRIORITY ? new ArrayList<>() : new LinkedList<>();
    }

    // ---------------------------------------------------------------- sizes

    @Override
    public long qsize() {
        return items.size();
    }

    @Override
    public boolean empty() {
        return items.isEmpty();
    }

    @Override
    public boolean full() {
        return maxsize > 0 && qsize() >= maxsize;
    }

    // ---------------------------------------------------------------- without waiting

    @Override
    public void putNowait(Object item) {
        if (isShutdown) {
            throw PythonException.of(PyType.QUEUE_SHUT_DOWN, "");
        }
        if (full()) {
            throw PythonException.of(PyType.QUEUE_FULL, "");
        }
        add(item);
        unfinishedTasks++;
        finished = false;
        wakeUpNext(getters);
    }

    @Override
    public Object getNowait() {
        if (empty()) {
            throw PythonException.of(isShutdown ? PyType.QUEUE_SHUT_DOWN : PyType.QUEUE_EMPTY, "");
        }
        Object item = take();
        wakeUpNext(putters);
        return item;
    }

    @Override
    public void taskDone() {
        if (unfinishedTasks <= 0) {
            throw new ValueError("task_done() called too many times");
        }
        unfinishedTasks--;
        if (unfinishedTasks == 0) {
            setFinished();
        }
    }

    @Override
    public void shutdown(boolean immediate) {
        isShutdown = true;
        if (immediate) {
            while (!empty()) {
                take();
                if (unfinishedTasks > 0) {
                    unfinishedTasks--;
                }
            }
            if (unfinishedTasks == 0) {
                setFinished();
            }
        }
        wakeUpAll(getters);
        wakeUpAll(putters);
    }

    // ---------------------------------------------------------------- waiting

    @Override
    public Coroutine put(Object item) {
        return new Waiting("put", putters, this::full, () -> {
            putNowait(item);
            return null;
        });
    }

    @Override
    public Coroutine get() {
        return new Waiting("get", getters, this::empty, this::getNowait);
    }

    @Override
    public Coroutine join() {
        return new Coroutine() {
            private int state;
            private Future waiter;

            @Override
            public CoroutineStep send(Object value) {
                if (state == 0) {
                    state = 2;
                    if (value != null) {
                        throw new TypeError("can't send non-None value to a just-started coroutine");
                    }
                    if (unfinishedTasks > 0 && !finished) {
                        waiter = loop.createFuture();
                        joiners.add(waiter);
                        state = 1;
                        return new CoroutineStep.Suspended(waiter);
                    }
                    return new CoroutineStep.Returned(null);
                }
                if (state == 1) {
                    state = 2;
                    try {
                        waiter.result();
                    } finally {
                        joiners.remove(waiter);
                    }
                    return new CoroutineStep.Returned(null);
                }
                throw new RuntimeError("cannot reuse already awaited coroutine");
            }

            @Override
            public CoroutineStep throwInto(PythonException error) {
                if (state == 1) {
                    joiners.remove(waiter);
                }
                state = 2;
                throw error;
            }

            @Override
            public String name() {
                return "Queue.join";
            }
        };
    }

    /**
     * {@code put} and {@code get}: {@code while blocked: park a future among the waiters and await
     * it}; on any exception there, cancel the future, leave the waiters, and if the queue could serve
     * now and the future was not cancelled (it was woken), wake the next waiter; then take the
     * item without waiting.
     */
    private final class Waiting implements Coroutine {
        private static final int NEW = 0;
        private static final int WAITING = 1;
        private static final int DONE = 2;
        private final String name;
        private final LinkedList<Future> waiters;
        private final BooleanSupplier blocked;
        private final Supplier<Object> finish;
        private int state = NEW;
        private Future waiter;

        /**
         * @param name    the method's name
         * @param waiters the futures of the calls waiting like this one
         * @param blocked whether the queue cannot serve the call now (full for a put, empty for a get)
         * @param finish  the call without waiting
         */
        Waiting(String name, LinkedList<Future> waiters, BooleanSupplier blocked, Supplier<Object> finish) {
            this.name = name;
            this.waiters = waiters;
            this.blocked = blocked;
            this.finish = finish;
        }

        @Override
        public CoroutineStep send(Object value) {
            if (state == NEW) {
                if (value != null) {
                    state = DONE;
                    throw new TypeError("can't send non-None value to a just-started coroutine");
                }
                return step();
            }
            if (state == WAITING) {
                try {
                    waiter.result();
                } catch (PythonException e) {
                    throw failed(e);
                }
                return step();
            }
            throw new RuntimeError("cannot reuse already awaited coroutine");
        }

        @Override
        public CoroutineStep throwInto(PythonException error) {
            if (state == WAITING) {
                throw failed(error);
            }
            state = DONE;
            throw error;
        }

        private CoroutineStep step() {
            state = DONE;
            if (blocked.getAsBoolean()) {
                if (isShutdown) {
                    throw PythonException.of(PyType.QUEUE_SHUT_DOWN, "");
                }
                waiter = loop.createFuture();
                waiters.add(waiter);
                state = WAITING;
                return new CoroutineStep.Suspended(waiter);
            }
            return new CoroutineStep.Returned(finish.get());
        }

        /** The {@code except:} of the wait: leaves the waiters, hands a wake-up on; returns the error to raise. */
        private PythonException failed(PythonException error) {
            state = DONE;
            waiter.cancel();
            waiters.remove(waiter);
            if (!blocked.getAsBoolean() && !waiter.cancelled()) {
                wakeUpNext(waiters);
            }
            return error;
        }

        @Override
        public String name() {
            return "Queue." + name;
        }
    }

    // ---------------------------------------------------------------- internals

    /** {@code _wakeup_next}: completes the first waiter still pending, dropping those already done. */
    private static void wakeUpNext(LinkedList<Future> waiters) {
        while (!waiters.isEmpty()) {
            Future waiter = waiters.removeFirst();
            if (!waiter.done()) {
                waiter.setResult(null);
                return;
            }
        }
    }

    private static void wakeUpAll(LinkedList<Future> waiters) {
        while (!waiters.isEmpty()) {
            Future waiter = waiters.removeFirst();
            if (!waiter.done()) {
                waiter.setResult(null);
            }
        }
    }

    /** {@code Event.set()} of the queue's {@code _finished}. */
    private void setFinished() {
        if (!finished) {
            finished = true;
            for (Future f : List.copyOf(joiners)) {
                if (!f.done()) {
                    f.setResult(Boolean.TRUE);
                }
            }
        }
    }

    private void add(Object item) {
        if (order != QueueOrder.PRIORITY) {
            items.add(item);
            return;
        }
        items.add(item);
        siftDown(0, items.size() - 1);
    }

    private Object take() {
        if (order == QueueOrder.FIFO) {
            return items.remove(0);
        }
        if (order == QueueOrder.LIFO) {
            return items.remove(items.size() - 1);
        }
        Object last = items.remove(items.size() - 1);
        if (items.isEmpty()) {
            return last;
        }
        Object first = items.get(0);
        items.set(0, last);
        siftUp(0);
        return first;
    }

    /** {@code heapq._siftdown}: moves the item at {@code pos} up towards {@code start}. */
    private void siftDown(int start, int pos) {
        Object item = items.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            Object parent = items.get(parentPos);
            if (lessThan.test(item, parent)) {
                items.set(pos, parent);
                pos = parentPos;
                continue;
            }
            break;
        }
        items.set(pos, item);
    }

    /** {@code heapq._siftup}: moves the smaller child up until a leaf, then sifts the item down. */
    private void siftUp(int pos) {
        int end = items.size();
        int start = pos;
        Object item = items.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !lessThan.test(items.get(child), items.get(right))) {
                child = right;
            }
            items.set(pos, items.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        items.set(pos, item);
        siftDown(start, pos);
    }
}

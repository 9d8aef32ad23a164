package dev.asynciotck.reference;

import java.util.Arrays;

/**
 * A min-heap of timer handles ordered by deadline, like asyncio's {@code heapq} of
 * {@code TimerHandle}s: equal deadlines come out in heap order, not FIFO (asyncio leaves that
 * order undefined, and so does the kit). Cancelled handles are not removed eagerly: the loop pops
 * them when they reach the head, or {@link #removeCancelled() rebuilds} the heap when they are
 * too many. Used on the loop thread only.
 *
 * <p>Layout, for speed at hundreds of thousands of timers: a 4-ary heap (half the depth of a
 * binary one, the four children's keys in one cache line) whose deadlines live in a
 * {@code double[]} parallel to the handle array, so sifting compares contiguous doubles instead
 * of reading one handle object per comparison.
 */
final class TimerHeap {

    private static final int ARITY = 4;

    private ReferenceTimerHandle[] handles = new ReferenceTimerHandle[64];
    private double[] whens = new double[64];
    private int size;

    /** @return how many handles are in the heap, cancelled ones included */
    int size() {
        return size;
    }

    /** @return the earliest handle, not removed; {@code null} when empty */
    ReferenceTimerHandle peek() {
        return size == 0 ? null : handles[0];
    }

    /**
     * Adds a handle.
     *
     * @param handle the handle
     */
    void push(ReferenceTimerHandle handle) {
        if (size == handles.length) {
            int capacity = size << 1;
            handles = Arrays.copyOf(handles, capacity);
            whens = Arrays.copyOf(whens, capacity);
        }
        ReferenceTimerHandle[] h = handles;
        double[] w = whens;
        double when = handle.when;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) / ARITY;
            double parentWhen = w[parent];
            if (!(when < parentWhen)) {
                break;
            }
            h[i] = h[parent];
            w[i] = parentWhen;
            i = parent;
        }
        h[i] = handle;
        w[i] = when;
    }

    /** Removes the earliest handle (see {@link #peek()}), if any. */
    void pop() {
        if (size == 0) {
            return;
        }
        int last = --size;
        ReferenceTimerHandle moved = handles[last];
        double movedWhen = whens[last];
        handles[last] = null;
        if (last > 0) {
            siftDown(0, moved, movedWhen);
        }
    }

    /**
     * Removes every cancelled handle (marking it unscheduled) by pushing the others into an emptied
     * heap. It runs rarely (when most of a large heap is cancelled), so plain pushes are fine.
     */
    void removeCancelled() {
        ReferenceTimerHandle[] old = Arrays.copyOf(handles, size);
        clear();
        for (ReferenceTimerHandle t : old) {
            if (t.cancelled()) {
                t.scheduled = false;
            } else {
                push(t);
            }
        }
    }

    /** Drops every handle. */
    void clear() {
        Arrays.fill(handles, 0, size, null);
        size = 0;
    }

    private void siftDown(int index, ReferenceTimerHandle handle, double when) {
        ReferenceTimerHandle[] h = handles;
        double[] w = whens;
        int n = size;
        int i = index;
        while (true) {
            int first = ARITY * i + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            double bestWhen = w[first];
            int end = Math.min(first + ARITY, n);
            for (int c = first + 1; c < end; c++) {
                double cw = w[c];
                if (cw < bestWhen) {
                    bestWhen = cw;
                    best = c;
                }
            }
            if (!(bestWhen < when)) {
                break;
            }
            h[i] = h[best];
            w[i] = bestWhen;
            i = best;
        }
        h[i] = handle;
        w[i] = when;
    }
}

package dev.asynciotck.api;

/**
 * Which item a {@link Queue} gives first: asyncio's {@code Queue}, {@code PriorityQueue} and
 * {@code LifoQueue}.
 *
 * <p>Clauses: {@code QUEUE-ORDER-1}, {@code QUEUE-ORDER-2}, {@code QUEUE-ORDER-3}.
 */
public enum QueueOrder {
    /** {@code asyncio.Queue}: first in, first out. */
    FIFO,
    /** {@code asyncio.PriorityQueue}: the smallest item first, by {@code heapq} on Python's {@code <}. */
    PRIORITY,
    /** {@code asyncio.LifoQueue}: last in, first out. */
    LIFO
}

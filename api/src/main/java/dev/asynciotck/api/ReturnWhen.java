package dev.asynciotck.api;

/** When awaiting {@link EventLoop#wait(java.util.Collection, Double, ReturnWhen) wait} returns: asyncio's {@code FIRST_COMPLETED} and friends. */
public enum ReturnWhen {
    /** As soon as any awaitable finishes or is cancelled. */
    FIRST_COMPLETED,
    /** As soon as any awaitable finishes by raising; else as {@link #ALL_COMPLETED}. */
    FIRST_EXCEPTION,
    /** When every awaitable has finished or was cancelled. */
    ALL_COMPLETED
}

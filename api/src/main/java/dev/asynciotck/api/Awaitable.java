package dev.asynciotck.api;

/**
 * Something a coroutine can await: a {@link Future} (and so a {@link Task}) or a
 * {@link Coroutine}. Mirrors Python's awaitable protocol.
 */
public interface Awaitable {
}

package dev.asynciotck.api;

/**
 * The {@code client_connected_cb} of {@code asyncio.start_server()}: called from the loop with the
 * streams of each connection the server accepts.
 *
 * <p>Clauses: {@code STREAM-OPEN-1}.
 */
@FunctionalInterface
public interface ClientConnected {

    /**
     * @param reader the connection's reading end
     * @param writer the connection's writing end
     * @return a {@link Coroutine} to run as a task, or anything else (ignored)
     */
    Object connected(StreamReader reader, StreamWriter writer);
}

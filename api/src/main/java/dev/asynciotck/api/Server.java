package dev.asynciotck.api;

import java.util.List;

/**
 * {@code asyncio.Server}: what {@code create_server()} returns.
 *
 * <p>Clauses: {@code SERVER-STATE-1} (sockets and is_serving), {@code SERVER-CLOSE-1} (a closed
 * server accepts no new connection).
 */
public interface Server {

    /** @return the loop the server runs on */
    EventLoop getLoop();

    /** Stops listening: its sockets are closed; connections already accepted stay open. */
    void close();

    /** @return whether the server accepts connections */
    boolean isServing();

    /** @return a coroutine that starts accepting, if it does not already */
    Coroutine startServing();

    /**
     * <p>Clauses: {@code SERVER-SERVE-1}.
     *
     * @return a coroutine that accepts until cancelled, and then closes the server
     */
    Coroutine serveForever();

    /** @return a coroutine that returns once the server is closed (and, from 3.12, its connections are) */
    Coroutine waitClosed();

    /**
     * <p>Clauses: {@code SERVER-STATE-1}, {@code SERVER-STATE-2} (Python gives a tuple).
     *
     * @return the listening sockets; empty once closed
     */
    List<TransportSocket> sockets();
}

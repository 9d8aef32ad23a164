package dev.asynciotck.api;

/**
 * {@code asyncio.BaseProtocol}: the callbacks a transport calls on the loop's thread. Every method
 * does nothing unless overridden, as asyncio's.
 *
 * <p>Clauses: {@code PROTO-ORDER-1} (connection_made first and once, connection_lost last and once).
 */
public interface BaseProtocol {

    /**
     * The connection is made; called once, before any other callback.
     *
     * @param transport the transport of the connection
     */
    default void connectionMade(BaseTransport transport) {
    }

    /**
     * The connection is lost or closed; called once, after every other callback.
     *
     * <p>Clauses: {@code PROTO-ERROR-1} (with the exception a callback raised).
     *
     * @param exc the error that ended it, or {@code null} for a regular EOF or a close
     */
    default void connectionLost(PythonException exc) {
    }

    /**
     * The transport's write buffer went over its high water mark.
     *
     * <p>Clauses: {@code PROTO-FLOW-1}.
     */
    default void pauseWriting() {
    }

    /**
     * The transport's write buffer drained to its low water mark or below.
     *
     * <p>Clauses: {@code PROTO-FLOW-1}.
     */
    default void resumeWriting() {
    }
}

package dev.asynciotck.api;

/**
 * {@code asyncio.BaseTransport}: one end of a connection, driven by the loop.
 *
 * <p>Clauses: {@code TRANSPORT-CLOSE-1} ({@code close()} flushes what was written, then ends in
 * one {@code connection_lost(None)}), {@code TRANSPORT-INFO-1} ({@code get_extra_info}).
 */
public interface BaseTransport {

    /**
     * Closes the transport: data already written is still sent, nothing more is received, and the
     * protocol's {@code connection_lost(None)} is called soon, once. Closing again does nothing.
     */
    void close();

    /** @return whether the transport is closing or closed */
    boolean isClosing();

    /**
     * {@code get_extra_info(name, default=None)}. {@code "peername"} and {@code "sockname"} are the
     * socket's addresses ({@link java.net.InetSocketAddress} for TCP), {@code "socket"} a
     * {@link TransportSocket}.
     *
     * @param name         the key
     * @param defaultValue what to return for a key the transport does not know
     * @return the value
     */
    Object getExtraInfo(String name, Object defaultValue);

    /** @return the protocol the transport calls */
    BaseProtocol getProtocol();

    /** @param protocol the protocol the transport calls from now on */
    void setProtocol(BaseProtocol protocol);
}

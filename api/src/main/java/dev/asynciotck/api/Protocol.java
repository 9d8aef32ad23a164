package dev.asynciotck.api;

/**
 * {@code asyncio.Protocol}: a streaming protocol (TCP, Unix sockets). Every method does nothing
 * unless overridden, as asyncio's.
 *
 * <p>Clauses: {@code PROTO-ORDER-1} (data_received after connection_made, eof_received at most
 * once and after every data_received), {@code TRANSPORT-WRITE-1} (data arrives in order).
 */
public interface Protocol extends BaseProtocol {

    /**
     * Some data arrived. How the bytes are split over calls is free.
     *
     * @param data the bytes, never empty
     */
    default void dataReceived(byte[] data) {
    }

    /**
     * The peer sent EOF (it will write no more).
     *
     * <p>Clauses: {@code PROTO-EOF-1}.
     *
     * @return {@code true} to keep the transport open for writing; {@code false} (asyncio's
     *         {@code None}) lets the transport close itself
     */
    default boolean eofReceived() {
        return false;
    }
}

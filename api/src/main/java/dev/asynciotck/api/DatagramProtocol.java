package dev.asynciotck.api;

import java.net.InetSocketAddress;

/**
 * {@code asyncio.DatagramProtocol}: the callbacks of a datagram endpoint. Every method does nothing
 * unless overridden, as asyncio's.
 *
 * <p>Clauses: {@code UDP-ENDPOINT-1}, {@code UDP-ERROR-1}.
 */
public interface DatagramProtocol extends BaseProtocol {

    /**
     * A datagram arrived, whole.
     *
     * @param data the datagram's bytes
     * @param addr the address of its sender
     */
    default void datagramReceived(byte[] data, InetSocketAddress addr) {
    }

    /**
     * A send or a receive failed (on Linux, a connected endpoint whose peer has no socket gets
     * {@code ConnectionRefusedError}); the endpoint stays open.
     *
     * <p>Clauses: {@code UDP-ERROR-1}.
     *
     * @param exc the error
     */
    default void errorReceived(PythonException exc) {
    }
}

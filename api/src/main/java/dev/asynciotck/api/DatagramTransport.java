package dev.asynciotck.api;

import java.net.InetSocketAddress;

/**
 * {@code asyncio.DatagramTransport}: the transport of a datagram endpoint.
 *
 * <p>Clauses: {@code UDP-ENDPOINT-1}, {@code UDP-CONNECTED-1}, {@code UDP-DATA-1}.
 */
public interface DatagramTransport extends BaseTransport {

    /**
     * {@code sendto(data, addr)}: sends {@code data} as one datagram.
     *
     * @param data a {@code byte[]}; anything else raises
     *             {@code TypeError("data argument must be a bytes-like object, not 'T'")}
     * @param addr where to, or {@code null} for the remote address of a connected endpoint
     * @throws ValueError {@code Invalid address: must be None or ('H', P)} for another address than
     *                    a connected endpoint's
     */
    void sendto(Object data, InetSocketAddress addr);

    /** {@code abort()}: closes at once, dropping what is buffered; {@code connection_lost(None)} follows. */
    void abort();
}

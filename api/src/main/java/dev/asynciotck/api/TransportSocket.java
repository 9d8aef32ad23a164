package dev.asynciotck.api;

/**
 * What {@code Server.sockets} and {@code get_extra_info("socket")} give: a view of a socket the
 * loop owns.
 *
 * <p>Clauses: {@code SERVER-STATE-1}.
 */
public interface TransportSocket {

    /** @return the address the socket is bound to (an {@link java.net.InetSocketAddress} for TCP) */
    java.net.SocketAddress getsockname();
}

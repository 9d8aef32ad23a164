package dev.asynciotck.api;

import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;

/**
 * What {@code loop.sock_accept(sock)} gives: {@code (conn, address)}.
 *
 * <p>Clauses: {@code SOCK-ACCEPT-1}.
 *
 * @param socket  the new connection, non-blocking, which the program owns
 * @param address the peer's address
 */
public record AcceptedSocket(SocketChannel socket, InetSocketAddress address) {
}

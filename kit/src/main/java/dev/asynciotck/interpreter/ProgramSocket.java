package dev.asynciotck.interpreter;

import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;

/**
 * A socket the program owns and closes; the loop only watches it (add_reader, sock_recv...) or,
 * once the program hands it over with {@code connect_accepted_socket}, owns it. On the JVM:
 * {@code socketpair()}'s are non-blocking Unix-domain {@code SocketChannel}s, as Python's
 * {@code socket.socketpair()} gives AF_UNIX sockets on Linux; {@code tcp_socket()}'s and those
 * {@code sock_accept()} gives are TCP {@code SocketChannel}s; {@code tcp_listener()}'s is a
 * {@code ServerSocketChannel}.
 *
 * @param channel the channel
 */
record ProgramSocket(SelectableChannel channel) {

    /** @return the channel as a socket with an address */
    NetworkChannel network() {
        return (NetworkChannel) channel;
    }
}

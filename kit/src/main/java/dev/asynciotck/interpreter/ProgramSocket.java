package dev.asynciotck.interpreter;

import java.nio.channels.SocketChannel;

/**
 * A socket of the kit's {@code socketpair()}: the program owns it and closes it; the loop only
 * watches it (add_reader, sock_recv...). On the JVM it is a non-blocking Unix-domain
 * {@link SocketChannel}, as Python's {@code socket.socketpair()} gives AF_UNIX sockets on Linux.
 *
 * @param channel the channel
 */
record ProgramSocket(SocketChannel channel) {
}

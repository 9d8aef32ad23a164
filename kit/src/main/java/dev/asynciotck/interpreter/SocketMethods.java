package dev.asynciotck.interpreter;

import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.ValueError;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The program's own sockets: the kit's {@code socketpair()}, the methods of the {@code Socket}
 * kind ({@code send}, {@code recv}, {@code close}: Python's, non-blocking), and the loop's methods
 * that take one ({@code add_reader}, {@code remove_reader}, {@code add_writer},
 * {@code remove_writer}, {@code sock_recv}, {@code sock_sendall}).
 */
final class SocketMethods {

    private SocketMethods() {
    }

    /** The loop's methods on the program's sockets, for the loop's table. */
    static <T extends EventLoop> Methods.Table<T> loopMethods(Methods.Table<T> table) {
        return table
                .with("add_reader", (s, loop, a) -> {
                    SelectableChannel fd = channel(a.required(0, "fd"));
                    loop.addReader(fd, s.callback(a.required(1, "callback"), List.copyOf(a.from(2))));
                    a.noUnknownKeywords();
                    return null;
                })
                .with("remove_reader", (s, loop, a) -> {
                    SelectableChannel fd = channel(a.required(0, "fd"));
                    a.noMoreThan(1);
                    return loop.removeReader(fd);
                })
                .with("add_writer", (s, loop, a) -> {
                    SelectableChannel fd = channel(a.required(0, "fd"));
                    loop.addWriter(fd, s.callback(a.required(1, "callback"), List.copyOf(a.from(2))));
                    a.noUnknownKeywords();
                    return null;
                })
                .with("remove_writer", (s, loop, a) -> {
                    SelectableChannel fd = channel(a.required(0, "fd"));
                    a.noMoreThan(1);
                    return loop.removeWriter(fd);
                })
                .with("sock_recv", (s, loop, a) -> {
                    SocketChannel sock = stream(a.required(0, "sock"));
                    int nbytes = bufferSize(a.required(1, "nbytes"));
                    a.noMoreThan(2);
                    return loop.sockRecv(sock, nbytes);
                })
                .with("sock_sendall", (s, loop, a) -> {
                    SocketChannel sock = stream(a.required(0, "sock"));
                    byte[] data = bytes(a.required(1, "data"));
                    a.noMoreThan(2);
                    return loop.sockSendall(sock, data);
                })
                .with("sock_connect", (s, loop, a) -> {
                    SocketChannel sock = stream(a.required(0, "sock"));
                    InetSocketAddress address = NetworkMethods.address(a.required(1, "address"));
                    a.noMoreThan(2);
                    return loop.sockConnect(sock, address);
                })
                .with("sock_accept", (s, loop, a) -> {
                    Object sock = a.required(0, "sock");
                    a.noMoreThan(1);
                    if (!(channel(sock) instanceof ServerSocketChannel listener)) {
                        throw PythonException.of(PyType.OS_ERROR, "[Errno 22] Invalid argument");  // accept() on a socket that is not listening
                    }
                    return loop.sockAccept(listener);
                })
                .with("connect_accepted_socket", (s, loop, a) -> {
                    Object factory = a.required(0, "protocol_factory");
                    SocketChannel sock = stream(a.required(1, "sock"));
                    a.noMoreThan(2);
                    return loop.connectAcceptedSocket(NetworkMethods.protocolFactory(s, factory), sock);
                });
    }

    static final Map<String, Methods.Body<Object>> SOCKET = Methods.table(ProgramSocket.class, null)
            .with("send", (s, sock, a) -> {
                byte[] data = bytes(a.required(0, "data"));
                a.noMoreThan(1);
                try {
                    int n = stream(sock).write(ByteBuffer.wrap(data));
                    if (n == 0 && data.length > 0) {
                        throw wouldBlock();
                    }
                    return (long) n;
                } catch (IOException e) {
                    throw error(e);
                }
            })
            .with("recv", (s, sock, a) -> {
                int size = bufferSize(a.required(0, "bufsize"));
                a.noMoreThan(1);
                if (size == 0) {
                    return PyBytes.of(new byte[0]);
                }
                ByteBuffer buffer = ByteBuffer.allocate(size);
                try {
                    int n = stream(sock).read(buffer);
                    if (n == 0) {
                        throw wouldBlock();
                    }
                    return PyBytes.of(n < 0 ? new byte[0] : Arrays.copyOf(buffer.array(), n));
                } catch (IOException e) {
                    throw error(e);
                }
            })
            .with("getsockname", (s, sock, a) -> {
                a.noMoreThan(0);
                try {
                    return NetworkMethods.fromApi(sock.network().getLocalAddress());
                } catch (IOException e) {
                    throw error(e);
                }
            })
            .with("getpeername", (s, sock, a) -> {
                a.noMoreThan(0);
                try {
                    java.net.SocketAddress peer = sock.channel() instanceof SocketChannel c ? c.getRemoteAddress() : null;
                    if (peer == null) {
                        throw PythonException.of(PyType.OS_ERROR, "[Errno 107] Transport endpoint is not connected");
                    }
                    return NetworkMethods.fromApi(peer);
                } catch (IOException e) {
                    throw error(e);
                }
            })
            .with("close", (s, sock, a) -> {
                a.noMoreThan(0);
                try {
                    sock.channel().close();
                } catch (IOException e) {
                    // closed anyway
                }
                return null;
            }).build();

    /**
     * The kit's {@code socketpair()}: two connected, non-blocking Unix-domain stream sockets. The
     * listening socket's file is removed once they are connected; nothing is left on disk.
     */
    static PyTuple socketpair(Args a) {
        a.noMoreThan(0);
        try (ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            listener.bind(null, 1);
            Path path = Path.of(listener.getLocalAddress().toString());
            SocketChannel one = null;
            try {
                one = SocketChannel.open(listener.getLocalAddress());
                SocketChannel two = listener.accept();
                one.configureBlocking(false);
                two.configureBlocking(false);
                return new PyTuple(List.of(new ProgramSocket(one), new ProgramSocket(two)));
            } catch (IOException e) {
                if (one != null) {
                    one.close();
                }
                throw e;
            } finally {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw PythonException.of(PyType.OS_ERROR, "socketpair(): " + e.getMessage());
        }
    }

    /**
     * The kit's {@code tcp_listener()}: a non-blocking TCP socket listening on 127.0.0.1, on an
     * ephemeral port (backlog 8).
     */
    static ProgramSocket tcpListener(Args a) {
        a.noMoreThan(0);
        try {
            ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.INET);
            try {
                listener.bind(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 8);
                listener.configureBlocking(false);
            } catch (IOException e) {
                listener.close();
                throw e;
            }
            return new ProgramSocket(listener);
        } catch (IOException e) {
            throw PythonException.of(PyType.OS_ERROR, "tcp_listener(): " + e.getMessage());
        }
    }

    /** The kit's {@code tcp_socket()}: a new non-blocking TCP socket, neither bound nor connected. */
    static ProgramSocket tcpSocket(Args a) {
        a.noMoreThan(0);
        try {
            SocketChannel sock = SocketChannel.open(StandardProtocolFamily.INET);
            sock.configureBlocking(false);
            return new ProgramSocket(sock);
        } catch (IOException e) {
            throw PythonException.of(PyType.OS_ERROR, "tcp_socket(): " + e.getMessage());
        }
    }

    private static SelectableChannel channel(Object fd) {
        if (fd instanceof ProgramSocket sock) {
            return sock.channel();
        }
        throw new ValueError("Invalid file object: " + PyOps.repr(fd));
    }

    /** A socket that carries bytes: a connected (or connecting) one, not a listener. */
    private static SocketChannel stream(Object fd) {
        if (channel(fd) instanceof SocketChannel sock) {
            return sock;
        }
        throw PythonException.of(PyType.OS_ERROR, "[Errno 107] Transport endpoint is not connected");
    }

    static byte[] bytes(Object data) {
        if (data instanceof PyBytes b) {
            return b.toArray();
        }
        throw new TypeError("a bytes-like object is required, not '" + PyOps.typeName(data) + "'");
    }

    private static int bufferSize(Object v) {
        if (!(v instanceof Long l) || v instanceof Boolean) {
            throw new TypeError("'" + PyOps.typeName(v) + "' object cannot be interpreted as an integer");
        }
        if (l < 0) {
            throw new ValueError("negative buffersize in recv");
        }
        return (int) Math.min(l, 1 << 20);
    }

    private static PythonException wouldBlock() {
        return PythonException.of(PyType.BLOCKING_IO_ERROR, "[Errno 11] Resource temporarily unavailable");
    }

    private static PythonException error(IOException e) {
        if (e instanceof ClosedChannelException) {
            return PythonException.of(PyType.OS_ERROR, "[Errno 9] Bad file descriptor");
        }
        return PythonException.of(PyType.OS_ERROR, String.valueOf(e.getMessage()));
    }
}

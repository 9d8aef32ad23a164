package dev.asynciotck.reference;

import dev.asynciotck.api.AcceptedSocket;
import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.Steps;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * The loop's services for sockets the program owns, as asyncio's {@code selector_events.py}
 * gives them: {@code add_reader}/{@code add_writer} and their removal (WATCH-*), and
 * {@code sock_recv}/{@code sock_sendall}/{@code sock_connect}/{@code sock_accept} (SOCK-*), which
 * try the socket at once and otherwise wait
 * for it with a reader or a writer. The loop watches these sockets; it never closes them.
 */
final class WatchedSockets {

    private final ReferenceEventLoop loop;
    private final IoSelector io;

    WatchedSockets(ReferenceEventLoop loop, IoSelector io) {
        this.loop = loop;
        this.io = io;
    }

    void addReader(SelectableChannel fd, Runnable callback) {
        loop.checkClosed();
        io.setReader(watch(fd), callback, fd.validOps() & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT));
    }

    void addWriter(SelectableChannel fd, Runnable callback) {
        loop.checkClosed();
        io.setWriter(watch(fd), callback);
    }

    boolean removeReader(SelectableChannel fd) {
        IoSelector.Watch watch = loop.isClosed() ? null : io.existing(fd);
        if (watch == null || watch.reader == null) {
            return false;
        }
        io.removeReader(watch);
        return true;
    }

    boolean removeWriter(SelectableChannel fd) {
        IoSelector.Watch watch = loop.isClosed() ? null : io.existing(fd);
        if (watch == null || watch.writer == null) {
            return false;
        }
        io.removeWriter(watch);
        return true;
    }

    /** asyncio's {@code sock_recv}: read now, else wait with a reader that is removed once done. */
    Coroutine sockRecv(SocketChannel sock, int nbytes) {
        return Steps.coroutine("sock_recv", (v, e) -> {
            byte[] now = receive(sock, nbytes);
            if (now != null) {
                return Steps.done(now);
            }
            Future received = loop.createFuture();
            addReader(sock, () -> {
                if (received.done()) {
                    return;
                }
                try {
                    byte[] data = receive(sock, nbytes);
                    if (data != null) {
                        received.setResult(data);
                    }
                } catch (PythonException error) {
                    received.setException(error);
                }
            });
            return Steps.await(received, (data, error) -> {
                removeReader(sock);
                Steps.raiseIf(error);
                return Steps.done(data);
            });
        });
    }

    /** asyncio's {@code sock_sendall}: send what the socket takes now, then wait with a writer for the rest. */
    Coroutine sockSendall(SocketChannel sock, byte[] data) {
        return Steps.coroutine("sock_sendall", (v, e) -> {
            ByteBuffer rest = ByteBuffer.wrap(data.clone());
            send(sock, rest);
            if (!rest.hasRemaining()) {
                return Steps.done(null);
            }
            Future sent = loop.createFuture();
            addWriter(sock, () -> {
                if (sent.done()) {
                    return;
                }
                try {
                    send(sock, rest);
                    if (!rest.hasRemaining()) {
                        sent.setResult(null);
                    }
                } catch (PythonException error) {
                    sent.setException(error);
                }
            });
            return Steps.await(sent, (x, error) -> {
                removeWriter(sock);
                Steps.raiseIf(error);
                return Steps.done(null);
            });
        });
    }

    /** asyncio's {@code sock_connect}: connect now, else wait for the connection with a watch removed once done. */
    Coroutine sockConnect(SocketChannel sock, InetSocketAddress address) {
        return Steps.coroutine("sock_connect", (v, e) -> {
            loop.checkClosed();
            try {
                if (sock.connect(address)) {
                    return Steps.done(null);
                }
            } catch (IOException error) {
                throw NetworkErrors.connectFailed(address, error);
            }
            Future connected = loop.createFuture();
            IoSelector.Watch watch = watch(sock);
            io.setReader(watch, () -> {
                if (connected.done()) {
                    return;
                }
                try {
                    if (sock.finishConnect()) {
                        connected.setResult(null);
                    }
                } catch (IOException error) {
                    connected.setException(NetworkErrors.connectFailed(address, error));
                }
            }, SelectionKey.OP_CONNECT);
            return Steps.await(connected, (x, error) -> {
                removeReader(sock);
                Steps.raiseIf(error);
                return Steps.done(null);
            });
        });
    }

    /** asyncio's {@code sock_accept}: accept now, else wait with a reader that is removed once done. */
    Coroutine sockAccept(ServerSocketChannel sock) {
        return Steps.coroutine("sock_accept", (v, e) -> {
            AcceptedSocket now = accept(sock);
            if (now != null) {
                return Steps.done(now);
            }
            Future accepted = loop.createFuture();
            addReader(sock, () -> {
                if (accepted.done()) {
                    return;
                }
                try {
                    AcceptedSocket conn = accept(sock);
                    if (conn != null) {
                        accepted.setResult(conn);
                    }
                } catch (PythonException error) {
                    accepted.setException(error);
                }
            });
            return Steps.await(accepted, (conn, error) -> {
                removeReader(sock);
                Steps.raiseIf(error);
                return Steps.done(conn);
            });
        });
    }

    /** @return the connection waiting on {@code sock}, non-blocking, or null when none is */
    private static AcceptedSocket accept(ServerSocketChannel sock) {
        try {
            SocketChannel conn = sock.accept();
            if (conn == null) {
                return null;
            }
            conn.configureBlocking(false);
            return new AcceptedSocket(conn, (InetSocketAddress) conn.getRemoteAddress());
        } catch (IOException error) {
            throw NetworkErrors.of(error);
        }
    }

    private IoSelector.Watch watch(SelectableChannel fd) {
        IoSelector.Watch watch = io.watch(fd);
        watch.borrowed = true;
        return watch;
    }

    /** @return what one read gives: at most {@code nbytes}, empty at the end; null when nothing has arrived */
    private static byte[] receive(SocketChannel sock, int nbytes) {
        if (nbytes == 0) {
            return new byte[0];
        }
        ByteBuffer buffer = ByteBuffer.allocate(nbytes);
        int n;
        try {
            n = sock.read(buffer);
        } catch (IOException error) {
            throw NetworkErrors.of(error);
        }
        if (n < 0) {
            return new byte[0];  // the peer has closed
        }
        return n == 0 ? null : Arrays.copyOf(buffer.array(), n);
    }

    private static void send(SocketChannel sock, ByteBuffer rest) {
        try {
            sock.write(rest);
        } catch (IOException error) {
            throw NetworkErrors.of(error);
        }
    }
}

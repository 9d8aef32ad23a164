package dev.asynciotck.reference;

import dev.asynciotck.api.BaseProtocol;
import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.RuntimeError;
import dev.asynciotck.api.Server;
import dev.asynciotck.api.Steps;
import dev.asynciotck.api.TransportSocket;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A TCP server: asyncio's {@code Server}. It accepts while serving; each accepted connection gets
 * a protocol from the factory and a {@link SocketTransport}. {@code close()} closes the listening
 * socket (connections already accepted stay open); {@code wait_closed()} returns once the server is
 * closed and no accepted connection is left (3.12.1+).
 */
final class ReferenceServer implements Server {

    /** asyncio's default {@code backlog}: also how many connections one readiness accepts at most. */
    static final int BACKLOG = 100;

    private final ReferenceEventLoop loop;
    private final Supplier<? extends BaseProtocol> protocolFactory;
    private final List<Listener> listeners = new ArrayList<>();
    private boolean serving;
    private boolean closed;
    private int activeCount;
    private List<Future> waiters = new ArrayList<>();
    /** The future serve_forever() waits on, or null. */
    private Future servingForever;

    /** One listening socket. */
    private final class Listener implements TransportSocket {
        final ServerSocketChannel channel;
        final IoSelector.Watch watch;
        final SocketAddress address;

        Listener(ServerSocketChannel channel) throws IOException {
            this.channel = channel;
            this.address = channel.getLocalAddress();
            this.watch = loop.io().watch(channel);
        }

        @Override
        public SocketAddress getsockname() {
            return address;
        }

        void acceptReady() {
            for (int i = 0; i < BACKLOG; i++) {
                SocketChannel conn;
                try {
                    conn = channel.accept();
                } catch (IOException e) {
                    return; // asyncio logs and goes on; the next readiness tries again
                }
                if (conn == null) {
                    return;
                }
                accepted(conn);
            }
        }

        @Override
        public String toString() {
            return "<asyncio.TransportSocket laddr=" + address + ">";
        }
    }

    ReferenceServer(ReferenceEventLoop loop, List<ServerSocketChannel> channels,
                    Supplier<? extends BaseProtocol> protocolFactory) throws IOException {
        this.loop = loop;
        this.protocolFactory = protocolFactory;
        for (ServerSocketChannel channel : channels) {
            listeners.add(new Listener(channel));
        }
    }

    private void accepted(SocketChannel conn) {
        try {
            BaseProtocol protocol = protocolFactory.get();
            new SocketTransport(loop, conn, protocol, null, this);
        } catch (IOException | RuntimeException e) {
            try {
                conn.close();
            } catch (IOException ignored) {
                // closed anyway
            }
            if (e instanceof RuntimeException r) {
                loop.callExceptionHandler(new dev.asynciotck.api.ExceptionContext(
                        "Error on transport creation for incoming connection", r, null));
            }
        }
    }

    /** asyncio's {@code _start_serving}. */
    void startListening() {
        if (serving || closed) {
            return;
        }
        serving = true;
        for (Listener l : listeners) {
            loop.io().setReader(l.watch, l::acceptReady, SelectionKey.OP_ACCEPT);
        }
    }

    /** A transport of this server opened (asyncio's {@code _attach}). */
    void attach() {
        activeCount++;
    }

    /** A transport of this server is gone (asyncio's {@code _detach}). */
    void detach() {
        activeCount--;
        if (activeCount == 0 && closed) {
            wakeup();
        }
    }

    private void wakeup() {
        List<Future> woken = waiters;
        waiters = null;
        if (woken != null) {
            for (Future w : woken) {
                if (!w.done()) {
                    w.setResult(null);
                }
            }
        }
    }

    @Override
    public EventLoop getLoop() {
        return loop;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Listener l : listeners) {
            loop.io().release(l.watch);
        }
        listeners.clear();
        serving = false;
        if (servingForever != null && !servingForever.done()) {
            servingForever.cancel(null);
        }
        servingForever = null;
        if (activeCount == 0) {
            wakeup();
        }
    }

    @Override
    public boolean isServing() {
        return serving;
    }

    @Override
    public Coroutine startServing() {
        return Steps.coroutine("Server.start_serving", (v, e) -> {
            startListening();
            return Steps.await(loop.sleep(0, null), (x, err) -> Steps.done(null));
        });
    }

    @Override
    public Coroutine serveForever() {
        return Steps.coroutine("Server.serve_forever", (v, e) -> {
            if (servingForever != null) {
                throw new RuntimeError("server " + this + " is already being awaited on serve_forever()");
            }
            if (closed) {
                throw new RuntimeError("server " + this + " is closed");
            }
            startListening();
            Future forever = loop.createFuture();
            servingForever = forever;
            return Steps.await(forever, (x, err) -> {
                if (servingForever == forever) {
                    servingForever = null;
                }
                if (err != null && err.isInstanceOf(dev.asynciotck.api.PyType.CANCELLED_ERROR)) {
                    close();
                    return Steps.await(waitClosed(), (y, closeError) -> {
                        throw err;
                    });
                }
                Steps.raiseIf(err);
                return Steps.done(null);
            });
        });
    }

    @Override
    public Coroutine waitClosed() {
        return Steps.coroutine("Server.wait_closed", (v, e) -> {
            if (waiters == null) {
                return Steps.done(null);
            }
            Future waiter = loop.createFuture();
            waiters.add(waiter);
            return Steps.await(waiter, (x, err) -> {
                Steps.raiseIf(err);
                return Steps.done(null);
            });
        });
    }

    @Override
    public List<TransportSocket> sockets() {
        return List.copyOf(listeners);
    }

    @Override
    public String toString() {
        return "<Server sockets=" + listeners + ">";
    }
}

package dev.asynciotck.reference;

import dev.asynciotck.api.BaseProtocol;
import dev.asynciotck.api.ExceptionContext;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.Protocol;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.PythonValues;
import dev.asynciotck.api.RuntimeError;
import dev.asynciotck.api.Transport;
import dev.asynciotck.api.TransportSocket;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.ValueError;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A TCP transport: asyncio's {@code _SelectorSocketTransport}. It tells the protocol
 * {@code connection_made} in the loop's next iteration and starts reading in the one after; a
 * {@code write} sends at once what the socket takes and buffers the rest; {@code close()} stops
 * reading, sends what is buffered, and then calls {@code connection_lost(None)}, once.
 */
final class SocketTransport implements Transport, TransportSocket {

    /** asyncio's {@code max_size}: the most one read takes. */
    private static final int MAX_READ = 256 * 1024;
    /**
     * The buffer a read goes into, one per thread that runs a loop, since a read's bytes are copied
     * out before the protocol sees them. A new one for each read cost zeroing 256 KiB per read:
     * TCP echo ran at 23,000 round trips a second, below asyncio's 43,000 (benchmarks/run,
     * 2026-12-05).
     */
    private static final ThreadLocal<ByteBuffer> READ_BUFFER = ThreadLocal.withInitial(() -> ByteBuffer.allocate(MAX_READ));
    /** The most one socket write is given (see {@link #send}). */
    private static final int MAX_SEND = 256 * 1024;
    /** asyncio's default high water mark. */
    private static final int DEFAULT_HIGH = 64 * 1024;
    /** asyncio's {@code LOG_THRESHOLD_FOR_CONNLOST_WRITES}. */
    private static final int CONNLOST_WRITES_LOGGED = 5;

    private final ReferenceEventLoop loop;
    private final SocketChannel channel;
    private final IoSelector.Watch watch;
    private final ReferenceServer server;
    private final SocketAddress peername;
    private final SocketAddress sockname;
    private BaseProtocol protocol;
    private final ArrayDeque<ByteBuffer> buffer = new ArrayDeque<>();
    private int bufferSize;
    private boolean closing;
    private boolean eof;
    private boolean paused;
    private boolean protocolPaused;
    private int connLost;
    private int high;
    private int low;

    /**
     * @param waiter set once {@code connection_made} has been called (may be null)
     * @param server the server that accepted the connection, or null
     */
    SocketTransport(ReferenceEventLoop loop, SocketChannel channel, BaseProtocol protocol, Future waiter,
                    ReferenceServer server) throws IOException {
        this.loop = loop;
        this.channel = channel;
        this.protocol = protocol;
        this.server = server;
        channel.configureBlocking(false);
        // as asyncio's transports (base_events._set_nodelay): a small write goes out at once, not
        // after the peer's delayed acknowledgement of the one before
        if (channel.getLocalAddress() instanceof java.net.InetSocketAddress) {
            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
        }
        this.peername = channel.getRemoteAddress();
        this.sockname = channel.getLocalAddress();
        this.watch = loop.io().watch(channel);
        setWriteBufferLimits(null, null);
        if (server != null) {
            server.attach();
        }
        loop.callSoon(() -> this.protocol.connectionMade(this));
        loop.callSoon(this::startReading);
        if (waiter != null) {
            loop.callSoon(() -> {
                if (!waiter.done()) {
                    waiter.setResult(null);
                }
            });
        }
    }

    private void startReading() {
        if (!closing && !paused) {
            loop.io().setReader(watch, this::readReady, SelectionKey.OP_READ);
        }
    }

    // ---------------------------------------------------------------- reading

    private void readReady() {
        if (connLost > 0) {
            return;
        }
        ByteBuffer in = READ_BUFFER.get().clear();
        int n;
        try {
            n = channel.read(in);
        } catch (IOException e) {
            fatalError(NetworkErrors.of(e), "Fatal read error on socket transport");
            return;
        }
        if (n < 0) {
            readReadyEof();
        } else if (n > 0) {
            byte[] data = Arrays.copyOf(in.array(), n);
            try {
                ((Protocol) protocol).dataReceived(data);
            } catch (RuntimeException e) {
                fatalError(e, "Fatal error: protocol.data_received() call failed.");
            }
        }
    }

    private void readReadyEof() {
        boolean keepOpen;
        try {
            keepOpen = ((Protocol) protocol).eofReceived();
        } catch (RuntimeException e) {
            fatalError(e, "Fatal error: protocol.eof_received() call failed.");
            return;
        }
        if (keepOpen) {
            loop.io().removeReader(watch);
        } else {
            close();
        }
    }

    @Override
    public boolean isReading() {
        return !paused && !closing;
    }

    @Override
    public void pauseReading() {
        if (closing || paused) {
            return;
        }
        paused = true;
        loop.io().removeReader(watch);
    }

    @Override
    public void resumeReading() {
        if (closing || !paused) {
            return;
        }
        paused = false;
        loop.io().setReader(watch, this::readReady, SelectionKey.OP_READ);
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void write(Object data) {
        if (!(data instanceof byte[] bytes)) {
            throw new TypeError("data argument must be a bytes-like object, not '" + PythonValues.typeName(data) + "'");
        }
        if (eof) {
            throw new RuntimeError("Cannot call write() after write_eof()");
        }
        if (bytes.length == 0) {
            return;
        }
        if (connLost > 0) {
            if (connLost >= CONNLOST_WRITES_LOGGED) {
                System.err.println("socket.send() raised exception.");
            }
            connLost++;
            return;
        }
        ByteBuffer out = ByteBuffer.wrap(bytes.clone());
        if (buffer.isEmpty()) {
            try {
                send(out);
            } catch (IOException e) {
                fatalError(NetworkErrors.of(e), "Fatal write error on socket transport");
                return;
            }
            if (!out.hasRemaining()) {
                return;
            }
            loop.io().setWriter(watch, this::writeReady);
        }
        buffer.add(out);
        bufferSize += out.remaining();
        maybePauseProtocol();
    }

    private void writeReady() {
        if (connLost > 0) {
            return;
        }
        try {
            while (!buffer.isEmpty()) {
                ByteBuffer head = buffer.peek();
                bufferSize -= send(head);
                if (head.hasRemaining()) {
                    break;
                }
                buffer.poll();
            }
        } catch (IOException e) {
            loop.io().removeWriter(watch);
            buffer.clear();
            bufferSize = 0;
            fatalError(NetworkErrors.of(e), "Fatal write error on socket transport");
            return;
        }
        maybeResumeProtocol();
        if (buffer.isEmpty()) {
            loop.io().removeWriter(watch);
            if (closing) {
                callConnectionLost(null);
            } else if (eof) {
                shutdownOutput();
            }
        }
    }

    /**
     * Sends what the socket takes of {@code data} now, at most {@value #MAX_SEND} bytes: NIO copies
     * a heap buffer's remaining bytes to native memory before each write, so a large buffer written
     * whole, a little at a time, would be copied over and over.
     *
     * @return how many bytes were sent
     */
    private int send(ByteBuffer data) throws IOException {
        if (data.remaining() <= MAX_SEND) {
            return channel.write(data);
        }
        ByteBuffer some = data.slice(data.position(), MAX_SEND);
        int sent = channel.write(some);
        data.position(data.position() + sent);
        return sent;
    }

    @Override
    public void writeEof() {
        if (closing || eof) {
            return;
        }
        eof = true;
        if (buffer.isEmpty()) {
            shutdownOutput();
        }
    }

    private void shutdownOutput() {
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            // the peer is gone: the next read reports it
        }
    }

    @Override
    public boolean canWriteEof() {
        return true;
    }

    @Override
    public int getWriteBufferSize() {
        return bufferSize;
    }

    @Override
    public void setWriteBufferLimits(Integer high, Integer low) {
        int h = high != null ? high : low == null ? DEFAULT_HIGH : 4 * low;
        int l = low != null ? low : h / 4;
        if (!(h >= l && l >= 0)) {
            throw new ValueError("high (" + h + ") must be >= low (" + l + ") must be >= 0");
        }
        this.high = h;
        this.low = l;
        maybePauseProtocol();
    }

    @Override
    public int[] getWriteBufferLimits() {
        return new int[] {low, high};
    }

    private void maybePauseProtocol() {
        if (bufferSize <= high || protocolPaused) {
            return;
        }
        protocolPaused = true;
        try {
            protocol.pauseWriting();
        } catch (RuntimeException e) {
            loop.callExceptionHandler(new ExceptionContext("protocol.pause_writing() failed", e, null));
        }
    }

    private void maybeResumeProtocol() {
        if (protocolPaused && bufferSize <= low) {
            protocolPaused = false;
            try {
                protocol.resumeWriting();
            } catch (RuntimeException e) {
                loop.callExceptionHandler(new ExceptionContext("protocol.resume_writing() failed", e, null));
            }
        }
    }

    // ---------------------------------------------------------------- closing

    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        loop.io().removeReader(watch);
        if (buffer.isEmpty()) {
            connLost++;
            loop.io().removeWriter(watch);
            loop.callSoon(() -> callConnectionLost(null));
        }
    }

    @Override
    public boolean isClosing() {
        return closing;
    }

    @Override
    public void abort() {
        forceClose(null);
    }

    private void fatalError(RuntimeException error, String message) {
        if (!NetworkErrors.isOsError(error)) {
            loop.callExceptionHandler(new ExceptionContext(message, error, null));
        }
        forceClose(error instanceof PythonException p ? p : PythonException.of(dev.asynciotck.api.PyType.RUNTIME_ERROR,
                String.valueOf(error.getMessage())));
    }

    private void forceClose(PythonException exc) {
        if (connLost > 0) {
            return;
        }
        if (!buffer.isEmpty()) {
            buffer.clear();
            bufferSize = 0;
            loop.io().removeWriter(watch);
        }
        if (!closing) {
            closing = true;
            loop.io().removeReader(watch);
        }
        connLost++;
        loop.callSoon(() -> callConnectionLost(exc));
    }

    private void callConnectionLost(PythonException exc) {
        try {
            if (protocol != null) {
                protocol.connectionLost(exc);
            }
        } finally {
            loop.io().release(watch);
            protocol = null;
            if (server != null) {
                server.detach();
            }
        }
    }

    // ---------------------------------------------------------------- information

    @Override
    public Object getExtraInfo(String name, Object defaultValue) {
        return switch (name) {
            case "peername" -> peername;
            case "sockname" -> sockname;
            case "socket" -> this;
            default -> defaultValue;
        };
    }

    @Override
    public SocketAddress getsockname() {
        return sockname;
    }

    @Override
    public BaseProtocol getProtocol() {
        return protocol;
    }

    @Override
    public void setProtocol(BaseProtocol newProtocol) {
        this.protocol = newProtocol;
    }

    @Override
    public String toString() {
        return "<_SelectorSocketTransport fd=? " + (closing ? "closing" : "open") + ">";
    }
}

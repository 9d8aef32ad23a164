package dev.asynciotck.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The protocol of a stream's connection ({@code asyncio.StreamReaderProtocol}, with its
 * {@code FlowControlMixin}): it feeds its {@link StreamReader}, makes the {@link StreamWriter} of a
 * server's connection and calls the server's callback, keeps the future {@code wait_closed()}
 * waits on, and holds {@code drain()} while the transport has paused its writing.
 *
 * <p>Clauses: {@code STREAM-OPEN-1}, {@code STREAM-CLOSE-1}, {@code STREAM-DRAIN-1}.
 */
public class StreamReaderProtocol implements Protocol {

    private final EventLoop loop;
    private final StreamReader reader;
    private final ClientConnected clientConnected;
    private final Future closed;
    private final List<Future> drainWaiters = new ArrayList<>();
    private boolean paused;
    private boolean connectionLost;

    /**
     * @param reader          the reader it feeds
     * @param clientConnected a server's callback, or {@code null} for a client's connection
     * @param loop            the loop
     */
    public StreamReaderProtocol(StreamReader reader, ClientConnected clientConnected, EventLoop loop) {
        this.reader = reader;
        this.clientConnected = clientConnected;
        this.loop = loop;
        this.closed = loop.createFuture();
    }

    @Override
    public void connectionMade(BaseTransport transport) {
        reader.setTransport(transport);
        if (clientConnected != null) {
            if (!(transport instanceof Transport t)) {
                throw new TypeError("a stream needs a Transport, got " + transport);
            }
            Object result = clientConnected.connected(reader, new StreamWriter(t, this, reader, loop));
            if (result instanceof Coroutine coroutine) {
                loop.createTask(coroutine, null);
            }
        }
    }

    @Override
    public void connectionLost(PythonException exc) {
        if (exc == null) {
            reader.feedEof();
        } else {
            reader.setException(exc);
        }
        if (!closed.done()) {
            if (exc == null) {
                closed.setResult(null);
            } else {
                closed.setException(exc);
            }
        }
        connectionLost = true;
        if (paused) {
            for (Future waiter : drainWaiters) {
                if (!waiter.done()) {
                    if (exc == null) {
                        waiter.setResult(null);
                    } else {
                        waiter.setException(exc);
                    }
                }
            }
        }
    }

    @Override
    public void dataReceived(byte[] data) {
        reader.feedData(data);
    }

    /** Feeds EOF to the reader, and keeps the transport open for writing (TCP's half-close). */
    @Override
    public boolean eofReceived() {
        reader.feedEof();
        return true;
    }

    @Override
    public void pauseWriting() {
        paused = true;
    }

    @Override
    public void resumeWriting() {
        paused = false;
        for (Future waiter : drainWaiters) {
            if (!waiter.done()) {
                waiter.setResult(null);
            }
        }
    }

    /** @return the future {@code wait_closed()} waits on: done once the connection is lost */
    Future closeWaiter() {
        return closed;
    }

    /**
     * @return a coroutine that returns at once unless the transport paused the writing, and
     *         otherwise once it resumes it (or the connection is lost)
     */
    Coroutine drainHelper() {
        return Steps.coroutine("drain", (v, e) -> {
            if (connectionLost) {
                throw PythonException.of(PyType.CONNECTION_RESET_ERROR, "Connection lost");
            }
            if (!paused) {
                return Steps.done(null);
            }
            Future waiter = loop.createFuture();
            drainWaiters.add(waiter);
            return Steps.await(waiter, (x, error) -> {
                drainWaiters.remove(waiter);
                Steps.raiseIf(error);
                return Steps.done(null);
            });
        });
    }
}

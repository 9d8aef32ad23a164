package dev.asynciotck.api;

import java.util.List;

/**
 * {@code asyncio.StreamWriter}: a transport's writing methods, with {@code drain()} for flow control
 * and {@code wait_closed()}, as CPython's {@code asyncio/streams.py}.
 *
 * <p>Clauses: {@code STREAM-OPEN-1}, {@code STREAM-CLOSE-1}, {@code STREAM-DRAIN-1}.
 */
public class StreamWriter {

    private final Transport transport;
    private final StreamReaderProtocol protocol;
    private final StreamReader reader;
    private final EventLoop loop;

    /**
     * @param transport the connection's transport
     * @param protocol  its protocol
     * @param reader    the reader of the same connection, or {@code null}
     * @param loop      the loop
     */
    public StreamWriter(Transport transport, StreamReaderProtocol protocol, StreamReader reader, EventLoop loop) {
        this.transport = transport;
        this.protocol = protocol;
        this.reader = reader;
        this.loop = loop;
    }

    /** @return {@code transport} */
    public Transport transport() {
        return transport;
    }

    /** @param data {@code write(data)}: the transport's */
    public void write(Object data) {
        transport.write(data);
    }

    /** @param data {@code writelines(data)}: the transport's */
    public void writelines(List<?> data) {
        transport.writelines(data);
    }

    /** {@code write_eof()}: the transport's. */
    public void writeEof() {
        transport.writeEof();
    }

    /** @return {@code can_write_eof()}: the transport's */
    public boolean canWriteEof() {
        return transport.canWriteEof();
    }

    /** {@code close()}: closes the transport. */
    public void close() {
        transport.close();
    }

    /** @return {@code is_closing()}: the transport's */
    public boolean isClosing() {
        return transport.isClosing();
    }

    /**
     * @param name         the key
     * @param defaultValue what to give for a key the transport does not know
     * @return {@code get_extra_info(name, default)}: the transport's
     */
    public Object getExtraInfo(String name, Object defaultValue) {
        return transport.getExtraInfo(name, defaultValue);
    }

    /** @return {@code wait_closed()}: a coroutine that returns once the connection is lost */
    public Coroutine waitClosed() {
        return Steps.coroutine("StreamWriter.wait_closed", (v, e) -> Steps.await(protocol.closeWaiter(), (x, error) -> {
            Steps.raiseIf(error);
            return Steps.done(null);
        }));
    }

    /**
     * {@code drain()}: raises the reader's exception if the connection ended with one; returns at
     * once unless the transport paused the writing, and otherwise once it resumes it.
     *
     * @return the coroutine
     */
    public Coroutine drain() {
        return Steps.coroutine("StreamWriter.drain", (v, e) -> {
            if (reader != null && reader.exception() != null) {
                throw reader.exception();
            }
            if (transport.isClosing()) {
                return Steps.await(loop.sleep(0, null), (x, error) -> {
                    Steps.raiseIf(error);
                    return Steps.await(protocol.drainHelper(), StreamWriter::none);
                });
            }
            return Steps.await(protocol.drainHelper(), StreamWriter::none);
        });
    }

    private static Steps.Next none(Object value, PythonException error) {
        Steps.raiseIf(error);
        return Steps.done(null);
    }
}

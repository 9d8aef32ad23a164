package dev.asynciotck.api;

import java.util.Arrays;

/**
 * {@code asyncio.StreamReader}: CPython's {@code asyncio/streams.py}, built only on the loop's
 * futures and a transport. The protocol of its connection ({@link StreamReaderProtocol}) feeds it;
 * its reads are coroutines that wait for data with one future at a time. Past twice its limit it
 * pauses the transport's reading, and resumes it once read back under the limit.
 *
 * <p>Clauses: {@code STREAM-READ-1}, {@code STREAM-LINE-1}, {@code STREAM-EXACT-1},
 * {@code STREAM-UNTIL-1}, {@code STREAM-LIMIT-1}.
 */
public class StreamReader {

    /** asyncio's {@code _DEFAULT_LIMIT}: 64 KiB. */
    public static final int DEFAULT_LIMIT = 65536;
    private static final byte[] NEWLINE = {'\n'};
    private static final byte[] EMPTY = {};

    private final EventLoop loop;
    private final int limit;
    private byte[] buffer = new byte[256];
    private int start;
    private int end;
    private boolean eof;
    private Future waiter;
    private PythonException exception;
    private Transport transport;
    private boolean paused;

    /**
     * @param limit the limit of {@link #readline} and {@link #readuntil}
     * @param loop  the loop whose futures it waits on
     * @throws ValueError {@code Limit cannot be <= 0}
     */
    public StreamReader(int limit, EventLoop loop) {
        if (limit <= 0) {
            throw new ValueError("Limit cannot be <= 0");
        }
        this.limit = limit;
        this.loop = loop;
    }

    // ---------------------------------------------------------------- fed by the protocol

    /** @return the exception the connection ended with, or {@code null} */
    public PythonException exception() {
        return exception;
    }

    /**
     * The connection ended with {@code exc}: every read from now raises it.
     *
     * @param exc the exception
     */
    public void setException(PythonException exc) {
        exception = exc;
        Future w = waiter;
        if (w != null) {
            waiter = null;
            if (!w.cancelled()) {
                w.setException(exc);
            }
        }
    }

    /** @param t the transport whose reading it pauses and resumes */
    public void setTransport(BaseTransport t) {
        transport = t instanceof Transport tr ? tr : null;
    }

    /** EOF: the reads give what is left, then {@code b''}. */
    public void feedEof() {
        eof = true;
        wakeUpWaiter();
    }

    /** @param data bytes that arrived */
    public void feedData(byte[] data) {
        if (data.length == 0) {
            return;
        }
        if (end + data.length > buffer.length) {
            int size = end - start;
            byte[] grown = size + data.length > buffer.length / 2
                    ? new byte[Math.max(buffer.length * 2, size + data.length)] : buffer;
            System.arraycopy(buffer, start, grown, 0, size);
            buffer = grown;
            start = 0;
            end = size;
        }
        System.arraycopy(data, 0, buffer, end, data.length);
        end += data.length;
        wakeUpWaiter();
        if (transport != null && !paused && size() > 2L * limit) {
            transport.pauseReading();
            paused = true;
        }
    }

    /**
     * {@code at_eof()}.
     *
     * @return whether EOF came and the buffer is empty
     */
    public boolean atEof() {
        return eof && size() == 0;
    }

    // ---------------------------------------------------------------- reads

    /**
     * {@code read(n)}: at most {@code n} bytes once at least one is there ({@code b''} at EOF); all
     * of them up to EOF for a negative {@code n}.
     *
     * @param n how many bytes at most, or -1
     * @return the coroutine; its value is a {@code byte[]}
     */
    public Coroutine read(long n) {
        return Steps.coroutine("StreamReader.read", (v, e) -> read(n, null));
    }

    private Steps.Next read(long n, java.io.ByteArrayOutputStream blocks) {
        if (exception != null) {
            throw exception;
        }
        if (n == 0) {
            return Steps.done(EMPTY);
        }
        if (n < 0) {
            java.io.ByteArrayOutputStream all = blocks == null ? new java.io.ByteArrayOutputStream() : blocks;
            return Steps.await(read(limit), (block, error) -> {
                Steps.raiseIf(error);
                byte[] bytes = (byte[]) block;
                if (bytes.length == 0) {
                    return Steps.done(all.toByteArray());
                }
                all.writeBytes(bytes);
                return read(n, all);
            });
        }
        if (size() == 0 && !eof) {
            return Steps.await(waitForData("read"), (x, error) -> {
                waiter = null;
                Steps.raiseIf(error);
                return Steps.done(take((int) Math.min(n, size())));
            });
        }
        return Steps.done(take((int) Math.min(n, size())));
    }

    /**
     * {@code readline()}: {@link #readuntil} of {@code b'\n'}, giving what is left at EOF, and
     * {@code ValueError} past the limit (dropping the line, or the whole buffer when no newline is
     * in it).
     *
     * @return the coroutine; its value is a {@code byte[]}
     */
    public Coroutine readline() {
        return Steps.coroutine("StreamReader.readline", (v, e) -> Steps.await(readuntil(NEWLINE), (line, error) -> {
            if (error instanceof IncompleteReadError incomplete) {
                return Steps.done(incomplete.partial());
            }
            if (error instanceof LimitOverrunError overrun) {
                if (startsWith(NEWLINE, (int) overrun.consumed())) {
                    drop((int) overrun.consumed() + NEWLINE.length);
                } else {
                    drop(size());
                }
                maybeResumeTransport();
                throw new ValueError(overrun.pythonMessage());
            }
            Steps.raiseIf(error);
            return Steps.done(line);
        }));
    }

    /**
     * {@code readuntil(separator)}: the bytes up to and including the separator.
     *
     * @param separator one byte or more
     * @return the coroutine; its value is a {@code byte[]}; it raises {@link IncompleteReadError} at
     *         EOF before a separator (the buffer is then empty) and {@link LimitOverrunError} past
     *         the limit (the data stays)
     */
    public Coroutine readuntil(byte[] separator) {
        byte[] sep = separator.clone();
        return Steps.coroutine("StreamReader.readuntil", (v, e) -> {
            if (sep.length == 0) {
                throw new ValueError("Separator should be at least one-byte string");
            }
            if (exception != null) {
                throw exception;
            }
            return readuntil(sep, 0);
        });
    }

    private Steps.Next readuntil(byte[] sep, int from) {
        int offset = from;
        int found = -1;
        while (true) {
            int length = size();
            if (length - offset >= sep.length) {
                found = find(sep, offset);
                if (found != -1) {
                    break;
                }
                offset = length + 1 - sep.length;
                if (offset > limit) {
                    throw new LimitOverrunError("Separator is not found, and chunk exceed the limit", offset);
                }
            }
            if (eof) {
                throw new IncompleteReadError(take(size()), null);
            }
            int next = offset;
            return Steps.await(waitForData("readuntil"), (x, error) -> {
                waiter = null;
                Steps.raiseIf(error);
                return readuntil(sep, next);
            });
        }
        if (found > limit) {
            throw new LimitOverrunError("Separator is found, but chunk is longer than limit", found);
        }
        byte[] chunk = take(found + sep.length);
        maybeResumeTransport();
        return Steps.done(chunk);
    }

    /**
     * {@code readexactly(n)}.
     *
     * @param n how many bytes
     * @return the coroutine; its value is a {@code byte[]} of {@code n} bytes; it raises
     *         {@link IncompleteReadError} at EOF before them, with the bytes read (the buffer is then
     *         empty), and {@code ValueError} for a negative {@code n}
     */
    public Coroutine readexactly(long n) {
        return Steps.coroutine("StreamReader.readexactly", (v, e) -> {
            if (n < 0) {
                throw new ValueError("readexactly size can not be less than zero");
            }
            if (exception != null) {
                throw exception;
            }
            return n == 0 ? Steps.done(EMPTY) : readexactly((int) Math.min(n, Integer.MAX_VALUE - 8));
        });
    }

    private Steps.Next readexactly(int n) {
        if (size() < n) {
            if (eof) {
                throw new IncompleteReadError(take(size()), (long) n);
            }
            return Steps.await(waitForData("readexactly"), (x, error) -> {
                waiter = null;
                Steps.raiseIf(error);
                return readexactly(n);
            });
        }
        byte[] data = take(n);
        maybeResumeTransport();
        return Steps.done(data);
    }

    // ---------------------------------------------------------------- the buffer

    private Future waitForData(String function) {
        if (waiter != null) {
            throw new RuntimeError(function + "() called while another coroutine is already waiting for incoming data");
        }
        if (paused) {
            paused = false;
            transport.resumeReading();
        }
        waiter = loop.createFuture();
        return waiter;
    }

    private void wakeUpWaiter() {
        Future w = waiter;
        if (w != null) {
            waiter = null;
            if (!w.cancelled()) {
                w.setResult(null);
            }
        }
    }

    private void maybeResumeTransport() {
        if (paused && size() <= limit) {
            paused = false;
            transport.resumeReading();
        }
    }

    private int size() {
        return end - start;
    }

    private byte[] take(int n) {
        byte[] out = Arrays.copyOfRange(buffer, start, start + n);
        drop(n);
        return out;
    }

    private void drop(int n) {
        start += n;
        if (start == end) {
            start = 0;
            end = 0;
        }
    }

    private boolean startsWith(byte[] sep, int at) {
        return size() - at >= sep.length && Arrays.equals(buffer, start + at, start + at + sep.length, sep, 0, sep.length);
    }

    private int find(byte[] sep, int from) {
        for (int i = from; i + sep.length <= size(); i++) {
            if (startsWith(sep, i)) {
                return i;
            }
        }
        return -1;
    }
}

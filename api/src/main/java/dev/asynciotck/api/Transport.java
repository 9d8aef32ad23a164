package dev.asynciotck.api;

import java.util.List;

/**
 * {@code asyncio.Transport}: a bidirectional stream transport (asyncio's ReadTransport and
 * WriteTransport together).
 *
 * <p>Clauses: {@code TRANSPORT-WRITE-1} (bytes arrive in the order written),
 * {@code TRANSPORT-WRITE-2} (only bytes-like data), {@code TRANSPORT-CLOSE-1}.
 */
public interface Transport extends BaseTransport {

    /**
     * Writes bytes; what cannot be sent at once is buffered and sent in order.
     *
     * @param data a {@code byte[]}; anything else raises
     *             {@code TypeError("data argument must be a bytes-like object, not 'T'")}, T the
     *             Python type name of the value ({@link PythonValues#typeName})
     */
    void write(Object data);

    /**
     * Writes each item, as {@link #write} of their concatenation.
     *
     * @param items the byte arrays
     */
    default void writelines(List<?> items) {
        int size = 0;
        for (Object item : items) {
            if (!(item instanceof byte[] bytes)) {
                write(item);
                return;
            }
            size = Math.addExact(size, bytes.length);
        }
        // one array of the final size: the items can be megabytes, which a growing buffer would copy again and again
        byte[] all = new byte[size];
        int at = 0;
        for (Object item : items) {
            byte[] bytes = (byte[]) item;
            System.arraycopy(bytes, 0, all, at, bytes.length);
            at += bytes.length;
        }
        write(all);
    }

    /**
     * Closes the write end once the buffered data is sent; data is still received.
     *
     * <p>Clauses: {@code TRANSPORT-CLOSE-3}.
     */
    void writeEof();

    /**
     * <p>Clauses: {@code TRANSPORT-CLOSE-3}.
     *
     * @return whether {@link #writeEof()} is supported (true for TCP)
     */
    boolean canWriteEof();

    /**
     * Closes at once: buffered data is dropped, and {@code connection_lost(None)} is called soon.
     *
     * <p>Clauses: {@code TRANSPORT-CLOSE-2}.
     */
    void abort();

    /**
     * <p>Clauses: {@code TRANSPORT-READ-1}.
     *
     * @return whether the transport is receiving
     */
    boolean isReading();

    /**
     * Stops calling {@code data_received} until {@link #resumeReading()}.
     *
     * <p>Clauses: {@code TRANSPORT-READ-1}.
     */
    void pauseReading();

    /**
     * Calls {@code data_received} again, with the data that waited.
     *
     * <p>Clauses: {@code TRANSPORT-READ-1}.
     */
    void resumeReading();

    /** @return how many bytes wait in the write buffer */
    int getWriteBufferSize();

    /**
     * <p>Clauses: {@code TRANSPORT-INFO-2}.
     *
     * @param high the high water mark, or {@code null} for the default (64 KiB, or 4 × low)
     * @param low  the low water mark, or {@code null} for the default (high / 4)
     */
    void setWriteBufferLimits(Integer high, Integer low);

    /**
     * <p>Clauses: {@code TRANSPORT-INFO-2}.
     *
     * @return {@code [low, high]}
     */
    int[] getWriteBufferLimits();
}

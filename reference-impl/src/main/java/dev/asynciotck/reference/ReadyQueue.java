package dev.asynciotck.reference;

/**
 * The loop's FIFO of ready handles: a ring buffer whose capacity is a power of two and doubles
 * when full. Used on the loop thread only.
 */
final class ReadyQueue {

    private AbstractHandle[] buffer = new AbstractHandle[64];
    private int head;
    private int size;

    /** @return how many handles are queued */
    int size() {
        return size;
    }

    /** @return whether nothing is queued */
    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Appends a handle at the tail.
     *
     * @param handle the handle
     */
    void add(AbstractHandle handle) {
        AbstractHandle[] buf = buffer;
        if (size == buf.length) {
            buf = grow();
        }
        buf[(head + size) & (buf.length - 1)] = handle;
        size++;
    }

    /** @return the handle at the head, removed; {@code null} when empty */
    AbstractHandle poll() {
        if (size == 0) {
            return null;
        }
        AbstractHandle[] buf = buffer;
        AbstractHandle h = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        return h;
    }

    /** Drops every queued handle. */
    void clear() {
        java.util.Arrays.fill(buffer, null);
        head = 0;
        size = 0;
    }

    private AbstractHandle[] grow() {
        AbstractHandle[] old = buffer;
        AbstractHandle[] bigger = new AbstractHandle[old.length << 1];
        int firstPart = old.length - head;
        System.arraycopy(old, head, bigger, 0, firstPart);
        System.arraycopy(old, 0, bigger, firstPart, head);
        buffer = bigger;
        head = 0;
        return bigger;
    }
}

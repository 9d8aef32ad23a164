package dev.asynciotck.interpreter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A program's {@code bytes}: immutable, compared and hashed by content, as in Python.
 *
 * <p>The bytes are held in an array that no one else holds, and the work on them is done in bulk
 * ({@link System#arraycopy}, {@link Arrays#equals(byte[], byte[])}): a program of the real-socket
 * properties builds and compares megabytes, and {@code ./tck run} runs without the C2 compiler,
 * under which a byte-at-a-time loop ({@code String.repeat}, {@code String.equals} of latin-1 text)
 * took most of those properties' time.
 */
final class PyBytes implements Comparable<PyBytes> {

    private final byte[] bytes;
    /** The hash, once computed (0 until then), as {@code String} keeps its own. */
    private int hash;

    private PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** @return a copy of {@code bytes} (a loop's {@code data_received}) as a program's bytes */
    static PyBytes of(byte[] bytes) {
        return new PyBytes(bytes.clone());
    }

    /** @return the bytes of a literal: a character U+0000 to U+00FF per byte */
    static PyBytes ofLatin1(String latin1) {
        return new PyBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** @return {@code a + b}; as CPython does, an empty operand gives the other one itself */
    static PyBytes concat(PyBytes a, PyBytes b) {
        if (a.bytes.length == 0) {
            return b;
        }
        if (b.bytes.length == 0) {
            return a;
        }
        byte[] out = Arrays.copyOf(a.bytes, a.bytes.length + b.bytes.length);
        System.arraycopy(b.bytes, 0, out, a.bytes.length, b.bytes.length);
        return new PyBytes(out);
    }

    /**
     * @return {@code n} copies of these bytes, none for {@code n <= 0}; as CPython's do, a result as
     *         long as these bytes is these bytes themselves, any other a new object. The caller
     *         bounds the size.
     */
    PyBytes repeat(int n) {
        if (bytes.length == 0 || n == 1) {
            return this;
        }
        if (n <= 0) {
            return new PyBytes(new byte[0]);
        }
        int size = Math.multiplyExact(bytes.length, n);
        byte[] out = Arrays.copyOf(bytes, size);
        for (int filled = bytes.length; filled < size; filled += Math.min(filled, size - filled)) {
            System.arraycopy(out, 0, out, filled, Math.min(filled, size - filled));
        }
        return new PyBytes(out);
    }

    /** @return the bytes as text, a character U+0000 to U+00FF per byte (a trace, a printed program) */
    String latin1() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** @return a copy of the bytes, for a loop ({@code write}) */
    byte[] toArray() {
        return bytes.clone();
    }

    int size() {
        return bytes.length;
    }

    /** @return the byte at {@code i}, as Python's {@code b[i]} gives it: an int from 0 to 255 */
    long at(int i) {
        return Byte.toUnsignedLong(bytes[i]);
    }

    /** @return its bytes as ints, as iterating over it gives them */
    List<Object> items() {
        List<Object> out = new ArrayList<>(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            out.add(at(i));
        }
        return out;
    }

    /** Python's order of bytes: the first byte that differs decides, as an unsigned value, else the length. */
    @Override
    public int compareTo(PyBytes other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(bytes);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "PyBytes[" + latin1() + "]";
    }
}

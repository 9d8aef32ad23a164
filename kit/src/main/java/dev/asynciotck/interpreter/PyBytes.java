package dev.asynciotck.interpreter;

import java.util.ArrayList;
import java.util.List;

/**
 * A program's {@code bytes}: immutable, compared and hashed by content, as in Python.
 *
 * @param latin1 the bytes, a character U+0000 to U+00FF per byte
 */
record PyBytes(String latin1) {

    /** @return the bytes a loop gave ({@code data_received}) as a program's bytes */
    static PyBytes of(byte[] bytes) {
        return new PyBytes(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** @return the bytes, for a loop ({@code write}) */
    byte[] toArray() {
        return latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    int size() {
        return latin1.length();
    }

    /** @return the byte at {@code i}, as Python's {@code b[i]} gives it: an int from 0 to 255 */
    long at(int i) {
        return latin1.charAt(i);
    }

    /** @return its bytes as ints, as iterating over it gives them */
    List<Object> items() {
        List<Object> out = new ArrayList<>(latin1.length());
        for (int i = 0; i < latin1.length(); i++) {
            out.add(at(i));
        }
        return out;
    }
}

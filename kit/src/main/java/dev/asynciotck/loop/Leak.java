package dev.asynciotck.loop;

import java.util.Objects;

/**
 * Something a program run alone left behind once its loops were closed: a file descriptor or a
 * thread that appeared while it ran (RESOURCE-FD-1, RESOURCE-THREAD-1). The vocabulary's
 * {@code leaks.resources} names the resources and the clause a leak of each breaks.
 *
 * @param resource the resource: a key of the vocabulary's {@code leaks.resources} ({@code fd}, {@code thread})
 * @param detail   what it is, e.g. {@code fd 9: socket:[123456] (TCP 127.0.0.1:43122 -> 127.0.0.1:39011)}
 */
public record Leak(String resource, String detail) {

    /** Checks that both are there. */
    public Leak {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return detail;
    }
}

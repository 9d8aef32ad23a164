package dev.asynciotck.reference;

import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * Host names the reference loop resolves without the network: numeric IPv4 and IPv6 addresses and
 * {@code localhost} (127.0.0.1). Any other name raises {@code socket.gaierror}'s message, as a
 * machine without DNS would.
 */
final class Addresses {

    /** What opens a channel. */
    @FunctionalInterface
    interface Opener<C> {
        C open() throws IOException;
    }

    private Addresses() {
    }

    /**
     * @param host a numeric address or {@code localhost}
     * @param port the port
     * @return the socket address
     */
    static InetSocketAddress resolve(String host, int port) {
        String name = host == null || host.equals("localhost") ? "127.0.0.1" : host;
        if (!name.matches("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
            throw PythonException.of(PyType.OS_ERROR, "[Errno -2] Name or service not known");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(name), port);
        } catch (UnknownHostException e) {
            throw PythonException.of(PyType.OS_ERROR, "[Errno -2] Name or service not known");
        }
    }

    /** Opens a channel; failing to open one is an error of the machine, not of the program. */
    static <C> C open(Opener<C> opener) {
        try {
            return opener.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a socket", e);
        }
    }

    static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // closed anyway
        }
    }
}

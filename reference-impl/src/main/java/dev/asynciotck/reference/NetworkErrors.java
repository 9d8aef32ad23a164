package dev.asynciotck.reference;

import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import java.io.IOException;
import java.net.InetSocketAddress;

/** The Python exceptions asyncio raises for socket errors, with CPython's messages on Linux. */
final class NetworkErrors {

    private NetworkErrors() {
    }

    /**
     * @param address where the connection went
     * @return {@code ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', PORT)}
     */
    static PythonException connectRefused(InetSocketAddress address) {
        return PythonException.of(PyType.CONNECTION_REFUSED_ERROR, "[Errno 111] Connect call failed ("
                + PyRepr.of(address.getAddress().getHostAddress()) + ", " + address.getPort() + ")");
    }

    /**
     * @param address where the connection went
     * @param error   why it failed
     * @return what asyncio's {@code sock_connect} raises: a refused connection reads
     *         {@code [Errno 111] Connect call failed ('127.0.0.1', PORT)}
     */
    static PythonException connectFailed(InetSocketAddress address, IOException error) {
        if (error instanceof java.net.ConnectException) {
            return connectRefused(address);
        }
        return of(error);
    }

    /**
     * @param address the address
     * @param error   why bind failed
     * @return asyncio's {@code [Errno 98] error while attempting to bind on address ('127.0.0.1', PORT): address already in use}
     */
    static PythonException bindFailed(InetSocketAddress address, IOException error) {
        String reason = error instanceof java.net.BindException ? "address already in use" : String.valueOf(error.getMessage());
        return PythonException.of(PyType.OS_ERROR, "[Errno 98] error while attempting to bind on address ("
                + PyRepr.of(address.getAddress().getHostAddress()) + ", " + address.getPort() + "): " + reason);
    }

    /**
     * @param e an error of a socket operation
     * @return the exception Python raises for it: ConnectionResetError, BrokenPipeError, else OSError
     */
    static PythonException of(IOException e) {
        if (e instanceof java.net.PortUnreachableException) {
            // a connected datagram channel's ICMP port unreachable: Linux's ECONNREFUSED
            return PythonException.of(PyType.CONNECTION_REFUSED_ERROR, "[Errno 111] Connection refused");
        }
        String text = String.valueOf(e.getMessage());
        if (text.contains("Connection reset")) {
            return PythonException.of(PyType.CONNECTION_RESET_ERROR, "[Errno 104] Connection reset by peer");
        }
        if (text.contains("Broken pipe")) {
            return PythonException.of(PyType.BROKEN_PIPE_ERROR, "[Errno 32] Broken pipe");
        }
        if (text.contains("No such file or directory")) {
            return PythonException.of(PyType.FILE_NOT_FOUND_ERROR, "[Errno 2] No such file or directory");
        }
        if (text.contains("Connection refused")) {
            return PythonException.of(PyType.CONNECTION_REFUSED_ERROR, "[Errno 111] Connection refused");
        }
        return PythonException.of(PyType.OS_ERROR, text);
    }

    /** @return whether Python would treat the error as an OSError (logged at debug level only by asyncio) */
    static boolean isOsError(Throwable error) {
        return error instanceof PythonException p && p.isInstanceOf(PyType.OS_ERROR);
    }
}

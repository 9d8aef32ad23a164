package dev.asynciotck.interpreter;

import dev.asynciotck.tls.TestCertificates;
import javax.net.ssl.SSLContext;

/**
 * The kit's TLS builtins, {@code tls_server_context()} and {@code tls_client_context(trust=True)}
 * (contexts of {@link TestCertificates}), and the checks of the {@code ssl=} and
 * {@code server_hostname=} arguments.
 */
final class TlsMethods {

    private TlsMethods() {
    }

    /** {@code tls_server_context()}. */
    static SSLContext serverContext(Args a) {
        a.noMoreThan(0);
        return TestCertificates.serverContext();
    }

    /** {@code tls_client_context(trust=True)}. */
    static SSLContext clientContext(Args a) {
        Object trust = a.optional(0, "trust", Boolean.TRUE);
        a.noMoreThan(1);
        return TestCertificates.clientContext(PyOps.truthy(trust));
    }

    /** An {@code ssl=} argument: None, or a context of the kit's TLS builtins. */
    static SSLContext context(Object v) {
        if (v == null || v instanceof SSLContext) {
            return (SSLContext) v;
        }
        throw new InvalidProgramException("ssl= is a context of tls_server_context() or tls_client_context() in the "
                + "scenario language, got " + PyOps.repr(v));
    }

    /** A {@code server_hostname=} argument: None or a string. */
    static String hostname(Object v) {
        return v == null ? null : Values.str(v);
    }
}

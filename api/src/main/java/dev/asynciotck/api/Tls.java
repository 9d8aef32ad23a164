package dev.asynciotck.api;

import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * TLS connections over a loop's plain ones, as asyncio's {@code base_events} makes them with
 * {@code sslproto}: {@code create_connection(ssl=)}, {@code create_server(ssl=)} and
 * {@code start_tls()} through a {@link TlsProtocol}. {@link EventLoop}'s defaults call these, so a
 * JVM loop with the network capability has TLS without writing any.
 *
 * <p>Clauses: {@code TLS-CONNECT-1}, {@code TLS-VERIFY-1}, {@code TLS-START-1}.
 */
public final class Tls {

    private Tls() {
    }

    /**
     * {@code loop.create_connection(protocol_factory, host, port, ssl=context, server_hostname=...)}.
     *
     * @param loop            the loop
     * @param protocolFactory makes the application's protocol
     * @param host            the host
     * @param port            the port
     * @param context         the client's TLS context
     * @param serverHostname  the name the server's certificate must match ({@code host} when {@code null})
     * @return a coroutine whose value is the {@link Connection} (the TLS transport and the
     *         application's protocol) once the handshake is done; it raises the handshake's error
     */
    public static Coroutine connect(EventLoop loop, Supplier<? extends BaseProtocol> protocolFactory, String host, int port,
                                    SSLContext context, String serverHostname) {
        return Steps.coroutine("create_connection", (v, e) -> {
            Future waiter = loop.createFuture();
            TlsProtocol[] tls = new TlsProtocol[1];
            Supplier<BaseProtocol> factory = () -> tls[0] = new TlsProtocol(protocolFactory.get(), context, false,
                    serverHostname == null ? host : serverHostname, waiter, true);
            return Steps.await(loop.createConnection(factory, host, port), (made, error) -> {
                Steps.raiseIf(error);
                return Steps.await(waiter, (done, failed) -> {
                    if (failed != null) {
                        tls[0].abort();
                        throw failed;
                    }
                    return Steps.done(new Connection(tls[0].appTransport(), tls[0].appProtocol()));
                });
            });
        });
    }

    /**
     * {@code loop.create_server(protocol_factory, host, port, start_serving=..., ssl=context)}: each
     * connection's protocol is made at once and given its TLS transport once the handshake is done.
     *
     * @param loop            the loop
     * @param protocolFactory makes one application protocol per connection
     * @param host            the host
     * @param port            the port; 0 for an ephemeral one
     * @param startServing    whether to accept at once
     * @param context         the server's TLS context
     * @return a coroutine whose value is the {@link Server}
     */
    public static Coroutine serve(EventLoop loop, Supplier<? extends BaseProtocol> protocolFactory, String host, int port,
                                  boolean startServing, SSLContext context) {
        return loop.createServer(() -> new TlsProtocol(protocolFactory.get(), context, true, null, null, true),
                host, port, startServing);
    }

    /**
     * {@code loop.start_tls(transport, protocol, sslcontext, server_side=..., server_hostname=...)}:
     * the plain transport's protocol becomes a {@link TlsProtocol} for {@code protocol}, whose
     * {@code connection_made} is not called again. As asyncio's, reading pauses while the protocols
     * change and resumes once the TLS protocol has the transport.
     *
     * @param loop           the loop
     * @param transport      the plain transport
     * @param protocol       the application's protocol
     * @param context        the TLS context
     * @param serverSide     whether this end is the server
     * @param serverHostname the name the server's certificate must match (a client's)
     * @return a coroutine whose value is the new, TLS transport once the handshake is done
     */
    public static Coroutine startTls(EventLoop loop, BaseTransport transport, BaseProtocol protocol, SSLContext context,
                                     boolean serverSide, String serverHostname) {
        return Steps.coroutine("start_tls", (v, e) -> {
            if (!(transport instanceof Transport plain)) {
                throw new TypeError("transport " + PythonValues.typeName(transport) + " is not supported by start_tls()");
            }
            Future waiter = loop.createFuture();
            TlsProtocol tls = new TlsProtocol(protocol, context, serverSide, serverHostname, waiter, false);
            plain.pauseReading();
            plain.setProtocol(tls);
            loop.callSoon(() -> tls.connectionMade(plain));
            loop.callSoon(plain::resumeReading);
            return Steps.await(waiter, (done, failed) -> {
                if (failed != null) {
                    plain.close();
                    throw failed;
                }
                return Steps.done(tls.appTransport());
            });
        });
    }
}

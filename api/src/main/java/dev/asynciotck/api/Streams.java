package dev.asynciotck.api;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code asyncio.open_connection()} and {@code asyncio.start_server()}: asyncio's streams over the
 * loop's {@link EventLoop#createConnection} and {@link EventLoop#createServer}. A JVM loop with the
 * network capability gets them for free: like asyncio's, they are library code over the loop.
 *
 * <p>Clauses: {@code STREAM-OPEN-1}.
 */
public final class Streams {

    private Streams() {
    }

    /**
     * {@code asyncio.open_connection(host, port, limit=limit, ssl=ssl, server_hostname=...)}.
     *
     * <p>Clauses: {@code STREAM-OPEN-1}, {@code TLS-CONNECT-2}.
     *
     * @param loop           the running loop
     * @param host           the host
     * @param port           the port
     * @param limit          the reader's limit
     * @param ssl            the client's TLS context, or {@code null} for plain TCP
     * @param serverHostname the name the server's certificate must match ({@code host} when {@code null})
     * @return a coroutine whose value is the {@link StreamPair}
     */
    public static Coroutine openConnection(EventLoop loop, String host, int port, int limit,
                                           javax.net.ssl.SSLContext ssl, String serverHostname) {
        return open(loop, limit, protocol -> loop.createConnection(() -> protocol, host, port, ssl, serverHostname));
    }

    /** The streams over the connection {@code connect} makes with their protocol. */
    private static Coroutine open(EventLoop loop, int limit, Function<StreamReaderProtocol, Coroutine> connect) {
        return Steps.coroutine("open_connection", (v, e) -> {
            StreamReader reader = new StreamReader(limit, loop);
            StreamReaderProtocol protocol = new StreamReaderProtocol(reader, null, loop);
            return Steps.await(connect.apply(protocol), (made, error) -> {
                Steps.raiseIf(error);
                if (!(made instanceof Connection connection) || !(connection.transport() instanceof Transport transport)) {
                    throw new TypeError("the loop's connection gave " + made + ", not (Transport, protocol)");
                }
                return Steps.done(new StreamPair(reader, new StreamWriter(transport, protocol, reader, loop)));
            });
        });
    }

    /**
     * {@code asyncio.open_unix_connection(path, limit=limit)}.
     *
     * <p>Clauses: {@code UNIX-STREAM-1}.
     *
     * @param loop  the running loop
     * @param path  the socket's path
     * @param limit the reader's limit
     * @return a coroutine whose value is the {@link StreamPair}
     */
    public static Coroutine openUnixConnection(EventLoop loop, String path, int limit) {
        return open(loop, limit, protocol -> loop.createUnixConnection(() -> protocol, path));
    }

    /**
     * {@code asyncio.start_unix_server(client_connected_cb, path, limit=limit, start_serving=...)}.
     *
     * <p>Clauses: {@code UNIX-STREAM-1}.
     *
     * @param loop            the running loop
     * @param clientConnected called with the streams of each connection
     * @param path            the socket's path
     * @param limit           the readers' limit
     * @param startServing    whether to accept at once
     * @return a coroutine whose value is the {@link Server}
     */
    public static Coroutine startUnixServer(EventLoop loop, ClientConnected clientConnected, String path, int limit,
                                            boolean startServing) {
        return serve(loop, clientConnected, limit, factory -> loop.createUnixServer(factory, path, startServing));
    }

    /**
     * {@code asyncio.start_server(client_connected_cb, host, port, limit=limit, start_serving=..., ssl=ssl)}.
     *
     * <p>Clauses: {@code STREAM-OPEN-1}, {@code TLS-CONNECT-2}.
     *
     * @param loop            the running loop
     * @param clientConnected called with the streams of each connection
     * @param host            the host
     * @param port            the port; 0 for an ephemeral one
     * @param limit           the readers' limit
     * @param startServing    whether to accept at once
     * @param ssl             the server's TLS context, or {@code null} for plain TCP
     * @return a coroutine whose value is the {@link Server}
     */
    public static Coroutine startServer(EventLoop loop, ClientConnected clientConnected, String host, int port,
                                        int limit, boolean startServing, javax.net.ssl.SSLContext ssl) {
        return serve(loop, clientConnected, limit, factory -> loop.createServer(factory, host, port, startServing, ssl));
    }

    /** The server {@code listen} makes with a factory of the streams' protocols. */
    private static Coroutine serve(EventLoop loop, ClientConnected clientConnected, int limit,
                                   Function<Supplier<BaseProtocol>, Coroutine> listen) {
        Supplier<BaseProtocol> factory = () -> new StreamReaderProtocol(new StreamReader(limit, loop), clientConnected, loop);
        return Steps.coroutine("start_server", (v, e) -> Steps.await(listen.apply(factory), (server, error) -> {
            Steps.raiseIf(error);
            return Steps.done(server);
        }));
    }
}

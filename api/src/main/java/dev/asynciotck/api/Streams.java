package dev.asynciotck.api;

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
     * {@code asyncio.open_connection(host, port, limit=limit)}.
     *
     * @param loop  the running loop
     * @param host  the host
     * @param port  the port
     * @param limit the reader's limit
     * @return a coroutine whose value is the {@link StreamPair}
     */
    public static Coroutine openConnection(EventLoop loop, String host, int port, int limit) {
        return Steps.coroutine("open_connection", (v, e) -> {
            StreamReader reader = new StreamReader(limit, loop);
            StreamReaderProtocol protocol = new StreamReaderProtocol(reader, null, loop);
            return Steps.await(loop.createConnection(() -> protocol, host, port), (made, error) -> {
                Steps.raiseIf(error);
                if (!(made instanceof Connection connection) || !(connection.transport() instanceof Transport transport)) {
                    throw new TypeError("create_connection() gave " + made + ", not (Transport, protocol)");
                }
                return Steps.done(new StreamPair(reader, new StreamWriter(transport, protocol, reader, loop)));
            });
        });
    }

    /**
     * {@code asyncio.start_server(client_connected_cb, host, port, limit=limit, start_serving=...)}.
     *
     * @param loop            the running loop
     * @param clientConnected called with the streams of each connection
     * @param host            the host
     * @param port            the port; 0 for an ephemeral one
     * @param limit           the readers' limit
     * @param startServing    whether to accept at once
     * @return a coroutine whose value is the {@link Server}
     */
    public static Coroutine startServer(EventLoop loop, ClientConnected clientConnected, String host, int port,
                                        int limit, boolean startServing) {
        return Steps.coroutine("start_server", (v, e) -> Steps.await(loop.createServer(
                () -> new StreamReaderProtocol(new StreamReader(limit, loop), clientConnected, loop),
                host, port, startServing), (server, error) -> {
                    Steps.raiseIf(error);
                    return Steps.done(server);
                }));
    }
}

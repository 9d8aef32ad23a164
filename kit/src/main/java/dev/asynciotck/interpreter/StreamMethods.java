package dev.asynciotck.interpreter;

import dev.asynciotck.api.ClientConnected;
import dev.asynciotck.api.IncompleteReadError;
import dev.asynciotck.api.LimitOverrunError;
import dev.asynciotck.api.StreamReader;
import dev.asynciotck.api.StreamWriter;
import dev.asynciotck.api.Streams;
import dev.asynciotck.api.TypeError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Streams in the language: {@code asyncio.open_connection} and {@code start_server} (the API's
 * {@link Streams}, over the loop's transports), the {@code StreamReader} and {@code StreamWriter}
 * kinds, and the attributes of {@code IncompleteReadError} and {@code LimitOverrunError}.
 */
final class StreamMethods {

    private StreamMethods() {
    }

    /** The asyncio module's stream functions, for its table. */
    static <T> Methods.Table<T> asyncioFunctions(Methods.Table<T> table) {
        return table
                .with("open_connection", (s, m, a) -> {
                    Object host = a.optional(0, "host", null);
                    Object port = a.optional(1, "port", null);
                    int limit = limit(a);
                    javax.net.ssl.SSLContext ssl = TlsMethods.context(a.keyword("ssl", null));
                    String serverHostname = TlsMethods.hostname(a.keyword("server_hostname", null));
                    a.noMoreThan(2);
                    return Streams.openConnection(Methods.running(s), host == null ? null : Values.str(host),
                            NetworkMethods.nonNegativeInt(port), limit, ssl, serverHostname);
                })
                .with("open_unix_connection", (s, m, a) -> {
                    Object path = a.required(0, "path");
                    int limit = limit(a);
                    a.noMoreThan(1);
                    return Streams.openUnixConnection(Methods.running(s), Values.str(path), limit);
                })
                .with("start_unix_server", (s, m, a) -> {
                    Object callback = a.required(0, "client_connected_cb");
                    Object path = a.required(1, "path");
                    int limit = limit(a);
                    Object startServing = a.keyword("start_serving", Boolean.TRUE);
                    a.noMoreThan(2);
                    return Streams.startUnixServer(Methods.running(s), clientConnected(s, callback), Values.str(path), limit,
                            PyOps.truthy(startServing));
                })
                .with("start_server", (s, m, a) -> {
                    Object callback = a.required(0, "client_connected_cb");
                    Object host = a.optional(1, "host", null);
                    Object port = a.optional(2, "port", null);
                    int limit = limit(a);
                    Object startServing = a.keyword("start_serving", Boolean.TRUE);
                    javax.net.ssl.SSLContext ssl = TlsMethods.context(a.keyword("ssl", null));
                    a.noMoreThan(3);
                    return Streams.startServer(Methods.running(s), clientConnected(s, callback),
                            host == null ? null : Values.str(host), port == null ? 0 : NetworkMethods.nonNegativeInt(port),
                            limit, PyOps.truthy(startServing), ssl);
                });
    }

    /** A program's client_connected_cb, called from the loop. */
    private static ClientConnected clientConnected(Session s, Object callback) {
        s.calls.checkCallable(callback);
        return (reader, writer) -> s.calls.callFromLoop(callback, List.of(reader, writer));
    }

    private static int limit(Args a) {
        Object limit = a.keyword("limit", (long) StreamReader.DEFAULT_LIMIT);
        if (!(limit instanceof Long l) || l > Integer.MAX_VALUE) {
            throw new TypeError("'" + PyOps.typeName(limit) + "' object cannot be interpreted as an integer");
        }
        return (int) Math.max(l, Integer.MIN_VALUE);
    }

    static final Map<String, Methods.Body<Object>> STREAM_READER = Methods.table(StreamReader.class, null)
            .with("read", (s, r, a) -> {
                Object n = a.optional(0, "n", -1L);
                a.noMoreThan(1);
                return r.read(count(n));
            })
            .with("readline", (s, r, a) -> {
                a.noMoreThan(0);
                return r.readline();
            })
            .with("readexactly", (s, r, a) -> {
                Object n = a.required(0, "n");
                a.noMoreThan(1);
                return r.readexactly(count(n));
            })
            .with("readuntil", (s, r, a) -> {
                Object separator = a.optional(0, "separator", PyBytes.of(new byte[] {'\n'}));
                a.noMoreThan(1);
                if (!(separator instanceof PyBytes b)) {
                    throw new TypeError("a bytes-like object is required, not '" + PyOps.typeName(separator) + "'");
                }
                return r.readuntil(b.toArray());
            })
            .with("at_eof", (s, r, a) -> {
                a.noMoreThan(0);
                return r.atEof();
            }).build();

    static final Map<String, Methods.Body<Object>> STREAM_WRITER = Methods.table(StreamWriter.class, null)
            .with("write", (s, w, a) -> {
                Object data = a.required(0, "data");
                a.noMoreThan(1);
                w.write(NetworkMethods.toApi(data));
                return null;
            })
            .with("writelines", (s, w, a) -> {
                Object items = a.required(0, "list_of_data");
                a.noMoreThan(1);
                List<Object> data = new ArrayList<>();
                for (Object item : Values.iterate(items)) {
                    data.add(NetworkMethods.toApi(item));
                }
                w.writelines(data);
                return null;
            })
            .with("write_eof", (s, w, a) -> {
                a.noMoreThan(0);
                w.writeEof();
                return null;
            })
            .with("can_write_eof", (s, w, a) -> {
                a.noMoreThan(0);
                return w.canWriteEof();
            })
            .with("close", (s, w, a) -> {
                a.noMoreThan(0);
                w.close();
                return null;
            })
            .with("is_closing", (s, w, a) -> {
                a.noMoreThan(0);
                return w.isClosing();
            })
            .with("wait_closed", (s, w, a) -> {
                a.noMoreThan(0);
                return w.waitClosed();
            })
            .with("drain", (s, w, a) -> {
                a.noMoreThan(0);
                return w.drain();
            })
            .with("get_extra_info", (s, w, a) -> {
                Object name = a.required(0, "name");
                Object fallback = a.optional(1, "default", null);
                a.noMoreThan(2);
                return NetworkMethods.fromApi(w.getExtraInfo(Values.str(name), fallback));
            })
            .with("transport", (s, w, a) -> w.transport()).build();

    static final Map<String, Methods.Body<Object>> INCOMPLETE_READ_ERROR = Methods.table(IncompleteReadError.class, null)
            .with("partial", (s, e, a) -> PyBytes.of(e.partial()))
            .with("expected", (s, e, a) -> e.expected()).build();

    static final Map<String, Methods.Body<Object>> LIMIT_OVERRUN_ERROR = Methods.table(LimitOverrunError.class, null)
            .with("consumed", (s, e, a) -> e.consumed()).build();

    /** A count of bytes: Python's int (TypeError otherwise). */
    private static long count(Object n) {
        if (n instanceof Long l) {
            return l;
        }
        throw new TypeError("'" + PyOps.typeName(n) + "' object cannot be interpreted as an integer");
    }
}

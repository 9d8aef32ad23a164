package dev.asynciotck.interpreter;

import dev.asynciotck.api.AddrInfo;
import dev.asynciotck.api.BaseProtocol;
import dev.asynciotck.api.BaseTransport;
import dev.asynciotck.api.Connection;
import dev.asynciotck.api.DatagramTransport;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.NameInfo;
import dev.asynciotck.api.Server;
import dev.asynciotck.api.StreamPair;
import dev.asynciotck.api.Transport;
import dev.asynciotck.api.TransportSocket;
import dev.asynciotck.api.TypeError;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The network methods of the vocabulary: the loop's {@code create_connection} and
 * {@code create_server}, and the methods of a Transport, a Server and a TransportSocket. The values
 * cross into the API as Java's ({@code bytes} as {@code byte[]}) and come back in the program's
 * shapes ({@link #fromApi}).
 */
final class NetworkMethods {

    private NetworkMethods() {
    }

    /** {@code create_connection}, {@code create_server} and {@code create_datagram_endpoint}, for the loop's table. */
    static <T extends EventLoop> Methods.Table<T> loopMethods(Methods.Table<T> table) {
        return table
                .with("getaddrinfo", (s, loop, a) -> {
                    Object host = a.required(0, "host");
                    Object port = a.required(1, "port");
                    int family = nonNegativeInt(a.keyword("family", 0L));
                    int type = nonNegativeInt(a.keyword("type", 0L));
                    int proto = nonNegativeInt(a.keyword("proto", 0L));
                    int flags = nonNegativeInt(a.keyword("flags", 0L));
                    a.noMoreThan(2);
                    return loop.getaddrinfo(host == null ? null : Values.str(host),
                            port == null ? null : port instanceof Long n ? n.toString() : Values.str(port), family, type, proto, flags);
                })
                .with("getnameinfo", (s, loop, a) -> {
                    Object sockaddr = a.required(0, "sockaddr");
                    Object flags = a.optional(1, "flags", 0L);
                    a.noMoreThan(2);
                    return loop.getnameinfo(address(sockaddr), nonNegativeInt(flags));
                })
                .with("create_unix_connection", (s, loop, a) -> {
                    Supplier<BaseProtocol> factory = protocolFactory(s, a.required(0, "protocol_factory"));
                    Object path = a.required(1, "path");
                    a.noMoreThan(2);
                    return loop.createUnixConnection(factory, Values.str(path));
                })
                .with("create_unix_server", (s, loop, a) -> {
                    Supplier<BaseProtocol> factory = protocolFactory(s, a.required(0, "protocol_factory"));
                    Object path = a.required(1, "path");
                    Object startServing = a.keyword("start_serving", Boolean.TRUE);
                    a.noMoreThan(2);
                    return loop.createUnixServer(factory, Values.str(path), PyOps.truthy(startServing));
                })
                .with("create_datagram_endpoint", (s, loop, a) -> {
                    Supplier<BaseProtocol> factory = protocolFactory(s, a.required(0, "protocol_factory"));
                    Object local = a.optional(1, "local_addr", null);
                    Object remote = a.optional(2, "remote_addr", null);
                    a.noMoreThan(3);
                    return loop.createDatagramEndpoint(factory, address(local), address(remote));
                })
                .with("create_connection", (s, loop, a) -> {
                    Supplier<BaseProtocol> factory = protocolFactory(s, a.required(0, "protocol_factory"));
                    Object host = a.optional(1, "host", null);
                    Object port = a.optional(2, "port", null);
                    javax.net.ssl.SSLContext ssl = TlsMethods.context(a.keyword("ssl", null));
                    String serverHostname = TlsMethods.hostname(a.keyword("server_hostname", null));
                    a.noMoreThan(3);
                    return loop.createConnection(factory, host == null ? null : Values.str(host), nonNegativeInt(port),
                            ssl, serverHostname);
                })
                .with("create_server", (s, loop, a) -> {
                    Supplier<BaseProtocol> factory = protocolFactory(s, a.required(0, "protocol_factory"));
                    Object host = a.optional(1, "host", null);
                    Object port = a.optional(2, "port", null);
                    Object startServing = a.keyword("start_serving", Boolean.TRUE);
                    javax.net.ssl.SSLContext ssl = TlsMethods.context(a.keyword("ssl", null));
                    a.noMoreThan(3);
                    return loop.createServer(factory, host == null ? null : Values.str(host),
                            port == null ? 0 : nonNegativeInt(port), PyOps.truthy(startServing), ssl);
                })
                .with("start_tls", (s, loop, a) -> {
                    Object transport = a.required(0, "transport");
                    Object protocol = a.required(1, "protocol");
                    javax.net.ssl.SSLContext context = TlsMethods.context(a.required(2, "sslcontext"));
                    Object serverSide = a.keyword("server_side", Boolean.FALSE);
                    String serverHostname = TlsMethods.hostname(a.keyword("server_hostname", null));
                    a.noMoreThan(3);
                    if (!(transport instanceof BaseTransport t)) {
                        throw new TypeError("transport " + PyOps.repr(transport) + " is not supported by start_tls()");
                    }
                    return loop.startTls(t, protocol(protocol), context, PyOps.truthy(serverSide), serverHostname);
                });
    }

    /** What every transport has: {@code close}, {@code is_closing}, {@code get_extra_info}. */
    private static final Map<String, Methods.Body<Object>> BASE_TRANSPORT = Methods.table(BaseTransport.class, null)
            .with("close", (s, t, a) -> {
                a.noMoreThan(0);
                t.close();
                return null;
            })
            .with("is_closing", (s, t, a) -> {
                a.noMoreThan(0);
                return t.isClosing();
            })
            .with("get_extra_info", (s, t, a) -> {
                Object name = a.required(0, "name");
                Object fallback = a.optional(1, "default", null);
                a.noMoreThan(2);
                return fromApi(t.getExtraInfo(Values.str(name), fallback));
            }).build();

    static final Map<String, Methods.Body<Object>> TRANSPORT = Methods.table(Transport.class, BASE_TRANSPORT)
            .with("write", (s, t, a) -> {
                Object data = a.required(0, "data");
                a.noMoreThan(1);
                t.write(toApi(data));
                return null;
            })
            .with("writelines", (s, t, a) -> {
                Object items = a.required(0, "list_of_data");
                a.noMoreThan(1);
                List<Object> data = new ArrayList<>();
                for (Object item : Values.iterate(items)) {
                    data.add(toApi(item));
                }
                t.writelines(data);
                return null;
            })
            .with("write_eof", (s, t, a) -> {
                a.noMoreThan(0);
                t.writeEof();
                return null;
            })
            .with("can_write_eof", (s, t, a) -> {
                a.noMoreThan(0);
                return t.canWriteEof();
            })
            .with("abort", (s, t, a) -> {
                a.noMoreThan(0);
                t.abort();
                return null;
            })
            .with("pause_reading", (s, t, a) -> {
                a.noMoreThan(0);
                t.pauseReading();
                return null;
            })
            .with("resume_reading", (s, t, a) -> {
                a.noMoreThan(0);
                t.resumeReading();
                return null;
            })
            .with("is_reading", (s, t, a) -> {
                a.noMoreThan(0);
                return t.isReading();
            })
            .with("get_write_buffer_size", (s, t, a) -> {
                a.noMoreThan(0);
                return (long) t.getWriteBufferSize();
            })
            .with("set_write_buffer_limits", (s, t, a) -> {
                Object high = a.optional(0, "high", null);
                Object low = a.optional(1, "low", null);
                a.noMoreThan(2);
                t.setWriteBufferLimits(high == null ? null : nonNegativeInt(high), low == null ? null : nonNegativeInt(low));
                return null;
            })
            .with("get_write_buffer_limits", (s, t, a) -> {
                a.noMoreThan(0);
                int[] limits = t.getWriteBufferLimits();
                return new PyTuple(List.of((long) limits[0], (long) limits[1]));
            })
            .with("get_protocol", (s, t, a) -> {
                a.noMoreThan(0);
                return t.getProtocol();
            })
            .with("set_protocol", (s, t, a) -> {
                Object protocol = a.required(0, "protocol");
                a.noMoreThan(1);
                t.setProtocol(protocol(protocol));
                return null;
            }).build();

    static final Map<String, Methods.Body<Object>> DATAGRAM_TRANSPORT = Methods.table(DatagramTransport.class, BASE_TRANSPORT)
            .with("sendto", (s, t, a) -> {
                Object data = a.required(0, "data");
                Object addr = a.optional(1, "addr", null);
                a.noMoreThan(2);
                t.sendto(toApi(data), address(addr));
                return null;
            })
            .with("abort", (s, t, a) -> {
                a.noMoreThan(0);
                t.abort();
                return null;
            }).build();

    static final Map<String, Methods.Body<Object>> SERVER = Methods.table(Server.class, null)
            .with("close", (s, srv, a) -> {
                a.noMoreThan(0);
                srv.close();
                return null;
            })
            .with("wait_closed", (s, srv, a) -> {
                a.noMoreThan(0);
                return srv.waitClosed();
            })
            .with("is_serving", (s, srv, a) -> {
                a.noMoreThan(0);
                return srv.isServing();
            })
            .with("start_serving", (s, srv, a) -> {
                a.noMoreThan(0);
                return srv.startServing();
            })
            .with("serve_forever", (s, srv, a) -> {
                a.noMoreThan(0);
                return srv.serveForever();
            })
            .with("get_loop", (s, srv, a) -> {
                a.noMoreThan(0);
                return srv.getLoop();
            })
            .with("sockets", (s, srv, a) -> new PyTuple(new ArrayList<>(srv.sockets()))).build();

    static final Map<String, Methods.Body<Object>> TRANSPORT_SOCKET = Methods.table(TransportSocket.class, null)
            .with("getsockname", (s, sock, a) -> {
                a.noMoreThan(0);
                return fromApi(sock.getsockname());
            }).build();

    /** A value of the API in the program's shapes: an address is a tuple, bytes are bytes, a connection and a stream pair tuples. */
    static Object fromApi(Object v) {
        if (v instanceof InetSocketAddress address) {
            return new PyTuple(List.of(address.getAddress().getHostAddress(), (long) address.getPort()));
        }
        if (v instanceof java.net.UnixDomainSocketAddress address) {
            return address.getPath().toString();  // '' for an unbound socket, as Python's
        }
        if (v instanceof byte[] bytes) {
            return PyBytes.of(bytes);
        }
        // a loop's null in these is kept, for the await's check (Methods.checkAwaited) to name
        if (v instanceof Connection c) {
            return new PyTuple(java.util.Arrays.asList(c.transport(), c.protocol()));
        }
        if (v instanceof dev.asynciotck.api.AcceptedSocket accepted) {
            return new PyTuple(java.util.Arrays.asList(accepted.socket() == null ? null : new ProgramSocket(accepted.socket()),
                    accepted.address() == null ? null : fromApi(accepted.address())));
        }
        if (v instanceof StreamPair p) {
            return new PyTuple(java.util.Arrays.asList(p.reader(), p.writer()));
        }
        if (v instanceof AddrInfo i) {
            return new PyTuple(List.of((long) i.family(), (long) i.type(), (long) i.proto(), i.canonname(), fromApi(i.sockaddr())));
        }
        if (v instanceof NameInfo n) {
            return new PyTuple(List.of(n.host(), n.service()));
        }
        if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof AddrInfo) {
            return list.stream().map(NetworkMethods::fromApi).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
        return v;
    }

    /**
     * A program's address for the API: None, or a {@code (host, port)} tuple whose host is a numeric
     * address or {@code localhost} (the language's hosts; the kit resolves no other name).
     */
    static InetSocketAddress address(Object v) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof PyTuple t) || t.items().size() != 2 || !(t.items().get(0) instanceof String host)) {
            throw new InvalidProgramException("an address is a (host, port) tuple, got " + PyOps.repr(v));
        }
        String name = host.equals("localhost") ? "127.0.0.1" : host;
        if (!name.matches("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
            throw new InvalidProgramException("an address's host is a numeric address or localhost in the scenario language, got "
                    + PyOps.repr(host));
        }
        try {
            return new InetSocketAddress(java.net.InetAddress.getByName(name), nonNegativeInt(t.items().get(1)));
        } catch (java.net.UnknownHostException e) {
            throw new InvalidProgramException("not a numeric address: " + PyOps.repr(host));
        }
    }

    /** A program's value for the API: bytes become {@code byte[]}, anything else goes as it is (the loop checks it). */
    static Object toApi(Object v) {
        return v instanceof PyBytes b ? b.toArray() : v;
    }

    /** The protocol factory: calling it must give an instance of a program class (checked when the loop calls it). */
    static Supplier<BaseProtocol> protocolFactory(Session s, Object factory) {
        s.calls.checkCallable(factory);
        return () -> protocol(s.calls.callFromLoop(factory, List.of()));
    }

    private static BaseProtocol protocol(Object made) {
        if (made instanceof BaseProtocol p) {
            return p;
        }
        throw new InvalidProgramException("a protocol factory must return an instance of a class of the program, got "
                + PyOps.repr(made));
    }

    /** A port or a water mark: an int from 0 to Java's int range, else Python's TypeError for a non-int. */
    static int nonNegativeInt(Object v) {
        if (v instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw new TypeError("'" + PyOps.typeName(v) + "' object cannot be interpreted as an integer");
    }
}

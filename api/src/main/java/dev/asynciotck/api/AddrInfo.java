package dev.asynciotck.api;

import java.net.InetSocketAddress;

/**
 * One entry of {@code loop.getaddrinfo()}: {@code (family, type, proto, canonname, sockaddr)}.
 *
 * <p>Clauses: {@code DNS-ADDRINFO-1}.
 *
 * @param family    the address family ({@code AF_INET}, 2 on Linux)
 * @param type      the socket type ({@code SOCK_STREAM} 1, {@code SOCK_DGRAM} 2)
 * @param proto     the protocol (6 for TCP, 17 for UDP)
 * @param canonname the canonical name, {@code ""} unless asked for
 * @param sockaddr  the address
 */
public record AddrInfo(int family, int type, int proto, String canonname, InetSocketAddress sockaddr) {

    /** {@code socket.AF_INET} on Linux. */
    public static final int AF_INET = 2;
    /** {@code socket.SOCK_STREAM}. */
    public static final int SOCK_STREAM = 1;
    /** {@code socket.SOCK_DGRAM}. */
    public static final int SOCK_DGRAM = 2;
    /** {@code socket.SOCK_RAW}. */
    public static final int SOCK_RAW = 3;
    /** {@code socket.NI_NUMERICHOST}. */
    public static final int NI_NUMERICHOST = 1;
    /** {@code socket.NI_NUMERICSERV}. */
    public static final int NI_NUMERICSERV = 2;
}

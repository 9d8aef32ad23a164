package dev.asynciotck.reference;

import dev.asynciotck.api.AddrInfo;
import dev.asynciotck.api.NameInfo;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference loop's {@code getaddrinfo} and {@code getnameinfo}, without a resolver: numeric
 * IPv4 addresses and {@code localhost} only (the kit's programs use nothing else), answered the
 * way glibc answers them, one entry per socket type in its order (stream, datagram, raw).
 *
 * <p>Clauses: {@code DNS-ADDRINFO-1}, {@code DNS-NAMEINFO-1}.
 */
final class NameResolution {

    private static final int IPPROTO_TCP = 6;
    private static final int IPPROTO_UDP = 17;

    private NameResolution() {
    }

    /**
     * @return the entries, as glibc gives them
     * @throws PythonException OSError {@code [Errno -2] Name or service not known} for another host,
     *                         {@code [Errno -8] Servname not supported for ai_socktype} for a
     *                         service name
     */
    static List<AddrInfo> getaddrinfo(String host, String port, int family, int type, int proto) {
        String name = host == null || host.equals("localhost") ? "127.0.0.1" : host;
        if (!name.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || family != 0 && family != AddrInfo.AF_INET) {
            throw PythonException.of(PyType.OS_ERROR, "[Errno -2] Name or service not known");
        }
        int number;
        try {
            number = port == null ? 0 : Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw PythonException.of(PyType.OS_ERROR, "[Errno -8] Servname not supported for ai_socktype");
        }
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(name), number);
        } catch (java.net.UnknownHostException | IllegalArgumentException e) {
            throw PythonException.of(PyType.OS_ERROR, "[Errno -2] Name or service not known");
        }
        List<AddrInfo> out = new ArrayList<>();
        int[][] kinds = {{AddrInfo.SOCK_STREAM, IPPROTO_TCP}, {AddrInfo.SOCK_DGRAM, IPPROTO_UDP}, {AddrInfo.SOCK_RAW, 0}};
        for (int[] kind : kinds) {
            if ((type == 0 || type == kind[0]) && (proto == 0 || proto == kind[1])) {
                out.add(new AddrInfo(AddrInfo.AF_INET, kind[0], kind[1], "", address));
            }
        }
        return out;
    }

    /**
     * @return the host and service: numeric with NI_NUMERICHOST and NI_NUMERICSERV; otherwise
     *         the host's name from the system's hosts file (Java's reverse lookup) and the port
     *         number (the reference loop has no services table)
     */
    static NameInfo getnameinfo(InetSocketAddress sockaddr, int flags) {
        String host = (flags & AddrInfo.NI_NUMERICHOST) != 0 ? sockaddr.getAddress().getHostAddress()
                : sockaddr.getAddress().getHostName();
        return new NameInfo(host, String.valueOf(sockaddr.getPort()));
    }
}

package dev.asynciotck.loop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sockets of this process are, read from Linux's {@code /proc/self/net/tcp} and
 * {@code tcp6} (and {@code udp}, {@code udp6}), so that a leaked descriptor {@code socket:[INODE]}
 * is named by its addresses: {@code TCP 127.0.0.1:43122 -> 127.0.0.1:39011}, {@code TCP listening
 * 127.0.0.1:39011}.
 */
final class SocketTable {

    private static final List<String> TABLES = List.of("tcp", "tcp6", "udp", "udp6");
    private static final String LISTEN = "0A";

    private SocketTable() {
    }

    /** @return {@code socket:[INODE]} to what it is, for the sockets the tables list (none elsewhere) */
    static Map<String, String> read() {
        Map<String, String> out = new HashMap<>();
        for (String table : TABLES) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of("/proc/self/net", table));
            } catch (IOException e) {
                continue;
            }
            String protocol = table.startsWith("tcp") ? "TCP" : "UDP";
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 10) {
                    continue;
                }
                String local = address(f[1]);
                String peer = address(f[2]);
                boolean listening = protocol.equals("TCP") && f[3].equals(LISTEN);
                out.put("socket:[" + f[9] + "]", protocol + (listening ? " listening " + local
                        : " " + local + (peer.endsWith(":0") ? "" : " -> " + peer)));
            }
        }
        return out;
    }

    /** @return an address of the tables ({@code 0100007F:9C43}) as {@code 127.0.0.1:40003} */
    private static String address(String hex) {
        String[] parts = hex.split(":");
        int port = Integer.parseInt(parts[1], 16);
        if (parts[0].length() == 8) {
            long ip = Long.parseLong(parts[0], 16);
            return (ip & 0xff) + "." + (ip >> 8 & 0xff) + "." + (ip >> 16 & 0xff) + "." + (ip >> 24 & 0xff) + ":" + port;
        }
        return "[" + parts[0] + "]:" + port;
    }
}

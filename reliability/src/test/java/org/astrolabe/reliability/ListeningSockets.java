package org.astrolabe.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The local addresses listening on a TCP port, read from the kernel's socket tables ({@code /proc/net/tcp}
 * and {@code tcp6}), so a test can see where a server listens without sending it any traffic.
 */
final class ListeningSockets {
    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    static Set<String> localAddresses(int port) throws IOException {
        Set<String> addresses = new TreeSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length < 4 || !fields[1].contains(":") || !LISTEN.equals(fields[3])) {
                    continue;
                }
                String[] local = fields[1].split(":");
                if (Integer.parseInt(local[1], 16) == port) {
                    addresses.add(decode(local[0]));
                }
            }
        }
        return addresses;
    }

    /** The kernel prints addresses as 32-bit words in host (little-endian) order. */
    private static String decode(String hex) {
        byte[] raw = HexFormat.of().parseHex(hex);
        byte[] address = new byte[raw.length];
        for (int word = 0; word < raw.length; word += 4) {
            for (int i = 0; i < 4; i++) {
                address[word + i] = raw[word + 3 - i];
            }
        }
        try {
            String text = InetAddress.getByAddress(address).getHostAddress();
            return text.equals("0:0:0:0:0:0:0:0") ? "::" : text.replace("0:0:0:0:0:ffff:", "");
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("A raw address of 4 or 16 bytes is always valid", e);
        }
    }
}

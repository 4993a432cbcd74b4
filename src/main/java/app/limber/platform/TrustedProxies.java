package app.limber.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The proxies the operator names in {@code LIMBER_TRUSTED_PROXIES} (a comma-separated CIDR list such as
 * {@code 10.0.0.0/8, 127.0.0.1/32, ::1/128}); empty unless configured. Only addresses in these ranges may tell Limber
 * who the client is. Addresses are parsed as literals only: no name is ever looked up.
 */
final class TrustedProxies {

    private record Range(byte[] network, int prefixLength) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int restBits = prefixLength % 8;
            if (restBits == 0) {
                return true;
            }
            int mask = (0xFF << (8 - restBits)) & 0xFF;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Parses the operator's list; a malformed entry stops the start-up with a message naming it. */
    static TrustedProxies parse(@Nullable String list) {
        List<Range> ranges = new ArrayList<>();
        if (list != null) {
            for (String entry : list.split("[,\\s]+")) {
                if (!entry.isBlank()) {
                    ranges.add(range(entry.trim()));
                }
            }
        }
        return new TrustedProxies(ranges);
    }

    private static Range range(String cidr) {
        int slash = cidr.indexOf('/');
        byte[] address = literal(slash < 0 ? cidr : cidr.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("LIMBER_TRUSTED_PROXIES: '" + cidr + "' is not an IP address or CIDR range");
        }
        int prefix = address.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(cidr.substring(slash + 1));
            } catch (NumberFormatException notANumber) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("LIMBER_TRUSTED_PROXIES: '" + cidr + "' has an impossible prefix length");
            }
        }
        return new Range(address, prefix);
    }

    /** The bytes of an IPv4 or IPv6 literal, or null for anything else (host names included: never resolved). */
    static byte @Nullable [] literal(@Nullable String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return null;
        }
        String candidate = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean ipv6 = candidate.indexOf(':') >= 0;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean allowed = Character.digit(c, 16) >= 0 && (ipv6 || Character.isDigit(c)) || c == '.' || c == ':';
            if (!allowed) {
                return null;
            }
        }
        if (!ipv6 && !fourOctets(candidate)) {
            return null;
        }
        try {
            return InetAddress.getByName(candidate).getAddress();
        } catch (UnknownHostException malformed) {
            return null;
        }
    }

    private static boolean fourOctets(String candidate) {
        String[] octets = candidate.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean contains(@Nullable String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    /**
     * The client behind a chain of proxies: the socket peer unless it is trusted; otherwise the nearest address in the
     * {@code X-Forwarded-For} chain (read from the right) that is not itself a trusted proxy. Entries further left
     * were written by the client and are never believed.
     */
    String clientOf(String peer, List<String> forwardedFor) {
        if (!contains(peer)) {
            return peer;
        }
        String client = peer;
        for (int i = forwardedFor.size() - 1; i >= 0; i--) {
            String hop = forwardedFor.get(i);
            if (literal(hop) == null) {
                // Garbage in the chain: stop at the last address a trusted proxy vouched for.
                return client;
            }
            client = hop.startsWith("[") ? hop.substring(1, hop.length() - 1) : hop;
            if (!contains(hop)) {
                return client;
            }
        }
        return client;
    }
}

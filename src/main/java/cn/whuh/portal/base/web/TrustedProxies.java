package cn.whuh.portal.base.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} the portal believes
 * ({@code PORTAL_TRUSTED_PROXIES}: IPv4 addresses, IPv4 CIDR ranges such as {@code 10.0.0.0/8}, IPv6 addresses;
 * comma separated; none by default), as the regular expression Tomcat's {@code RemoteIpValve} matches the peer's
 * address against. A request from any other peer keeps its own address, whatever headers it sends.
 */
public final class TrustedProxies {

    private TrustedProxies() {
    }

    /** The expression for the list, or null (nobody is trusted) when it is empty. */
    public static String regex(String list) {
        List<String> alternatives = new ArrayList<>();
        for (String entry : list == null ? new String[0] : list.split(",")) {
            String proxy = entry.strip();
            if (!proxy.isEmpty()) {
                alternatives.add(proxy.contains("/") ? cidr(proxy) : address(proxy));
            }
        }
        return alternatives.isEmpty() ? null : String.join("|", alternatives);
    }

    /** One address as Tomcat reports it (IPv6 in full, e.g. {@code 0:0:0:0:0:0:0:1}). */
    private static String address(String literal) {
        if (!literal.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException("PORTAL_TRUSTED_PROXIES: not an IP address: " + literal);
        }
        try {
            return Pattern.quote(InetAddress.getByName(literal).getHostAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("PORTAL_TRUSTED_PROXIES: not an IP address: " + literal, e);
        }
    }

    /** An IPv4 range: its fixed octets exactly, the partly fixed one as the list of its values, the rest any. */
    private static String cidr(String range) {
        String[] parts = range.split("/");
        String[] octets = parts[0].split("\\.");
        int bits;
        try {
            bits = Integer.parseInt(parts[1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            bits = -1;
        }
        if (parts.length != 2 || octets.length != 4 || bits < 0 || bits > 32
                || !parts[0].matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new IllegalArgumentException("PORTAL_TRUSTED_PROXIES: not an IPv4 range: " + range);
        }
        List<String> regex = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int value = Integer.parseInt(octets[i]);
            int fixed = Math.clamp(bits - 8L * i, 0, 8);
            int low = value & (0xFF << (8 - fixed)) & 0xFF;
            int high = low | (0xFF >> fixed);
            regex.add(fixed == 8 ? Integer.toString(value) : fixed == 0 ? "\\d{1,3}"
                    : "(?:" + IntStream.rangeClosed(low, high).mapToObj(Integer::toString)
                            .collect(Collectors.joining("|")) + ")");
        }
        return String.join("\\.", regex);
    }
}

package org.caravan.tracking.internal.webhooks;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Which addresses no partner's receiver lives at: this service's own network. A host name is
 * checked by what it resolves to, when subscribing and again before every delivery, so that a
 * name pointing at an internal address (a wildcard DNS service, a trailing dot) is refused too.
 */
final class ReceiverAddresses {

    private ReceiverAddresses() {
    }

    /**
     * Why {@code host} may not be sent to, if any of its addresses is internal: loopback ones
     * are allowed when {@code allowLoopback}. Throws if the name does not resolve.
     */
    static boolean refused(String host, boolean allowLoopback) throws UnknownHostException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return Arrays.stream(InetAddress.getAllByName(name))
                .anyMatch(a -> internal(a) && !(allowLoopback && unmapped(a).isLoopbackAddress()));
    }

    /** Loopback, private, link-local, unspecified, multicast, carrier-grade NAT or unique-local. */
    static boolean internal(InetAddress address) {
        InetAddress a = unmapped(address);
        byte[] b = a.getAddress();
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()
                || (b.length == 4 && (b[0] == 0 || ((b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64)))
                || (b.length == 16 && (b[0] & 0xfe) == 0xfc);
    }

    /** The IPv4 address an IPv4-mapped IPv6 one (::ffff:a.b.c.d) stands for; any other as it is. */
    private static InetAddress unmapped(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length != 16 || b[10] != (byte) 0xff || b[11] != (byte) 0xff) {
            return address;
        }
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return address;
            }
        }
        try {
            return Inet4Address.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException e) {
            return address;
        }
    }
}

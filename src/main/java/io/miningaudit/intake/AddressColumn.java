package io.miningaudit.intake;

import io.miningaudit.facts.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IP addresses, parsed once, in eight bytes each: an IPv4 address as its 32-bit number, an IPv6 address as the
 * (negated) number of its entry in a table of the distinct IPv6 addresses seen. Entries are numbered in the order
 * they were added.
 */
final class AddressColumn {
    private long[] values = new long[16];
    private int size;
    private final List<IpAddress> ipv6 = new ArrayList<>();
    private final Map<IpAddress, Integer> ipv6Index = new HashMap<>();

    int add(IpAddress ip) {
        values = Growing.ensure(values, size);
        long v4 = ip.ipv4Value();
        values[size] = v4 >= 0 ? v4 : -1 - ipv6Index.computeIfAbsent(ip, a -> {
            ipv6.add(a);
            return ipv6.size() - 1;
        });
        return size++;
    }

    IpAddress get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        long v = values[index];
        return v >= 0 ? IpAddress.ipv4(v) : ipv6.get((int) (-1 - v));
    }
}

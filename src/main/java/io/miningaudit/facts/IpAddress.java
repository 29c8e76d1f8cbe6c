package io.miningaudit.facts;

/**
 * An IP address as a value: equal, hashed and shown by its canonical form (RULES.md "Distinct IPs"), so one address
 * written four ways is one address. The canonical form of an IPv4 address is its dotted decimal, of an IPv4-mapped
 * IPv6 address ({@code ::ffff:198.18.0.1}) that of the IPv4 address it maps, of any other IPv6 address RFC 5952's
 * (lower case, no leading zeros, the longest run of two or more zero groups, the first of equals, as {@code ::}).
 * The address is held as its 128 bits, an IPv4 address as its IPv4-mapped IPv6 address.
 */
public final class IpAddress {
    /** The IPv4-mapped prefix {@code ::ffff:0:0/96}, in the low 64 bits. */
    private static final long MAPPED = 0xffffL << 32;

    private final long high;
    private final long low;

    private IpAddress(long high, long low) {
        this.high = high;
        this.low = low;
    }

    /** The IPv4 address of an unsigned 32-bit number. */
    public static IpAddress ipv4(long value) {
        if (value < 0 || value > 0xffffffffL) {
            throw new IllegalArgumentException("not a 32-bit IPv4 address: " + value);
        }
        return new IpAddress(0, MAPPED | value);
    }

    /** The address a text writes, or an {@link IllegalArgumentException} when it writes none. */
    public static IpAddress parse(String text) {
        IpAddress address = tryParse(text);
        if (address == null) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IPv4 or IPv6 address");
        }
        return address;
    }

    /**
     * The address a text writes, or null: a dotted-quad IPv4 address (four decimals 0 to 255, none with a leading
     * zero), or an IPv6 address in any textual form of RFC 4291 (hexadecimal groups of one to four digits, at most
     * one {@code ::}, the last 32 bits optionally as a dotted quad), without a zone index or brackets.
     */
    public static IpAddress tryParse(String text) {
        if (text.indexOf(':') < 0) {
            long v4 = dottedQuad(text, 0, text.length());
            return v4 < 0 ? null : ipv4(v4);
        }
        return ipv6(text);
    }

    /** Whether this is an IPv4 address (or an IPv4-mapped IPv6 one, which is the same address). */
    public boolean isIpv4() {
        return high == 0 && (low & 0xffffffff00000000L) == MAPPED;
    }

    /** The IPv4 address as an unsigned 32-bit number, or -1 when this is an IPv6 address. */
    public long ipv4Value() {
        return isIpv4() ? low & 0xffffffffL : -1;
    }

    /** The 128 bits, high half. */
    public long high() {
        return high;
    }

    /** The 128 bits, low half. */
    public long low() {
        return low;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress a && a.high == high && a.low == low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high) * 31 + Long.hashCode(low);
    }

    /** The canonical form. */
    @Override
    public String toString() {
        if (isIpv4()) {
            long v = ipv4Value();
            return (v >>> 24) + "." + (v >>> 16 & 0xff) + "." + (v >>> 8 & 0xff) + "." + (v & 0xff);
        }
        int[] groups = new int[8];
        for (int g = 0; g < 8; g++) {
            groups[g] = (int) ((g < 4 ? high : low) >>> (48 - 16 * (g % 4)) & 0xffff);
        }
        int runStart = -1;
        int runLength = 1;
        for (int g = 0; g < 8; ) {
            if (groups[g] != 0) {
                g++;
                continue;
            }
            int end = g;
            while (end < 8 && groups[end] == 0) {
                end++;
            }
            if (end - g > runLength) {
                runStart = g;
                runLength = end - g;
            }
            g = end;
        }
        StringBuilder s = new StringBuilder(39);
        for (int g = 0; g < 8; g++) {
            if (g == runStart) {
                s.append("::");
                g += runLength - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(groups[g]));
        }
        return s.toString();
    }

    /** The dotted quad {@code text[from, to)} as an unsigned 32-bit number, or -1. */
    private static long dottedQuad(String text, int from, int to) {
        long value = 0;
        int parts = 0;
        int i = from;
        while (i < to) {
            int start = i;
            int part = 0;
            while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9' && i - start < 3) {
                part = part * 10 + (text.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || part > 255 || (digits > 1 && text.charAt(start) == '0')) {
                return -1;
            }
            value = value << 8 | part;
            parts++;
            if (i < to) {
                if (text.charAt(i) != '.' || parts == 4) {
                    return -1;
                }
                i++;
                if (i == to) {
                    return -1;
                }
            }
        }
        return parts == 4 ? value : -1;
    }

    private static IpAddress ipv6(String text) {
        int n = text.length();
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        int[] groups = new int[8];
        int count = 0;
        int gapAt = -1;
        int i = 0;
        if (gap == 0) {
            gapAt = 0;
            i = 2;
        }
        while (i < n) {
            int start = i;
            int value = 0;
            while (i < n && i - start < 5 && hex(text.charAt(i)) >= 0) {
                value = value << 4 | hex(text.charAt(i));
                i++;
            }
            if (i < n && text.charAt(i) == '.') {
                // The last 32 bits as a dotted quad: it must end the text and leave room for two groups.
                long v4 = dottedQuad(text, start, n);
                if (v4 < 0 || count > 6) {
                    return null;
                }
                groups[count++] = (int) (v4 >>> 16);
                groups[count++] = (int) (v4 & 0xffff);
                i = n;
                break;
            }
            if (i == start || i - start > 4 || count == 8) {
                return null;
            }
            groups[count++] = value;
            if (i == n) {
                break;
            }
            if (text.charAt(i) != ':') {
                return null;
            }
            if (i == gap) {
                gapAt = count;
                i += 2;
            } else {
                i++;
                if (i == n) {
                    return null;
                }
            }
        }
        if (gapAt < 0 ? count != 8 : count > 7) {
            return null;
        }
        int[] full = new int[8];
        if (gapAt < 0) {
            full = groups;
        } else {
            System.arraycopy(groups, 0, full, 0, gapAt);
            System.arraycopy(groups, gapAt, full, 8 - (count - gapAt), count - gapAt);
        }
        long high = 0;
        long low = 0;
        for (int g = 0; g < 4; g++) {
            high = high << 16 | full[g];
            low = low << 16 | full[g + 4];
        }
        return new IpAddress(high, low);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}

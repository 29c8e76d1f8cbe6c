package io.miningaudit.intake;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Checks of IP addresses and Unified Social Credit Codes. */
public final class Identifiers {
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    private Identifiers() {
    }

    /**
     * A dotted-quad IPv4 address as an unsigned 32-bit number, or -1 when the text is not one: four decimals 0 to
     * 255, none with a leading zero.
     */
    public static long ipv4(String ip) {
        long value = 0;
        int parts = 0;
        int i = 0;
        int n = ip.length();
        while (i < n) {
            int start = i;
            int part = 0;
            while (i < n && ip.charAt(i) >= '0' && ip.charAt(i) <= '9' && i - start < 3) {
                part = part * 10 + (ip.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || part > 255 || (digits > 1 && ip.charAt(start) == '0')) {
                return -1;
            }
            value = value << 8 | part;
            parts++;
            if (i < n) {
                if (ip.charAt(i) != '.' || parts == 4) {
                    return -1;
                }
                i++;
                if (i == n) {
                    return -1;
                }
            }
        }
        return parts == 4 ? value : -1;
    }

    /** A dotted-quad IPv4 address or an IPv6 address in any of its textual forms (no zone index). */
    public static boolean isIpAddress(String text) {
        if (ipv4(text) >= 0) {
            return true;
        }
        if (text.indexOf(':') < 0 || !IPV6_CHARS.matcher(text).matches()) {
            return false;
        }
        int dot = text.indexOf('.');
        if (dot >= 0 && !isIpAddress(text.substring(text.lastIndexOf(':') + 1))) {
            // An embedded IPv4 part (::ffff:1.2.3.4) follows the dotted-quad rules: no leading zeros.
            return false;
        }
        try {
            // A text with ':' is parsed as an IPv6 literal; the JDK does no name lookup for it.
            InetAddress.getByName(text);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Why a Unified Social Credit Code is invalid (GB 32100-2015), or null when it is valid. */
    public static String creditCodeProblem(String code) {
        if (code.length() != 18) {
            return "has " + code.length() + " characters; a Unified Social Credit Code has 18";
        }
        for (int i = 0; i < 18; i++) {
            if (CREDIT_ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "character '" + code.charAt(i) + "' at position " + (i + 1)
                        + " is not in the code's alphabet (digits and A-Y without I, O, S, V, Z)";
            }
        }
        char expected = creditCheckCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return "check character is '" + code.charAt(17) + "' but should be '" + expected + "'";
        }
        return null;
    }

    /** The check character for the first 17 characters of a code. */
    public static char creditCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CREDIT_ALPHABET.charAt(c == 31 ? 0 : c);
    }
}

package io.miningaudit.intake;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Checks of IP addresses and Unified Social Credit Codes. */
public final class Identifiers {
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern IPV4 = Pattern.compile("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    private Identifiers() {
    }

    /** A dotted-quad IPv4 address or an IPv6 address in any of its textual forms (no zone index). */
    public static boolean isIpAddress(String text) {
        if (IPV4.matcher(text).matches()) {
            for (String octet : text.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return false;
                }
            }
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

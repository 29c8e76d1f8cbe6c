package io.miningaudit.intake;

import io.miningaudit.facts.IpAddress;

/** Checks of IP addresses and Unified Social Credit Codes. */
public final class Identifiers {
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Identifiers() {
    }

    /** A dotted-quad IPv4 address or an IPv6 address in any of its textual forms (no zone index): {@link IpAddress}. */
    public static boolean isIpAddress(String text) {
        return IpAddress.tryParse(text) != null;
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

package io.miningaudit.facts;

/** Which test of the load-profile screening an account's load passed: flat, a jump, or both. */
public enum LoadSignal {
    FLAT, JUMP, FLAT_AND_JUMP;

    /** The signal of the tests passed, or null for none. */
    public static LoadSignal of(boolean flat, boolean jump) {
        if (flat && jump) {
            return FLAT_AND_JUMP;
        }
        return flat ? FLAT : jump ? JUMP : null;
    }
}

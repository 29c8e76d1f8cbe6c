package io.miningaudit.cli;

/** The exit codes of REPORT.md. */
public final class ExitCodes {
    public static final int DONE = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int INVALID_CASE = 3;
    public static final int INVALID_RULES = 4;
    public static final int RULE_TESTS_FAILED = 5;
    /** The ledger cannot be opened, holds another schema or something else, or refused the audit. */
    public static final int LEDGER = 6;

    private ExitCodes() {
    }
}

package io.miningaudit.ledger;

/**
 * The ledger could not be opened, holds another schema version or something else than a ledger, or refused an
 * audit: the command ends with exit code 6 and writes no report.
 */
public class LedgerException extends Exception {
    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}

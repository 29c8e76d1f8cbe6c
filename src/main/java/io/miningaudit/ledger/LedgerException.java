package io.miningaudit.ledger;

/**
 * The ledger could not be opened, holds another schema version or something else than a ledger, or refused an
 * audit: the command ends with exit code 6 and writes no report.
 */
public class LedgerException extends Exception {
    /** The report was written before the ledger failed (its commit did): the files are there, unrecorded. */
    private final boolean reportWritten;

    public LedgerException(String message) {
        this(message, null, false);
    }

    public LedgerException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public LedgerException(String message, Throwable cause, boolean reportWritten) {
        super(message, cause);
        this.reportWritten = reportWritten;
    }

    public boolean reportWritten() {
        return reportWritten;
    }
}

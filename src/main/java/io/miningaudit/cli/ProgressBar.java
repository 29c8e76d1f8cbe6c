package io.miningaudit.cli;

import io.miningaudit.engine.Auditor;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error for long audits: the stage, and for the audit the parts done. Silent
 * when standard error is not a terminal (a pipe, a file, a test), so logs and CI output stay clean.
 */
final class ProgressBar implements Auditor.Progress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean on;

    ProgressBar(PrintStream err, boolean on) {
        this.err = err;
        this.on = on;
    }

    /** On only when the process has a console; {@code System.console()} is null when output is redirected. */
    static ProgressBar forTerminal() {
        return new ProgressBar(System.err, System.console() != null);
    }

    void stage(String text) {
        if (on) {
            err.print("\r\033[K" + text);
            err.flush();
        }
    }

    @Override
    public void partsDone(int done, int total) {
        if (on) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            stage(String.format(Locale.ROOT, "auditing [%s%s] %d/%d parts", "#".repeat(filled),
                    ".".repeat(WIDTH - filled), done, total));
        }
    }

    void done() {
        stage("");
    }
}

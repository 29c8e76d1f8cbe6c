package io.miningaudit.cli;

import io.miningaudit.engine.RuleProblem;
import io.miningaudit.pipeline.AuditPipeline;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A one-line progress bar on standard error for long audits: the records read, the parts audited, the report's rows
 * written. Silent
 * when standard error is not a terminal (a pipe, a file, a test), so logs and CI output stay clean.
 */
final class ProgressBar implements AuditPipeline.Listener {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean on;

    ProgressBar(PrintStream err, boolean on) {
        this.err = err;
        this.on = on;
    }

    /** The property the launcher sets to true when standard error is a terminal ({@code [ -t 2 ]}). */
    static final String PROPERTY = "mining-audit.progress";

    /**
     * On only when the launcher found standard error to be a terminal. Java cannot tell that itself:
     * {@code System.console()} looks at standard input and output, so {@code 2> file} would fill the file.
     */
    static ProgressBar forTerminal() {
        return new ProgressBar(System.err, Boolean.getBoolean(PROPERTY));
    }

    /** This bar as the pipeline's listener, handing the rules' warnings to {@code onWarnings}. */
    AuditPipeline.Listener listener(Consumer<List<RuleProblem>> onWarnings) {
        ProgressBar bar = this;
        return new AuditPipeline.Listener() {
            @Override
            public void stage(String what) {
                bar.stage(what);
            }

            @Override
            public void rulesWarned(List<RuleProblem> warnings) {
                onWarnings.accept(warnings);
            }

            @Override
            public void recordsRead(long records) {
                bar.recordsRead(records);
            }

            @Override
            public void partsDone(int done, int total) {
                bar.partsDone(done, total);
            }

            @Override
            public void rowsWritten(long rows) {
                bar.rowsWritten(rows);
            }
        };
    }

    @Override
    public void stage(String text) {
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

    @Override
    public void recordsRead(long records) {
        stage(String.format(Locale.ROOT, "reading: %,d records", records));
    }

    @Override
    public void rowsWritten(long rows) {
        stage(String.format(Locale.ROOT, "writing the report: %,d rows", rows));
    }

    void done() {
        stage("");
    }
}

package io.miningaudit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options of a command that audits a case: where its files go and the audit's as-of date. */
public class CaseOptions {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Where the files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The audit's reference date, YYYY-MM-DD (default: the case's asOf, else today).")
    LocalDate asOf;

    /**
     * Bad usage, exit 2, before any rule is compiled or the case read: a case file that is missing or cannot be read,
     * an {@code --out} that cannot be a folder.
     */
    void check(Path caseFile) throws UsageException {
        new UsageChecks().caseFile(caseFile).outFolder("--out", out).orThrow();
    }
}

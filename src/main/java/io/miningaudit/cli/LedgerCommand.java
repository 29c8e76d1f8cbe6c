package io.miningaudit.cli;

import io.miningaudit.ledger.Ledger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mining-audit ledger check}: the ledger across audits. */
@Command(name = "ledger", subcommands = {LedgerCommand.Check.class},
        description = "The ledger across audits that 'audit --ledger FILE' records in: 'ledger check' shows its"
                + " schema version and what it holds.")
public class LedgerCommand extends CommandGroup {

    /** {@code ledger check --ledger FILE}: the schema version and the rows of each table. */
    @Command(name = "check", description = "Open the ledger (migrating an older schema), print its schema version"
            + " and how many audits, findings and data issues it holds; exit 6 when it cannot be opened.")
    static class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        LedgerCommand ledgerCommand;

        @Option(names = "--ledger", paramLabel = "FILE", required = true, description = "The ledger (SQLite) file.")
        Path file;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Ledger ledger = Ledger.open(file, ledgerCommand.parent.clock())) {
                Map<String, Long> counts = ledger.counts();
                out.printf(Locale.ROOT, "%s: ledger schema version %s; %,d audits, %,d findings, %,d data issues%n",
                        file, Ledger.SCHEMA_VERSION, counts.get("ledger_audit"), counts.get("ledger_finding"),
                        counts.get("ledger_issue"));
            }
            return ExitCodes.DONE;
        }
    }
}

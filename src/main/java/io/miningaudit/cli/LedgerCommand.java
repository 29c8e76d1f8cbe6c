package io.miningaudit.cli;

import io.miningaudit.facts.SinceLastAudit;
import io.miningaudit.ledger.Ledger;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mining-audit ledger check}: the ledger across audits. */
@Command(name = "ledger", subcommands = {LedgerCommand.Status.class, LedgerCommand.Clear.class,
    LedgerCommand.History.class, LedgerCommand.Export.class, LedgerCommand.Check.class},
        description = "The ledger across audits that 'audit --ledger FILE' records in: 'ledger status' how each"
                + " finding of each case's latest audit stands, 'ledger clear' records a clearing, 'ledger history'"
                + " an entity's audits and clearings, 'ledger export' the whole ledger as a workbook, 'ledger check'"
                + " its schema version and what it holds.")
public class LedgerCommand extends CommandGroup {

    /** A subcommand of {@code ledger}: the ledger it opens. */
    @Command
    abstract static class OnLedger implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        LedgerCommand ledgerCommand;

        @Option(names = "--ledger", paramLabel = "LEDGER", defaultValue = "${env:MINING_AUDIT_LEDGER}",
                description = "The ledger: a SQLite file or jdbc:postgresql://HOST/DB (credentials from"
                        + " MINING_AUDIT_LEDGER_USER and MINING_AUDIT_LEDGER_PASSWORD or _PASSWORD_FILE); default: the"
                        + " environment's MINING_AUDIT_LEDGER.")
        String file;

        Ledger open() throws io.miningaudit.ledger.LedgerException, UsageException {
            if (file == null || file.isBlank()) {
                throw new UsageException(List.of("--ledger: no ledger named (give --ledger LEDGER, or set"
                        + " MINING_AUDIT_LEDGER)"));
            }
            return Ledger.open(file, System.getenv(), ledgerCommand.parent.clock());
        }
    }

    /** {@code ledger export --out FILE.xlsx}: the whole ledger as a workbook. */
    @Command(name = "export", description = "Write the whole ledger to a workbook: a sheet each for the audits, the"
            + " findings, the data issues and the clearings, dates as dates and amounts as numbers.")
    static class Export extends OnLedger {
        @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "The workbook to write.")
        java.nio.file.Path out;

        @Override
        public Integer call() throws Exception {
            try (Ledger ledger = open()) {
                ledger.export(out);
            }
            spec.commandLine().getOut().println("Wrote " + out);
            return ExitCodes.DONE;
        }
    }

    /** {@code ledger check --ledger FILE}: the schema version and the rows of each table. */
    @Command(name = "check", description = "Open the ledger (migrating an older schema), print its schema version"
            + " and how many audits, findings and data issues it holds; exit 6 when it cannot be opened.")
    static class Check extends OnLedger {

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Ledger ledger = open()) {
                Map<String, Long> counts = ledger.counts();
                out.printf(Locale.ROOT, "%s: ledger schema version %s; %,d audits, %,d findings, %,d data issues,"
                        + " %,d clearings%n", file, ledger.schemaVersion(), counts.get("ledger_audit"),
                        counts.get("ledger_finding"), counts.get("ledger_issue"), counts.get("ledger_clearing"));
            }
            return ExitCodes.DONE;
        }
    }

    /** {@code ledger status}: the latest audit of each case, each finding's status, as a table. */
    @Command(name = "status", description = "Print how each finding of each case's latest audit stands against the"
            + " audit before it: NEW, CONTINUING, CHANGED (with the delta) or RESOLVED, its deadline, whether it is"
            + " overdue, when it was cleared, and the clearing a new finding of a cleared unit repeats.")
    static class Status extends OnLedger {

        @Option(names = "--case", paramLabel = "ID", description = "Only this case.")
        String caseId;

        @Option(names = "--entity", paramLabel = "ID", description = "Only the findings of this entity.")
        String entityId;

        @Option(names = "--overdue", description = "Only the findings whose deadline passed uncleared.")
        boolean overdue;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Ledger ledger = open()) {
                String format = "%-16s %-10s %-44s %-12s %-10s %14s %14s %-10s %-7s %-10s %s%n";
                out.printf(Locale.ROOT, format, "case", "as of", "finding", "entity", "status", "amount (CNY)",
                        "delta (CNY)", "deadline", "overdue", "cleared", "repeat of");
                for (Ledger.CaseStatus c : ledger.status(caseId)) {
                    for (SinceLastAudit r : c.rows()) {
                        if ((entityId != null && !entityId.equals(r.getEntityId())) || (overdue && !r.isOverdue())) {
                            continue;
                        }
                        out.printf(Locale.ROOT, format, c.caseId(), c.asOf(), r.getFindingId(), r.getEntityId(),
                                r.getStatus(), money(r.getAmountNow()), money(r.getDelta()), text(r.getDeadline()),
                                r.isOverdue() ? "yes" : "", text(r.getClearedOn()), text(r.getRepeatOf()));
                    }
                }
            }
            return ExitCodes.DONE;
        }

        private static String money(java.math.BigDecimal value) {
            return value == null ? "" : String.format(Locale.ROOT, "%,.2f", value);
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }

    /** {@code ledger clear FINDING-ID --on DATE --by NAME --note TEXT}: a clearing (销号). */
    @Command(name = "clear", description = "Record that a finding was cleared (销号): on which day, by whom and why."
            + " A later audit shows it cleared, not overdue; a new finding of the same entity after it is a repeat"
            + " that names this clearing.")
    static class Clear extends OnLedger {

        @picocli.CommandLine.Parameters(paramLabel = "FINDING-ID", description = "The finding, as the report names it.")
        String findingId;

        @Option(names = "--case", paramLabel = "ID", description = "The case, when audits of several hold the finding.")
        String caseId;

        @Option(names = "--on", paramLabel = "DATE", required = true, converter = Converters.Date.class,
                description = "The day it was cleared (YYYY-MM-DD).")
        java.time.LocalDate on;

        @Option(names = "--by", paramLabel = "NAME", required = true, description = "Who cleared it.")
        String by;

        @Option(names = "--note", paramLabel = "TEXT", required = true, description = "Why: what was done.")
        String note;

        @Override
        public Integer call() throws Exception {
            try (Ledger ledger = open()) {
                ledger.clear(caseId, findingId, on, by, note);
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "Cleared %s on %s by %s in %s%n", findingId, on, by, file);
            return ExitCodes.DONE;
        }
    }

    /** {@code ledger history ENTITY}: every audit and clearing of an entity, in order. */
    @Command(name = "history", description = "Print every audit that found something of an entity and every clearing"
            + " of one of its findings, in the order of their days.")
    static class History extends OnLedger {

        @picocli.CommandLine.Parameters(paramLabel = "ENTITY", description = "The entity's id.")
        String entityId;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Ledger ledger = open()) {
                for (Ledger.Event e : ledger.history(entityId)) {
                    out.printf(Locale.ROOT, "%s  %-8s %-16s %s%n", e.on(), e.kind(), e.caseId(), e.detail());
                }
            }
            return ExitCodes.DONE;
        }
    }
}

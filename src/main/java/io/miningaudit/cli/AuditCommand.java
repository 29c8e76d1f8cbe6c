package io.miningaudit.cli;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Counts;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.SinceLastAudit;
import io.miningaudit.pipeline.AuditPipeline;
import io.miningaudit.report.Provenance;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mining-audit audit CASE}: compiles the rules, reads the case, audits it and writes the two report files. */
@Command(name = "audit",
        description = "Audit one case (a .json, .yaml, .yml or .xlsx file, or a folder of .csv files) and write"
                + " <out>/<caseId>_<asOf>.xlsx and .json.")
public class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    MiningAudit parent;

    @Parameters(paramLabel = "CASE", description = "The case file.")
    Path caseFile;

    @Mixin
    RulesOption rulesOption;

    @Mixin
    CaseOptions options;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = Converters.Lang.class,
            description = "The workbook's language: en (default; the contract's names and codes) or zh-CN (sheet"
                    + " names, headers, code labels and explanations in Chinese). The findings JSON is the same in"
                    + " both.")
    io.miningaudit.engine.Language lang;

    @Option(names = "--notices", description = "Also write one Word notice per entity with a measure (leads aside),"
            + " in the workbook's language: <out>/<caseId>_<asOf>_notices/<entityId>.docx.")
    boolean notices;

    @Option(names = "--ledger", paramLabel = "LEDGER", description = "Record the audit, every finding and data issue,"
            + " in the ledger: a SQLite file (made when it does not exist) or jdbc:postgresql://HOST/DB (user and"
            + " password from MINING_AUDIT_LEDGER_USER and MINING_AUDIT_LEDGER_PASSWORD or _PASSWORD_FILE). An"
            + " audit as of a day the ledger already holds for the case, or an earlier one, is refused (exit 6)"
            + " unless --replace.")
    String ledger;

    @Option(names = "--replace", description = "With --ledger: record the audit in place of the case's audits as of"
            + " the same day or later.")
    boolean replace;

    @Override
    public Integer call() throws Exception {
        options.check(caseFile);
        if (replace && ledger == null) {
            throw new UsageException(List.of("--replace: only with --ledger FILE"));
        }
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar progress = ProgressBar.forTerminal();
        AuditPipeline.Report report;
        try {
            report = new AuditPipeline(parent.clock(), Version.current()).withListener(progress.listener(warnings -> {
                progress.done();
                warnings.forEach(err::println);
            })).in(lang).withNotices(notices).recordingIn(ledger, replace)
                    .run(rulesOption.resolve(), caseFile, options.asOf, options.out);
        } finally {
            progress.done();
        }
        printSummary(spec.commandLine().getOut(), report.result(), report.provenance(), report.written());
        if (report.sinceLastAudit() != null) {
            spec.commandLine().getOut().println("  " + sinceLastAudit(report.sinceLastAudit()) + "; recorded in "
                    + ledger);
        }
        return ExitCodes.DONE;
    }

    /** The ledger's line of the printed summary: how many findings are new, changed, resolved and overdue. */
    static String sinceLastAudit(List<SinceLastAudit> rows) {
        java.util.Map<SinceLastAudit.Status, Long> by = new java.util.EnumMap<>(
                SinceLastAudit.Status.class);
        rows.forEach(r -> by.merge(r.getStatus(), 1L, Long::sum));
        return String.format(Locale.ROOT, "since the last audit: %,d new, %,d changed, %,d resolved, %,d continuing"
                        + " | %,d overdue",
                by.getOrDefault(SinceLastAudit.Status.NEW, 0L),
                by.getOrDefault(SinceLastAudit.Status.CHANGED, 0L),
                by.getOrDefault(SinceLastAudit.Status.RESOLVED, 0L),
                by.getOrDefault(SinceLastAudit.Status.CONTINUING, 0L),
                rows.stream().filter(SinceLastAudit::isOverdue).count());
    }

    private static void printSummary(PrintWriter out, AuditResult result, Provenance p, List<Path> written) {
        Counts t = result.summary().total();
        boolean readings = !result.facts().getDailyReadings().isEmpty() || !result.loadLeads().isEmpty();
        out.printf(Locale.ROOT, "Case %s%s, as of %s: %d findings, %d inspection leads%s, %d data issues%n", p.caseId(),
                p.title() == null ? "" : " (" + p.title() + ")", p.asOf(), result.findings().size(),
                result.leads().size(), readings ? ", " + result.loadLeads().size() + " load-profile leads" : "",
                result.dataIssues().size());
        out.printf(Locale.ROOT, "  IPs detected %,d | public units detected %,d | deliberate cases %,d"
                + " | passive cases %,d | machines confiscated %s | persons referred %,d%n", t.ipsDetected(),
                t.publicUnitsDetected(), t.deliberateCases(), t.passiveCases(),
                t.machinesConfiscated().toPlainString(), t.personsReferred());
        out.println("  " + String.join(" | ",
                amount(t, "surcharge", Measure.PUNITIVE_SURCHARGE, t.surchargeCny(), "%,.2f CNY"),
                amount(t, "back-payment", Measure.BACK_PAYMENT, t.backPaymentCny(), "%,.2f CNY"),
                amount(t, "liquidated penalty", Measure.LIQUIDATED_PENALTY, t.liquidatedPenaltyCny(), "%,.2f CNY"),
                amount(t, "illegal gains", Measure.ILLEGAL_GAINS_CONFISCATION, t.illegalGainsCny(), "%,.2f CNY"),
                amount(t, "energy double-count", Measure.ENERGY_DOUBLE_COUNT, t.energyDoubleCountKwh(),
                        "%,.3f kWh")));
        written.forEach(path -> out.println("Wrote " + path));
    }

    /**
     * One amount of the printed summary; where data issues stopped some of it, "not computed" (for a zero) or the
     * amount, with the number of data issues beside it.
     */
    static String amount(Counts t, String label, Measure measure, BigDecimal value, String format) {
        long stopped = t.notComputed(measure);
        if (stopped == 0) {
            return label + " " + String.format(Locale.ROOT, format, value);
        }
        String issues = stopped + (stopped == 1 ? " data issue" : " data issues");
        return label + " " + (value.signum() == 0 ? "not computed (" + issues + ")"
                : String.format(Locale.ROOT, format, value) + " (not computed where " + issues + ")");
    }
}

package io.miningaudit.cli;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Auditor;
import io.miningaudit.engine.Counts;
import io.miningaudit.engine.RuleBase;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.intake.CaseReader;
import io.miningaudit.engine.Hashes;
import io.miningaudit.report.Provenance;
import io.miningaudit.report.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
@Command(name = "audit", description = "Audit one case (a .json, .yaml, .yml or .xlsx file, or a folder of .csv files) and write"
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

    @Override
    public Integer call() throws Exception {
        options.check(caseFile);
        Path rulesDir = rulesOption.resolve();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar progress = ProgressBar.forTerminal();
        AuditResult result;
        List<Path> written;
        Provenance provenance;
        try {
            // The rules compile before any case data is read: a broken rule base never touches the case.
            progress.stage("compiling rules " + rulesDir);
            RuleBase rules = RuleBase.compile(rulesDir);
            // Each input is hashed as soon as it is read, so that the report names what was audited even when a
            // file is saved again during a long audit.
            String rulesSha256 = Hashes.sha256(rulesDir);
            if (!rules.warnings().isEmpty()) {
                progress.done();
                rules.warnings().forEach(err::println);
            }
            progress.stage("reading " + caseFile);
            CaseFile facts = new CaseReader(parent.clock()).withProgress(progress).read(caseFile, options.asOf);
            String caseSha256 = Hashes.sha256(caseFile);
            ReportWriter.checkTargets(facts.getCaseInfo().getId(), facts.getCaseInfo().getAsOf(), options.out);
            result = new Auditor(rules).audit(facts, progress);
            progress.stage("writing the report");
            provenance = new Provenance(facts.getCaseInfo().getId(), facts.getCaseInfo().getTitle(),
                    facts.getCaseInfo().getAsOf(), OffsetDateTime.now(parent.clock()).truncatedTo(ChronoUnit.SECONDS),
                    Version.current(), rulesSha256, caseSha256);
            written = new ReportWriter().withProgress(progress).write(result, provenance, options.out);
        } finally {
            progress.done();
        }
        printSummary(spec.commandLine().getOut(), result, provenance, written);
        return ExitCodes.DONE;
    }

    private static void printSummary(PrintWriter out, AuditResult result, Provenance p, List<Path> written) {
        Counts t = result.summary().total();
        out.printf(Locale.ROOT, "Case %s%s, as of %s: %d findings, %d inspection leads, %d data issues%n", p.caseId(),
                p.title() == null ? "" : " (" + p.title() + ")", p.asOf(), result.findings().size(),
                result.leads().size(), result.dataIssues().size());
        out.printf(Locale.ROOT, "  IPs detected %,d | public units detected %,d | deliberate cases %,d | passive cases %,d"
                        + " | machines confiscated %s | persons referred %,d%n", t.ipsDetected(), t.publicUnitsDetected(),
                t.deliberateCases(), t.passiveCases(), t.machinesConfiscated().toPlainString(), t.personsReferred());
        out.printf(Locale.ROOT, "  surcharge %,.2f CNY | back-payment %,.2f CNY | liquidated penalty %,.2f CNY"
                        + " | illegal gains %,.2f CNY | energy double-count %,.3f kWh%n", t.surchargeCny(),
                t.backPaymentCny(), t.liquidatedPenaltyCny(), t.illegalGainsCny(), t.energyDoubleCountKwh());
        written.forEach(path -> out.println("Wrote " + path));
    }
}

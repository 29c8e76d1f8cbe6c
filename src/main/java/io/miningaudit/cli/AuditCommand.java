package io.miningaudit.cli;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Counts;
import io.miningaudit.pipeline.AuditPipeline;
import io.miningaudit.report.Provenance;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Override
    public Integer call() throws Exception {
        options.check(caseFile);
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar progress = ProgressBar.forTerminal();
        AuditPipeline.Report report;
        try {
            report = new AuditPipeline(parent.clock(), Version.current()).withListener(progress.listener(warnings -> {
                progress.done();
                warnings.forEach(err::println);
            })).run(rulesOption.resolve(), caseFile, options.asOf, options.out);
        } finally {
            progress.done();
        }
        printSummary(spec.commandLine().getOut(), report.result(), report.provenance(), report.written());
        return ExitCodes.DONE;
    }

    private static void printSummary(PrintWriter out, AuditResult result, Provenance p, List<Path> written) {
        Counts t = result.summary().total();
        out.printf(Locale.ROOT, "Case %s%s, as of %s: %d findings, %d inspection leads, %d data issues%n", p.caseId(),
                p.title() == null ? "" : " (" + p.title() + ")", p.asOf(), result.findings().size(),
                result.leads().size(), result.dataIssues().size());
        out.printf(Locale.ROOT, "  IPs detected %,d | public units detected %,d | deliberate cases %,d | passive "
                + "cases %,d"
                        + " | machines confiscated %s | persons referred %,d%n", t.ipsDetected(),
                                t.publicUnitsDetected(),
                t.deliberateCases(), t.passiveCases(), t.machinesConfiscated().toPlainString(), t.personsReferred());
        out.printf(Locale.ROOT, "  surcharge %,.2f CNY | back-payment %,.2f CNY | liquidated penalty %,.2f CNY"
                        + " | illegal gains %,.2f CNY | energy double-count %,.3f kWh%n", t.surchargeCny(),
                t.backPaymentCny(), t.liquidatedPenaltyCny(), t.illegalGainsCny(), t.energyDoubleCountKwh());
        written.forEach(path -> out.println("Wrote " + path));
    }
}

package io.miningaudit.cli;

import io.miningaudit.engine.AuditDiff;
import io.miningaudit.engine.AuditResult;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.pipeline.AuditPipeline;
import io.miningaudit.report.DiffWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mining-audit diff CASE --before DIR --after DIR}: what a rule edit changes in one case's audit. */
@Command(name = "diff",
        description = "Audit one case with two rules folders and write <out>/<caseId>_<asOf>_diff.xlsx: findings"
                + " added, removed and changed, and totals by rule, province and account.")
public class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    MiningAudit parent;

    @Parameters(paramLabel = "CASE", description = "The case file.")
    Path caseFile;

    @Option(names = "--before", paramLabel = "DIR", required = true, description = "The rules folder before the edit.")
    Path before;

    @Option(names = "--after", paramLabel = "DIR", required = true, description = "The rules folder after the edit.")
    Path after;

    @Mixin
    CaseOptions options;

    @Override
    public Integer call() throws Exception {
        options.check(caseFile);
        AuditPipeline pipeline = new AuditPipeline(parent.clock(), Version.current());
        AuditPipeline.Rules beforeRules = pipeline.compile(before);
        AuditPipeline.Rules afterRules = pipeline.compile(after);
        AuditPipeline.Case read = pipeline.read(caseFile, options.asOf, beforeRules.ruleBase(),
                afterRules.ruleBase());
        CaseFile facts = read.facts();
        AuditResult was = pipeline.audit(beforeRules.ruleBase(), facts);
        AuditResult is = pipeline.audit(afterRules.ruleBase(), facts);
        AuditDiff diff = AuditDiff.between(was, is);
        DiffWriter.Sides sides = new DiffWriter.Sides(facts.getCaseInfo().getId(), facts.getCaseInfo().getAsOf(),
                before, beforeRules.sha256(), after, afterRules.sha256(), read.sha256());
        Path written = new DiffWriter().write(diff, sides, options.out);
        PrintWriter o = spec.commandLine().getOut();
        o.println(diff.headline());
        o.println("Wrote " + written);
        return ExitCodes.DONE;
    }
}

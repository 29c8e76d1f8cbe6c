package io.miningaudit.cli;

import io.miningaudit.engine.RuleBase;
import io.miningaudit.ruletests.ScenarioResult;
import io.miningaudit.ruletests.ScenarioRunner;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mining-audit test-rules}: runs the scenarios under {@code <rules>/tests} and prints a pass/fail table. */
@Command(name = "test-rules",
        description = "Run the rule tests in <rules>/tests (YAML or JSON scenarios). Exit 5 when any fails.")
public class TestRulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    MiningAudit parent;

    @Mixin
    RulesOption rulesOption;

    @Override
    public Integer call() throws Exception {
        RuleBase rules = RuleBase.compile(rulesOption.resolve());
        PrintWriter out = spec.commandLine().getOut();
        List<ScenarioResult> results = new ScenarioRunner(rules, parent.clock()).runAll();
        if (results.isEmpty()) {
            out.println("no rule tests in " + rules.dir().resolve("tests"));
            return ExitCodes.DONE;
        }
        int width = results.stream().mapToInt(r -> rules.dir().relativize(r.file()).toString().length()).max()
                .orElse(10);
        for (ScenarioResult r : results) {
            out.printf("%s  %-" + width + "s  %s%n", r.passed() ? "PASS" : "FAIL", rules.dir().relativize(r.file()),
                    r.name());
            r.details().forEach(d -> out.println("        " + d.replace("\n", "\n        ")));
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.printf("%d passed, %d failed%n", results.size() - failed, failed);
        return failed == 0 ? ExitCodes.DONE : ExitCodes.RULE_TESTS_FAILED;
    }
}

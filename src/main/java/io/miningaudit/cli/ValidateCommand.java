package io.miningaudit.cli;

import io.miningaudit.engine.RuleBase;
import io.miningaudit.engine.RulesException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mining-audit validate}: compiles and checks the rules, and prints every problem. */
@Command(name = "validate",
        description = "Compile and check the rules folder; print every problem. Exit 4 on any error.")
public class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rulesOption;

    @Override
    public Integer call() throws RulesException {
        RuleBase rules = RuleBase.compile(rulesOption.resolve());
        PrintWriter out = spec.commandLine().getOut();
        rules.warnings().forEach(w -> spec.commandLine().getErr().println(w));
        long files = rules.rules().stream().map(r -> r.source()).distinct().count();
        out.printf("%s: %d rules in %d files compile; parameters %s%n", rules.dir(), rules.rules().size(), files,
                String.join(", ", rules.parameters().values().stream().sorted(
                        java.util.Comparator.comparing(p -> p.getName()))
                        .map(p -> p.getName() + "=" + p.getValue()).toList()));
        return ExitCodes.DONE;
    }
}

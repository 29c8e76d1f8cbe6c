package io.miningaudit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mining-audit bench rules|scale}: the two benchmarks. Figures from a shared machine are noisy: the ratio
 * measured in one run is what to compare.
 */
@Command(name = "bench", subcommands = {RulesBenchCommand.class, ScaleBenchCommand.class},
        description = "Benchmarks: 'bench rules' times the electricity rules' share of an audit; 'bench scale' how"
                + " an audit's cost grows against the I/O floor.")
public class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    MiningAudit parent;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}

package io.miningaudit.cli;

import picocli.CommandLine.Command;

/**
 * {@code mining-audit bench rules|scale|leads}: the benchmarks. Figures from a shared machine are noisy: the ratio
 * measured in one run is what to compare.
 */
@Command(name = "bench", subcommands = {RulesBenchCommand.class, ScaleBenchCommand.class, LeadsBenchCommand.class},
        description = "Benchmarks: 'bench rules' times the electricity rules' share of an audit; 'bench scale' how"
                + " an audit's cost grows against the I/O floor; 'bench leads' the load-profile screening against"
                + " the generator's truth.")
public class BenchCommand extends CommandGroup {
}

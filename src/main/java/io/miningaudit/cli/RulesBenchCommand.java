package io.miningaudit.cli;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.RuleBase;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.generate.ScaleCase;
import io.miningaudit.pipeline.AuditPipeline;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mining-audit bench rules}: times the audit of a generated case with the full rules and, in the same run,
 * with the rules less the electricity files, and prints both and their ratio.
 */
@Command(name = "rules",
        description = "Time an audit of a generated case with all rules and without the electricity rules; print the"
                + " times, their ratio and the peak heap.")
public class RulesBenchCommand implements Callable<Integer> {
    /** The shipped files of RULES.md "Electricity" and "The surcharge schedule", relative to the rules folder. */
    static final List<String> ELECTRICITY = List.of("surcharges", "hainan2021", "supplyrules",
            "ndrc1283/electricity.drl");

    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Mixin
    RulesOption rulesOption;

    @Option(names = "--cycles", defaultValue = "100000", converter = Converters.Positive.class,
            description = "Consumption cycles in the case (default: ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--repeat", defaultValue = "3", converter = Converters.Positive.class,
            description = "Timed runs of each, after one warm-up (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--seed", defaultValue = "2021",
            description = "Seed of the generated case (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path rulesDir = rulesOption.resolve();
        Path baseline = Files.createTempDirectory("mining-audit-bench-rules");
        AuditPipeline pipeline = new AuditPipeline(bench.parent.clock(), Version.current());
        try {
            Benchmarks.copyWithout(rulesDir, baseline, ELECTRICITY);
            RuleBase full = pipeline.compile(rulesDir).ruleBase();
            RuleBase without = pipeline.compile(baseline).ruleBase();
            CaseFile facts = ScaleCase.withCycles(cycles, seed);
            out.printf(Locale.ROOT, "case: %,d entities, %,d accounts, %,d consumption cycles (seed %d); %d cores,"
                            + " max heap %,d MiB%n", facts.getEntities().size(), facts.getAccounts().size(),
                    facts.getConsumption().size(), seed, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            time(pipeline, without, facts);
            time(pipeline, full, facts);
            List<Double> base = new ArrayList<>();
            List<Double> all = new ArrayList<>();
            AuditResult last = null;
            Benchmarks.resetPeaks();
            for (int i = 0; i < repeat; i++) {
                base.add(time(pipeline, without, facts));
                long start = System.nanoTime();
                last = pipeline.audit(full, facts);
                all.add((System.nanoTime() - start) / 1e9);
            }
            double b = Benchmarks.median(base);
            double a = Benchmarks.median(all);
            out.printf(Locale.ROOT, "without electricity rules: median %.2f s of %d runs %s%n", b, repeat, base);
            out.printf(Locale.ROOT, "with all rules:            median %.2f s of %d runs %s (%,d findings, %,d"
                    + " surcharge lines)%n", a, repeat, all, last.findings().size(), last.surchargeLines().size());
            out.printf(Locale.ROOT, "ratio all/without: %.2f; peak heap %,d MiB%n", a / b,
                    Benchmarks.peakHeap() >> 20);
            return ExitCodes.DONE;
        } finally {
            Benchmarks.deleteTree(baseline);
        }
    }

    private static double time(AuditPipeline pipeline, RuleBase rules, CaseFile facts) throws Exception {
        long start = System.nanoTime();
        pipeline.audit(rules, facts);
        return (System.nanoTime() - start) / 1e9;
    }
}

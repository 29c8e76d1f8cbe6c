package io.miningaudit.cli;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Auditor;
import io.miningaudit.engine.RuleBase;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.generate.CaseFileWriter;
import io.miningaudit.generate.CaseGenerator;
import io.miningaudit.generate.ScaleCase;
import io.miningaudit.intake.CaseReader;
import io.miningaudit.report.Provenance;
import io.miningaudit.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mining-audit bench}: times the audit of a generated case with the full rules and, in the same run, with the
 * rules less the electricity files, and prints both and their ratio. With {@code --sizes}, the scale benchmark: the
 * I/O floor and the full audit at each size, their ratio, peak heap and time per 1,000 entities. Figures from a shared machine are noisy: the
 * ratio from one run is what to compare.
 */
@Command(name = "bench", description = "Time an audit of a generated case with all rules and without the electricity rules; print the"
                + " times, their ratio and the peak heap. With --sizes: how cost grows against the I/O floor.")
public class BenchCommand implements Callable<Integer> {
    /** The shipped files of RULES.md "Electricity" and "The surcharge schedule", relative to the rules folder. */
    static final List<String> ELECTRICITY = List.of("surcharges", "hainan2021", "supplyrules",
            "ndrc1283/electricity.drl");

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rulesOption;

    @Option(names = "--cycles", defaultValue = "100000", converter = Converters.Positive.class, description = "Consumption cycles in the case (default: ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--repeat", defaultValue = "3", converter = Converters.Positive.class, description = "Timed runs of each, after one warm-up (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--seed", defaultValue = "2021", description = "Seed of the generated case (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sizes", split = ",", paramLabel = "N", converter = Converters.Positive.class,
            description = "Instead: the scale benchmark at these numbers of entities (e.g. 1000,5000,20000): the I/O"
                    + " floor, the full audit, their ratio, peak heap and time per 1,000 entities.")
    List<Integer> sizes;

    @Option(names = "--rate", defaultValue = "0.5", paramLabel = "R", converter = Converters.PositiveRate.class,
            description = "With --sizes: detections a day per entity, over 30 days (default: ${DEFAULT-VALUE}; 1 at"
                    + " 100000 entities is the national month, 3 million detections).")
    double rate;

    @ParentCommand
    MiningAudit parent;

    @Override
    public Integer call() throws Exception {
        if (sizes != null && !sizes.isEmpty()) {
            return scale();
        }
        PrintWriter out = spec.commandLine().getOut();
        Path rulesDir = rulesOption.resolve();
        Path baseline = Files.createTempDirectory("mining-audit-bench-rules");
        try {
            copyWithout(rulesDir, baseline, ELECTRICITY);
            RuleBase full = RuleBase.compile(rulesDir);
            RuleBase without = RuleBase.compile(baseline);
            CaseFile facts = ScaleCase.withCycles(cycles, seed);
            out.printf(Locale.ROOT, "case: %,d entities, %,d accounts, %,d consumption cycles (seed %d); %d cores, max heap %,d MiB%n",
                    facts.getEntities().size(), facts.getAccounts().size(), facts.getConsumption().size(), seed,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            time(without, facts);
            time(full, facts);
            List<Double> base = new ArrayList<>();
            List<Double> all = new ArrayList<>();
            AuditResult last = null;
            resetPeaks();
            for (int i = 0; i < repeat; i++) {
                base.add(time(without, facts));
                long start = System.nanoTime();
                last = new Auditor(full).audit(facts);
                all.add((System.nanoTime() - start) / 1e9);
            }
            double b = median(base);
            double a = median(all);
            out.printf(Locale.ROOT, "without electricity rules: median %.2f s of %d runs %s%n", b, repeat, base);
            out.printf(Locale.ROOT, "with all rules:            median %.2f s of %d runs %s (%,d findings, %,d surcharge lines)%n",
                    a, repeat, all, last.findings().size(), last.surchargeLines().size());
            out.printf(Locale.ROOT, "ratio all/without: %.2f; peak heap %,d MiB%n", a / b, peakHeap() >> 20);
            return ExitCodes.DONE;
        } finally {
            deleteTree(baseline);
        }
    }

    /**
     * For each size: a generated case (--rate detections a day per entity for 30 days) written as JSON; then, in
     * this order, the full audit (read, audit, write the report) and the I/O floor (read the case, write a workbook of
     * as many rows as the report, no rules), each timed once, with the heap's peak over both.
     */
    private Integer scale() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RuleBase rules = RuleBase.compile(rulesOption.resolve());
        Path work = Files.createTempDirectory("mining-audit-bench-scale");
        try {
            out.printf(Locale.ROOT, "%d cores, max heap %,d MiB%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            // One untimed audit first, so that the first size does not pay for the JIT's warm-up.
            new Auditor(rules).audit(CaseGenerator.generate(new CaseGenerator.Size(
                    500, 250, 30, seed + 1, LocalDate.of(2022, 6, 30))));
            out.printf(Locale.ROOT, "%10s %12s %10s %10s %10s %7s %14s %10s %10s%n", "entities", "detections", "rows",
                    "floor s", "audit s", "ratio", "ms/1k entities", "heap MiB*", "live MiB+");
            for (int n : sizes) {
                Path file = work.resolve("case-" + n + ".json");
                CaseFileWriter.write(CaseGenerator.generate(
                        new CaseGenerator.Size(n, (int) Math.max(1, Math.round(n * rate)), 30, seed,
                                LocalDate.of(2022, 6, 30))), file);
                System.gc();
                resetPeaks();
                LiveHeap live = LiveHeap.watch();
                long start = System.nanoTime();
                int detections;
                int rows;
                {
                    CaseFile facts = new CaseReader(parent.clock()).read(file, null);
                    AuditResult result = new Auditor(rules).audit(facts);
                    new ReportWriter().write(result, new Provenance(
                            facts.getCaseInfo().getId(), null, facts.getCaseInfo().getAsOf(),
                            OffsetDateTime.now(parent.clock()), Version.current(), "-", "-"), work);
                    detections = facts.getIpDetections().size();
                    rows = 2 * result.findings().size() + result.surchargeLines().size() + result.leads().size()
                            + result.dataIssues().size();
                }
                double audit = (System.nanoTime() - start) / 1e9;
                System.gc();
                start = System.nanoTime();
                new CaseReader(parent.clock()).read(file, null);
                ReportWriter.writeFloor(work.resolve("floor-" + n + ".xlsx"), rows);
                double floor = (System.nanoTime() - start) / 1e9;
                live.close();
                out.printf(Locale.ROOT, "%,10d %,12d %,10d %10.2f %10.2f %7.2f %14.1f %,10d %,10d%n", n, detections,
                        rows, floor, audit, audit / floor, audit * 1e6 / n, peakHeap() >> 20, live.max() >> 20);
                out.flush();
            }
            out.println("* the sum of the heap pools' peaks: an upper bound of the heap in use at once");
            out.println("+ the most heap in use just after a garbage collection: what the audit kept alive, at most");
            return ExitCodes.DONE;
        } finally {
            deleteTree(work);
        }
    }

    private static double time(RuleBase rules, CaseFile facts) throws Exception {
        long start = System.nanoTime();
        new Auditor(rules).audit(facts);
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static void copyWithout(Path from, Path to, List<String> excluded) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                String rel = from.relativize(p).toString().replace('\\', '/');
                if (excluded.stream().anyMatch(e -> rel.equals(e) || rel.startsWith(e + "/"))) {
                    continue;
                }
                Path target = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

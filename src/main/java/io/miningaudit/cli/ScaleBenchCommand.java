package io.miningaudit.cli;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.RuleBase;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.generate.CaseFileWriter;
import io.miningaudit.generate.CaseGenerator;
import io.miningaudit.pipeline.AuditPipeline;
import io.miningaudit.report.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * {@code mining-audit bench scale --sizes N,N}: for each size a generated case written as JSON; then, in this order,
 * an untimed audit (to count the report's rows and warm the JIT up), the I/O floor (read the case, write a workbook of
 * as many rows as the report, no rules), the full audit (read, audit, write the report) and the floor again, each
 * timed once; the floor is the mean of its two times, the heap's peaks are the audit's.
 */
@Command(name = "scale",
        description = "The scale benchmark at the given numbers of entities: the I/O floor, the full audit, their"
                + " ratio, peak heap and time per 1,000 entities.")
public class ScaleBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Mixin
    RulesOption rulesOption;

    @Option(names = "--sizes", split = ",", paramLabel = "N", required = true, converter = Converters.Positive.class,
            description = "The numbers of entities (e.g. 1000,5000,20000).")
    List<Integer> sizes;

    @Option(names = "--rate", defaultValue = "0.5", paramLabel = "R", converter = Converters.PositiveRate.class,
            description = "Detections a day per entity, over 30 days (default: ${DEFAULT-VALUE}; 1 at 100000"
                    + " entities is the national month, 3 million detections).")
    double rate;

    @Option(names = "--seed", defaultValue = "2021",
            description = "Seed of the generated case (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AuditPipeline pipeline = new AuditPipeline(bench.parent.clock(), Version.current());
        RuleBase rules = pipeline.compile(rulesOption.resolve()).ruleBase();
        Path work = Files.createTempDirectory("mining-audit-bench-scale");
        try {
            out.printf(Locale.ROOT, "%d cores, max heap %,d MiB%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            out.printf(Locale.ROOT, "%10s %12s %10s %10s %10s %7s %14s %10s %10s%n", "entities", "detections", "rows",
                    "floor s", "audit s", "ratio", "ms/1k entities", "heap MiB*", "live MiB+");
            for (int n : sizes) {
                Path file = work.resolve("case-" + n + ".json");
                CaseFileWriter.write(CaseGenerator.generate(
                        new CaseGenerator.Size(n, (int) Math.max(1, Math.round(n * rate)), 30, seed,
                                LocalDate.of(2022, 6, 30))), file);
                // An untimed audit first: it counts the report's rows, which the floor writes, and warms the JIT up at
                // this size for both; then the floor is timed before and after the timed audit, and the two averaged,
                // so that neither comes first to a JIT the other warmed.
                int rows = (int) audit(pipeline, rules, file, work).rows();
                System.gc();
                double floorBefore = floor(pipeline, file, work.resolve("floor-" + n + ".xlsx"), rows);
                System.gc();
                Benchmarks.resetPeaks();
                LiveHeap live = LiveHeap.watch();
                long start = System.nanoTime();
                int detections = audit(pipeline, rules, file, work).detections();
                double audit = (System.nanoTime() - start) / 1e9;
                live.close();
                long peak = Benchmarks.peakHeap();
                System.gc();
                double floor = (floorBefore + floor(pipeline, file, work.resolve("floor-" + n + ".xlsx"), rows)) / 2;
                out.printf(Locale.ROOT, "%,10d %,12d %,10d %10.2f %10.2f %7.2f %14.1f %,10d %,10d%n", n, detections,
                        rows, floor, audit, audit / floor, audit * 1e6 / n, peak >> 20, live.max() >> 20);
                out.flush();
            }
            out.println("* the sum of the heap pools' peaks: an upper bound of the heap in use at once");
            out.println("+ the most heap in use just after a garbage collection: what the audit kept alive, at most");
            return ExitCodes.DONE;
        } finally {
            Benchmarks.deleteTree(work);
        }
    }

    /** What an audit of the benchmark counted. */
    private record Audited(int detections, long rows) {
    }

    /**
     * A whole audit of {@code file} into {@code work}, in a method of its own: what it read is garbage once it
     * returns, before the next pass reads the case again.
     */
    private static Audited audit(AuditPipeline pipeline, RuleBase rules, Path file, Path work) throws Exception {
        CaseFile facts = pipeline.readFacts(file, null);
        AuditResult result = pipeline.audit(rules, facts);
        pipeline.write(result, pipeline.provenance(facts, "-", "-"), work);
        return new Audited(facts.getIpDetections().size(), ReportWriter.dataRows(result));
    }

    /** Reads the case and writes a floor workbook of {@code rows} rows; the seconds it took. */
    private static double floor(AuditPipeline pipeline, Path file, Path workbook, int rows) throws Exception {
        long start = System.nanoTime();
        pipeline.readFacts(file, null);
        ReportWriter.writeFloor(workbook, rows);
        return (System.nanoTime() - start) / 1e9;
    }
}

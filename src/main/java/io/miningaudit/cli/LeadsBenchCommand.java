package io.miningaudit.cli;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Auditor;
import io.miningaudit.engine.LoadLead;
import io.miningaudit.engine.RuleBase;
import io.miningaudit.engine.RuleInfo;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.DailyReading;
import io.miningaudit.generate.CaseFileWriter;
import io.miningaudit.generate.CaseGenerator;
import io.miningaudit.generate.ReadingProfiles;
import io.miningaudit.pipeline.AuditPipeline;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mining-audit bench leads}: the load-profile screening on a generated province. A case with a daily reading
 * for every account is generated with its truth (which accounts mine, unknown to any case) and written as a CSV
 * folder; it is audited whole with its readings and without them, both timed, so that the readings' own cost is
 * their difference; precision, recall and F1 of LEAD-LOAD-PROFILE are measured against the truth, beside a naive
 * baseline (the accounts of the highest mean kWh, as many as the rule flags); then each parameter of the screening
 * is halved and doubled, and the rule alone run again on the same readings, to show what a threshold costs.
 */
@Command(name = "leads",
        description = "The load-profile screening on a generated province: precision, recall and F1 against the"
                + " generator's truth and a naive baseline, time and heap per million readings, and each parameter"
                + " halved and doubled.")
public class LeadsBenchCommand implements Callable<Integer> {
    /** The parameters of the screening, each halved and doubled. */
    static final List<String> PARAMETERS = List.of("screeningDays", "minReadingDays", "stepDays", "minMeanKwhPerDay",
            "maxVariation", "minStepRatio");
    private static final String RULE_ID = "LEAD-LOAD-PROFILE";

    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Mixin
    RulesOption rulesOption;

    @Option(names = "--accounts", defaultValue = "100000", converter = Converters.Positive.class,
            description = "Accounts (one per entity) of the generated province (default: ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--days", defaultValue = "365", converter = Converters.Positive.class,
            description = "Days of readings up to the as-of date (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "1",
            description = "Seed of the generated case (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-sweep", description = "Skip halving and doubling the parameters.")
    boolean noSweep;

    /** Precision, recall and F1 of a set of leads against the truth. */
    record Score(int leads, int hits, int positives) {
        double precision() {
            return leads == 0 ? 0 : (double) hits / leads;
        }

        double recall() {
            return positives == 0 ? 0 : (double) hits / positives;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        static Score of(Set<String> leads, Set<String> positives) {
            int hits = 0;
            for (String a : leads) {
                if (positives.contains(a)) {
                    hits++;
                }
            }
            return new Score(leads.size(), hits, positives.size());
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path rulesDir = rulesOption.resolve();
        AuditPipeline pipeline = new AuditPipeline(bench.parent.clock(), Version.current());
        RuleBase rules = pipeline.compile(rulesDir).ruleBase();
        Path work = Files.createTempDirectory("mining-audit-bench-leads");
        try {
            CaseGenerator.WithReadings generated = CaseGenerator.generate(new CaseGenerator.Size(accounts, 20, 30,
                    seed, LocalDate.of(2022, 6, 30)), days);
            Path withReadings = work.resolve("province");
            CaseFileWriter.writeCsvFolder(generated.facts(), withReadings);
            Path without = work.resolve("province-without-readings");
            Benchmarks.copyWithout(withReadings, without, List.of("dailyReadings.csv"));
            long readings = generated.facts().getDailyReadings().size();
            Set<String> positives = generated.readings().profiles().stream().filter(p -> p.mines() && !p.known())
                    .map(p -> p.account().getId()).collect(Collectors.toSet());
            Set<String> known = generated.readings().profiles().stream().filter(ReadingProfiles.Profile::known)
                    .map(p -> p.account().getId()).collect(Collectors.toSet());
            generated = null;
            out.printf(Locale.ROOT, "%,d accounts, %,d days: %,d readings (seed %d); %,d accounts mine unknown to any"
                            + " case; %d cores, max heap %,d MiB%n", accounts, days, readings, seed, positives.size(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            out.flush();

            Timed base = timed(pipeline, rulesDir, without, work.resolve("out-without"));
            Timed full = timed(pipeline, rulesDir, withReadings, work.resolve("out-with"));
            double perMillion = (full.seconds() - base.seconds()) * 1e6 / readings;
            out.printf(Locale.ROOT, "%-40s %10s %12s%n", "audit of the province", "seconds", "live MiB+");
            out.printf(Locale.ROOT, "%-40s %10.2f %,12d%n", "without its readings (baseline)", base.seconds(),
                    base.liveHeap() >> 20);
            out.printf(Locale.ROOT, "%-40s %10.2f %,12d%n", "with its readings", full.seconds(), full.liveHeap() >> 20);
            out.printf(Locale.ROOT, "ratio %.2f; the readings cost %.2f s per million readings and %.1f MiB of live"
                            + " heap per million readings%n", full.seconds() / base.seconds(), perMillion,
                    Math.max(0, full.liveHeap() - base.liveHeap()) / 1048576.0 * 1e6 / readings);

            Set<String> flagged = full.leads();
            Score rule = Score.of(flagged, positives);
            Score naive = Score.of(topByMean(full.means(), known, flagged.size()), positives);
            out.printf(Locale.ROOT, "%n%-40s %8s %8s %10s %8s %8s%n", "against the generator's truth", "leads", "hits",
                    "precision", "recall", "F1");
            row(out, RULE_ID + " (shipped parameters)", rule);
            row(out, "baseline: top accounts by mean kWh", naive);
            out.flush();

            if (!noSweep) {
                sweep(out, pipeline, rules, rulesDir, withReadings, work, positives, rule);
            }
            out.println("+ the most heap in use just after a garbage collection: what the audit kept alive, at most");
            out.println("The profiles are generated (households, farms, shops, offices, factories, data centres,"
                    + " miners): the figures show how the screening behaves on them, not on a real grid.");
            return ExitCodes.DONE;
        } finally {
            Benchmarks.deleteTree(work);
        }
    }

    /** An audit's time, live heap, leads and each account's mean over the window. */
    private record Timed(double seconds, long liveHeap, Set<String> leads, Map<String, BigDecimal> means) {
    }

    private static Timed timed(AuditPipeline pipeline, Path rulesDir, Path caseFolder, Path outDir) throws Exception {
        System.gc();
        LiveHeap live = LiveHeap.watch();
        long start = System.nanoTime();
        AuditPipeline.Report report = pipeline.run(rulesDir, caseFolder, null, outDir);
        double seconds = (System.nanoTime() - start) / 1e9;
        live.close();
        AuditResult result = report.result();
        Set<String> leads = result.loadLeads().stream().map(LoadLead::accountId).collect(Collectors.toSet());
        return new Timed(seconds, live.max(), leads, means(result.facts().getDailyReadings()));
    }

    /** Each account's mean kWh a day over the readings kept (the screening window). */
    private static Map<String, BigDecimal> means(List<DailyReading> readings) {
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (DailyReading r : readings) {
            BigDecimal[] s = sums.computeIfAbsent(r.getAccountId(), a -> new BigDecimal[] {BigDecimal.ZERO,
                    BigDecimal.ZERO});
            s[0] = s[0].add(r.getKwh());
            s[1] = s[1].add(BigDecimal.ONE);
        }
        Map<String, BigDecimal> means = new HashMap<>();
        sums.forEach((a, s) -> means.put(a, s[0].divide(s[1], MathContext.DECIMAL64)));
        return means;
    }

    /** The baseline: the {@code n} accounts of the highest mean, known mining accounts aside as the rule has them. */
    static Set<String> topByMean(Map<String, BigDecimal> means, Set<String> known, int n) {
        return means.entrySet().stream().filter(e -> !known.contains(e.getKey()))
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static void row(PrintWriter out, String label, Score s) {
        out.printf(Locale.ROOT, "%-40s %,8d %,8d %10.3f %8.3f %8.3f%n", label, s.leads(), s.hits(), s.precision(),
                s.recall(), s.f1());
    }

    /**
     * Each parameter halved and doubled: the rule file alone (with the classifications and tables it needs) on the
     * case read once, keeping the readings of twice the shipped window.
     */
    private static void sweep(PrintWriter out, AuditPipeline pipeline, RuleBase rules, Path rulesDir, Path caseFolder,
                              Path work, Set<String> positives, Score shipped) throws Exception {
        String ruleFile = ruleFile(rules, rulesDir);
        int window = rules.screenedReadingDays();
        CaseFile facts = new io.miningaudit.intake.CaseReader(java.time.Clock.systemUTC())
                .keepingReadingDays(window == 0 ? 0 : 2 * window).read(caseFolder, null);
        out.printf(Locale.ROOT, "%neach parameter halved and doubled (%s alone, on the same readings)%n", ruleFile);
        out.printf(Locale.ROOT, "%-18s %10s %8s %8s %10s %8s %8s %8s%n", "parameter", "value", "leads", "hits",
                "precision", "recall", "F1", "F1 moves");
        for (String name : PARAMETERS) {
            String value = rules.parameters().get(name).getValue();
            for (String changed : List.of(scaled(value, false), scaled(value, true))) {
                Path copy = work.resolve("rules-" + name + "-" + changed);
                Benchmarks.copyWithout(rulesDir, copy, List.of());
                setParameter(copy.resolve("parameters/Parameters.drl.xlsx"), name, changed);
                RuleBase edited = RuleBase.compile(copy);
                AuditResult result = new Auditor(edited).onlyRulesFrom(Set.of(ruleFile, "terms", "parameters"))
                        .audit(facts);
                Score s = Score.of(result.loadLeads().stream().map(LoadLead::accountId).collect(Collectors.toSet()),
                        positives);
                out.printf(Locale.ROOT, "%-18s %10s %,8d %,8d %10.3f %8.3f %8.3f %+8.3f%n", name, changed, s.leads(),
                        s.hits(), s.precision(), s.recall(), s.f1(), s.f1() - shipped.f1());
                out.flush();
                Benchmarks.deleteTree(copy);
            }
        }
    }

    /** A parameter's value halved or doubled: a whole number stays whole (halved, rounded down). */
    static String scaled(String value, boolean doubled) {
        BigDecimal v = new BigDecimal(value.trim());
        if (v.scale() <= 0) {
            long whole = v.longValueExact();
            return String.valueOf(doubled ? whole * 2 : whole / 2);
        }
        return (doubled ? v.multiply(BigDecimal.valueOf(2)) : v.divide(BigDecimal.valueOf(2))).toPlainString();
    }

    /** The rule file of LEAD-LOAD-PROFILE, relative to the rules folder. */
    private static String ruleFile(RuleBase rules, Path rulesDir) {
        for (RuleInfo r : rules.rules()) {
            if (RULE_ID.equals(r.ruleId())) {
                Path source = Path.of(r.source()).toAbsolutePath().normalize();
                return rulesDir.toAbsolutePath().normalize().relativize(source).toString().replace('\\', '/');
            }
        }
        throw new IllegalStateException("no rule " + RULE_ID + " in " + rulesDir);
    }

    /** Sets the value of parameter {@code name} in the parameter table (the cell right of its name). */
    static void setParameter(Path table, String name, String value) throws Exception {
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(table)) {
            wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
        }
        List<org.apache.poi.ss.usermodel.Cell> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var sheet : wb) {
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().trim().equals(name) && seen.add(sheet.getSheetName())) {
                        found.add(row.getCell(cell.getColumnIndex() + 1,
                                org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
                    }
                }
            }
        }
        if (found.size() != 1) {
            throw new IllegalStateException("parameter " + name + " is not once in " + table);
        }
        found.get(0).setCellValue(value);
        try (OutputStream o = Files.newOutputStream(table)) {
            wb.write(o);
        }
        wb.close();
    }
}

package io.miningaudit.spark;

import io.miningaudit.cli.Version;
import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Auditor;
import io.miningaudit.engine.RulesException;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.generate.CaseFileWriter;
import io.miningaudit.intake.CaseDataException;
import io.miningaudit.pipeline.AuditPipeline;
import io.miningaudit.report.Provenance;
import io.miningaudit.report.ReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The audit as a Spark job. The driver compiles the rules and reads and checks the case as the single-machine auditor
 * does (a case with bad data fails the job before any rule runs, and nothing is written); it splits the case into the
 * same parts (entities linked by machines, accounts and persons stay in one) and stages each, in the JSON form of
 * FACTS.md, as a file beside the outputs, which an executor reads and audits with its own rule base (compiled once per
 * JVM from the rules folder shipped with the job, its SHA-256 checked against the driver's). The driver combines the
 * parts' results as the single-machine auditor does; their findings, surcharge lines, back-payment runs, data issues
 * and load-profile leads are written by Spark as Parquet and JSON Lines partitioned by province, with a summary by
 * province aggregated by Spark, and the driver writes the workbook and the findings JSON of REPORT.md. All of it goes
 * to a temporary folder that is renamed into place when everything is written.
 */
public final class SparkAudit {
    /**
     * What to audit and where the outputs go: the case and the rules folder as any path Spark reads (a local path,
     * {@code hdfs://…}); the outputs on the driver's disk.
     */
    public record Options(String caseFile, String rulesDir, Path outDir, LocalDate asOf, boolean workbook,
                          int partSize) {
    }

    /** A case with bad data: every problem, located under the path given, the first 1,000 of them and the count. */
    public static final class BadCaseException extends Exception {
        private final List<String> problems;
        private final int count;

        BadCaseException(String file, List<String> problems, int count) {
            super(count + " problems in case file " + file + "; nothing was written");
            this.problems = List.copyOf(problems);
            this.count = count;
        }

        public List<String> problems() {
            return problems;
        }

        public int count() {
            return count;
        }
    }

    /** What a run wrote: the result the driver combined and the folder of outputs. */
    public record Outcome(AuditResult result, Path folder) {
    }

    private SparkAudit() {
    }

    /** The name of the folder a run of {@code caseId} as of {@code asOf} writes into {@code --out}. */
    public static String folderName(String caseId, LocalDate asOf) {
        return caseId + "_" + asOf + "_spark";
    }

    /** Runs the audit on {@code spark}; the outputs are in {@link Outcome#folder()}. */
    public static Outcome run(SparkSession spark, Options o) throws RulesException, BadCaseException, IOException {
        Path work = Files.createTempDirectory("mining-audit-spark");
        try {
            return run(spark, o, work);
        } finally {
            deleteTree(work);
        }
    }

    private static Outcome run(SparkSession spark, Options o, Path work)
            throws RulesException, BadCaseException, IOException {
        // The zone of the machine, as mining-audit's: an as-of date of today is today where the audit runs.
        AuditPipeline pipeline = new AuditPipeline(Clock.systemDefaultZone(), Version.current());
        CaseInput rulesInput = CaseInput.of(spark, o.rulesDir(), work);
        AuditPipeline.Rules rules = pipeline.compile(rulesInput.local());
        CaseInput caseInput = CaseInput.of(spark, o.caseFile(), work);
        AuditPipeline.Case read;
        try {
            read = pipeline.read(caseInput.local(), o.asOf(), rules.ruleBase());
        } catch (CaseDataException e) {
            List<String> problems = e.problems().stream().limit(1_000).map(p -> caseInput.shown(p.toString()))
                    .toList();
            throw new BadCaseException(o.caseFile(), problems, e.problems().size());
        }
        CaseFile facts = read.facts();
        Auditor auditor = new Auditor(rules.ruleBase(), o.partSize(), 1);

        String name = folderName(facts.getCaseInfo().getId(), facts.getCaseInfo().getAsOf());
        Files.createDirectories(o.outDir());
        Path temp = o.outDir().resolve("." + name + ".partial-" + UUID.randomUUID());
        try {
            // Each part is written as a file of its own, in the JSON form of FACTS.md, beside the outputs (a folder
            // the executors see: on a cluster, --out is a shared mount); the driver holds one part at a time, and
            // each task reads its part itself (by its path, not through Hadoop's input formats, which would take
            // brackets in --out for a pattern) rather than carrying it from the driver.
            Path staged = Files.createDirectories(temp.resolve(".parts"));
            List<Integer> indices = new ArrayList<>();
            for (var part : auditor.parts(facts)) {
                CaseFileWriter.write(part.get(), staged.resolve(PartText.fileName(indices.size())));
                indices.add(indices.size());
            }
            // Shipped as one archive, which every executor unpacks: Spark ships a folder itself only in local mode.
            Path shipped = zip(rulesInput.local().toAbsolutePath().normalize(), work.resolve("rules.zip"));
            spark.sparkContext().addArchive(shipped.toString());
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int slices = Math.max(1, Math.min(indices.size(), jsc.defaultParallelism() * 4));
            // The parts are audited once; the results come back to the driver (which combines them anyway) and the
            // tables are made from them, not from the parts again.
            String stagedFolder = staged.toAbsolutePath().toString();
            List<AuditedPart> results = new ArrayList<>(jsc.parallelize(indices, slices)
                    .map(index -> PartText.read(stagedFolder, index))
                    .map(new PartAudit(shipped.getFileName().toString(), rules.sha256(),
                            rules.ruleBase().screenedReadingDays()))
                    .collect());
            deleteTree(staged);
            results.sort(Comparator.comparingInt(AuditedPart::index));
            AuditResult result = auditor.combine(facts, results.stream().map(AuditedPart::result).toList());
            Map<String, String> provinceOfEntity = new HashMap<>();
            results.forEach(r -> provinceOfEntity.putAll(r.provinceOfEntity()));
            List<Row> findingRows = rows(results, Outputs::findings);
            write(spark, findingRows, Outputs.FINDINGS, temp.resolve("findings"));
            write(spark, rows(results, Outputs::surchargeLines), Outputs.SURCHARGE_LINES,
                    temp.resolve("surchargeLines"));
            write(spark, rows(results, Outputs::backPaymentRuns), Outputs.BACK_PAYMENT_RUNS,
                    temp.resolve("backPaymentRuns"));
            write(spark, rows(results, Outputs::dataIssues), Outputs.DATA_ISSUES, temp.resolve("dataIssues"));
            write(spark, Outputs.loadLeads(result.loadLeads(), provinceOfEntity), Outputs.LOAD_LEADS,
                    temp.resolve("loadProfileLeads"));
            java.util.Set<String> loadLeads = result.loadLeads().stream().map(l -> l.finding().getId())
                    .collect(java.util.stream.Collectors.toSet());
            Summaries.write(spark, spark.createDataFrame(findingRows, Outputs.FINDINGS), loadLeads,
                    temp.resolve("summary"));
            if (o.workbook()) {
                Provenance provenance = pipeline.provenance(facts, rules.sha256(), read.sha256());
                new ReportWriter().write(result, provenance, temp);
            }
            Path folder = o.outDir().resolve(name);
            replace(temp, folder);
            return new Outcome(result, folder);
        } finally {
            deleteTree(temp);
        }
    }

    private static List<Row> rows(List<AuditedPart> parts, java.util.function.Function<AuditedPart, List<Row>> of) {
        List<Row> rows = new ArrayList<>();
        parts.forEach(p -> rows.addAll(of.apply(p)));
        return rows;
    }

    /** A table as Parquet and as JSON Lines, each partitioned by province. */
    private static void write(SparkSession spark, List<Row> rows, StructType schema, Path table) {
        Dataset<Row> frame = spark.createDataFrame(rows, schema);
        if (rows.isEmpty()) {
            // Partitioned, an empty table would be a folder with no file, which no reader can open: one file of the
            // schema and no rows instead.
            frame.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(table.resolve("parquet").toString());
            frame.coalesce(1).write().mode(SaveMode.ErrorIfExists).json(table.resolve("jsonl").toString());
            return;
        }
        frame.write().mode(SaveMode.ErrorIfExists).partitionBy("province").parquet(table.resolve("parquet")
                .toString());
        frame.write().mode(SaveMode.ErrorIfExists).partitionBy("province").json(table.resolve("jsonl").toString());
    }

    /** The files of {@code folder} in a zip archive, their paths relative to it. */
    private static Path zip(Path folder, Path archive) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(archive));
             Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return archive;
    }

    /** Moves the written folder into place; a folder of an earlier run there is moved aside and removed. */
    private static void replace(Path written, Path folder) throws IOException {
        Path aside = null;
        if (Files.exists(folder)) {
            aside = folder.resolveSibling("." + folder.getFileName() + ".old-" + UUID.randomUUID());
            Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(written, folder, StandardCopyOption.ATOMIC_MOVE);
        if (aside != null) {
            deleteTree(aside);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

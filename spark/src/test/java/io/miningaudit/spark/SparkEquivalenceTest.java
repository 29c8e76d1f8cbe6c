package io.miningaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.miningaudit.cli.Version;
import io.miningaudit.engine.AuditResult;
import io.miningaudit.facts.Account;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.InspectionOutcome;
import io.miningaudit.facts.Machine;
import io.miningaudit.facts.MachineKind;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.MiningCause;
import io.miningaudit.facts.Person;
import io.miningaudit.facts.PersonRole;
import io.miningaudit.facts.Province;
import io.miningaudit.facts.TariffCategory;
import io.miningaudit.generate.CaseFileWriter;
import io.miningaudit.generate.CaseGenerator;
import io.miningaudit.pipeline.AuditPipeline;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit on Spark ({@code local[2]}) and on one machine give the same findings JSON, apart from when it was
 * generated: for the examples and for generated cases with entities linked across parts, daily readings and data
 * issues; the executors' tables hold every finding, and Spark's sums by province are the Summary's.
 */
class SparkEquivalenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("mining-audit-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static JsonNode withoutGeneratedAt(Path json) throws Exception {
        JsonNode root = JSON.readTree(json.toFile());
        ((ObjectNode) root.get("provenance")).remove("generatedAt");
        return root;
    }

    private void assertSameAudit(Path caseFile, int partSize) throws Exception {
        Path single = dir.resolve("single-" + caseFile.getFileName());
        AuditPipeline.Report one = new AuditPipeline(Clock.systemUTC(), Version.current())
                .run(Path.of("rules"), caseFile, null, single);
        SparkAudit.Outcome onSpark = SparkAudit.run(spark, new SparkAudit.Options(caseFile.toString(), "rules",
                dir.resolve("spark-" + caseFile.getFileName()), null, true, partSize));

        AuditResult result = one.result();
        assertThat(result.findings()).as("a comparison of no findings would prove nothing").isNotEmpty();
        Path json = one.written().get(1);
        assertThat(withoutGeneratedAt(onSpark.folder().resolve(json.getFileName()))).as(caseFile.toString())
                .isEqualTo(withoutGeneratedAt(json));
        assertThat(onSpark.folder().resolve(one.written().get(0).getFileName())).isRegularFile();
        try (var written = Files.list(onSpark.folder())) {
            // The parts staged for the executors are gone, and nothing else is left beside the outputs.
            assertThat(written.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder(
                    "backPaymentRuns", "dataIssues", "findings", json.getFileName().toString(), "loadProfileLeads",
                    one.written().get(0).getFileName().toString(), "summary", "surchargeLines");
        }
        try (var out = Files.list(onSpark.folder().getParent())) {
            assertThat(out.map(p -> p.getFileName().toString())).containsExactly(onSpark.folder().getFileName()
                    .toString());
        }

        List<Row> findings = spark.read().parquet(onSpark.folder().resolve("findings/parquet").toString())
                .collectAsList();
        assertThat(findings).hasSize(result.findings().size());
        assertThat(spark.read().json(onSpark.folder().resolve("findings/jsonl").toString()).count())
                .isEqualTo(result.findings().size());
        assertThat(spark.read().parquet(onSpark.folder().resolve("surchargeLines/parquet").toString()).count())
                .isEqualTo(result.surchargeLines().size());
        Map<String, BigDecimal> surcharge = spark.read().parquet(onSpark.folder().resolve("summary/parquet")
                        .toString()).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("province")),
                        r -> r.getDecimal(r.fieldIndex("surchargeCny"))));
        result.summary().byProvince().forEach((p, counts) -> {
            if (counts.surchargeCny().signum() > 0) {
                assertThat(surcharge.get(p.name())).as(p.name()).isEqualByComparingTo(counts.surchargeCny());
            }
        });
        assertThat(result.summary().total().notComputed(Measure.PUNITIVE_SURCHARGE)).isNotNegative();
        long loadLeads = spark.read().parquet(onSpark.folder().resolve("summary/parquet").toString())
                .collectAsList().stream().mapToLong(r -> r.getLong(r.fieldIndex("loadProfileLeads"))).sum();
        assertThat(loadLeads).isEqualTo(result.summary().total().loadProfileLeads());
    }

    @Test
    void theExamplesAuditAlikeOnSparkAndOnOneMachine() throws Exception {
        for (String example : List.of("hainan-2021.json", "inner-mongolia-2022.json", "jiangsu-readings",
                "zhejiang-2021.json")) {
            assertSameAudit(Path.of("examples", example), 50);
        }
    }

    @Test
    void generatedCasesWithLinkedEntitiesReadingsAndDataIssuesAuditAlike() throws Exception {
        CaseFile generated = CaseGenerator.generate(new CaseGenerator.Size(600, 120, 20, 13,
                LocalDate.of(2022, 6, 30)), 120).facts();
        // Three entities linked by a case: A's inspection found machines on B's account and involved C's employee;
        // B's account has no consumption in the window (a data issue). With parts of one entity they must still be
        // audited together.
        LocalDate inspected = LocalDate.of(2022, 6, 1);
        CaseFile linked = generated.toBuilder()
                .entity(Entity.builder().id("L-A").name("Linked A").kind(EntityKind.PRIVATE_ENTERPRISE)
                        .province(Province.Sichuan).build())
                .entity(Entity.builder().id("L-B").name("Linked B").kind(EntityKind.STATE_OWNED_ENTERPRISE)
                        .province(Province.Sichuan).build())
                .entity(Entity.builder().id("L-C").name("Linked C").kind(EntityKind.PUBLIC_INSTITUTION)
                        .province(Province.Yunnan).build())
                .inspection(Inspection.builder().id("L-I").entityId("L-A").date(inspected)
                        .outcome(InspectionOutcome.MINING_FOUND).cause(MiningCause.SELF_INITIATED)
                        .miningStartedOn(inspected.minusDays(40)).build())
                .account(Account.builder().id("L-ACC").entityId("L-B").province(Province.Sichuan)
                        .category(TariffCategory.RESIDENTIAL).billedRateCnyPerKwh(new BigDecimal("0.52")).build())
                .machine(Machine.builder().id("L-M").inspectionId("L-I").kind(MachineKind.GPU_RIG)
                        .accountId("L-ACC").build())
                .person(Person.builder().id("L-P").name("Linked person").entityId("L-C").inspectionId("L-I")
                        .role(PersonRole.OPERATOR).publicEmployee(true).build())
                .build();
        Path file = dir.resolve("generated.json");
        CaseFileWriter.write(linked, file);
        AuditResult result = new AuditPipeline(Clock.systemUTC(), Version.current())
                .run(Path.of("rules"), file, null, dir.resolve("check")).result();
        assertThat(result.dataIssues()).extracting(d -> d.getLocation()).contains("accounts/L-ACC");
        assertThat(result.loadLeads()).isNotEmpty();
        assertSameAudit(file, 1);
    }

    @Test
    void aCaseWhoseTablesAreFoldersOfParquetAndJsonLinesFilesAuditsAsItsCsvForm() throws Exception {
        Path csv = Path.of("examples", "jiangsu-readings");
        Path tables = dir.resolve("jiangsu-tables");
        Files.createDirectories(tables);
        try (var list = Files.list(csv)) {
            for (Path file : list.sorted().toList()) {
                String table = file.getFileName().toString().replace(".csv", "");
                var frame = spark.read().option("header", "true").csv(file.toString());
                if (table.equals("dailyReadings") || table.equals("accounts")) {
                    frame.repartition(3).write().parquet(tables.resolve(table).toString());
                } else if (table.equals("entities")) {
                    frame.write().json(tables.resolve(table).toString());
                } else {
                    Files.copy(file, tables.resolve(file.getFileName()));
                }
            }
        }
        Path single = dir.resolve("single-tables");
        Path json = new AuditPipeline(Clock.systemUTC(), Version.current()).run(Path.of("rules"), csv, null, single)
                .written().get(1);
        SparkAudit.Outcome onSpark = SparkAudit.run(spark, new SparkAudit.Options(tables.toUri().toString(), "rules",
                dir.resolve("spark-tables"), null, true, 50));

        JsonNode expected = withoutGeneratedAt(json);
        JsonNode actual = withoutGeneratedAt(onSpark.folder().resolve(json.getFileName()));
        // The case file's hash is of what was read: the CSV files, or the tables' part files.
        ((ObjectNode) expected.get("provenance")).remove("caseSha256");
        ((ObjectNode) actual.get("provenance")).remove("caseSha256");
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.get("loadProfileLeads")).hasSize(4);
        assertThat(tables.resolve("dailyReadings")).isDirectoryContaining(p -> p.toString().endsWith(".parquet"));
    }

    @Test
    void aCaseWithNoFindingIsAuditedAndItsEmptyTablesCanBeRead() throws Exception {
        Path quiet = Files.writeString(dir.resolve("quiet case.json"), "{\"case\": {\"id\": \"C0\", \"asOf\":"
                + " \"2024-06-30\"}, \"entities\": [{\"id\": \"E1\", \"name\": \"x\", \"kind\": \"INDIVIDUAL\","
                + " \"province\": \"Hainan\"}]}");
        SparkAudit.Outcome onSpark = SparkAudit.run(spark, new SparkAudit.Options(quiet.toString(), "rules",
                dir.resolve("quiet out"), null, true, 50));

        assertThat(onSpark.result().findings()).isEmpty();
        for (String table : List.of("findings", "surchargeLines", "backPaymentRuns", "dataIssues",
                "loadProfileLeads", "summary")) {
            assertThat(spark.read().parquet(onSpark.folder().resolve(table).resolve("parquet").toString()).count())
                    .as(table).isZero();
        }
    }

    @Test
    void aCaseWithBadDataFailsBeforeAnyRuleRunsAndWritesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"case\": {\"id\": \"C1\", \"asOf\": \"2024-06-30\"},"
                + " \"entities\": [{\"id\": \"E1\", \"name\": \"x\", \"kind\": \"FIRM\", \"province\": \"Hainan\"}]}");
        Path out = dir.resolve("bad-out");

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(SparkAudit.BadCaseException.class,
                () -> SparkAudit.run(spark, new SparkAudit.Options(bad.toString(), "rules", out, null, true, 50)))
                .problems()).singleElement().asString().contains("entities[0].kind");
        assertThat(out).doesNotExist();
    }
}

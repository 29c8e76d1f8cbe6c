package io.miningaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.SubjectType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two report files: their names, and each written whole or not at all. */
class ReportFilesTest {
    private static AuditResult result;

    @TempDir
    Path tmp;

    @BeforeAll
    static void audit() throws Exception {
        result = ReportFixture.audit();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void bothFilesAreNamedAfterTheCaseAndTheAsOfDate() throws Exception {
        Path out = tmp.resolve("reports");

        List<Path> written = new ReportWriter().write(result, ReportFixture.provenance(), out);

        assertThat(written).containsExactly(out.resolve("t-case_2021-12-14.xlsx"),
                out.resolve("t-case_2021-12-14.json"));
        assertThat(written).allSatisfy(p -> assertThat(p).isRegularFile());
        assertThat(Files.size(written.get(0))).isPositive();
        assertThat(Files.size(written.get(1))).isPositive();
        assertThat(ReportWriter.baseName(ReportFixture.provenance())).isEqualTo("t-case_2021-12-14");
    }

    @Test
    void noHiddenPartialFilesRemain() throws Exception {
        Path out = tmp.resolve("reports");

        new ReportWriter().write(result, ReportFixture.provenance(), out);
        new ReportWriter().write(result, ReportFixture.provenance(), out);

        assertThat(names(out)).containsExactly("t-case_2021-12-14.json", "t-case_2021-12-14.xlsx");
    }

    @Test
    void createsAMissingOutputFolder() throws Exception {
        Path out = tmp.resolve("a").resolve("b").resolve("c");

        new ReportWriter().write(result, ReportFixture.provenance(), out);

        assertThat(names(out)).containsExactly("t-case_2021-12-14.json", "t-case_2021-12-14.xlsx");
    }

    @Test
    void anOutputFolderThatIsAFileFailsAndWritesNothing() throws Exception {
        Path out = tmp.resolve("reports");
        Files.writeString(out, "not a folder", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ReportWriter().write(result, ReportFixture.provenance(), out))
                .isInstanceOf(IOException.class);

        assertThat(names(tmp)).containsExactly("reports");
        assertThat(out).isRegularFile();
        assertThat(Files.readString(out)).isEqualTo("not a folder");
        // (Below a regular file nothing can exist: Files.exists is false, "not exists" cannot be decided.)
        assertThat(Files.exists(out.resolve("t-case_2021-12-14.xlsx"))).isFalse();
        assertThat(Files.exists(out.resolve("t-case_2021-12-14.json"))).isFalse();
    }

    @Test
    void anOutputFolderBelowAFileFailsAndWritesNothing() throws Exception {
        Path file = tmp.resolve("reports");
        Files.writeString(file, "not a folder", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ReportWriter().write(result, ReportFixture.provenance(), file.resolve("sub")))
                .isInstanceOf(IOException.class);

        assertThat(names(tmp)).containsExactly("reports");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void aFolderInTheWayOfTheJsonLeavesTheEarlierWorkbookAsItWas() throws Exception {
        Path out = tmp.resolve("reports");
        List<Path> earlier = new ReportWriter().write(result, ReportFixture.provenance(), out);
        var before = java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(earlier.get(0), before);
        Files.delete(earlier.get(1));
        Files.createDirectory(earlier.get(1));

        assertThatThrownBy(() -> new ReportWriter().write(result, ReportFixture.provenance(), out))
                .isInstanceOf(TargetInTheWayException.class)
                .hasMessage("a folder is in the way: " + earlier.get(1));

        assertThat(names(out)).containsExactly("t-case_2021-12-14.json", "t-case_2021-12-14.xlsx");
        assertThat(Files.getLastModifiedTime(earlier.get(0))).as("not replaced").isEqualTo(before);
        assertThat(earlier.get(1)).isEmptyDirectory();
    }

    @Test
    void aFailureWhileWritingLeavesNoFileAndKeepsTheEarlierReport() throws Exception {
        Path out = tmp.resolve("reports");
        List<Path> earlier = new ReportWriter().write(result, ReportFixture.provenance(), out);
        byte[] xlsx = Files.readAllBytes(earlier.get(0));
        byte[] json = Files.readAllBytes(earlier.get(1));

        // A finding about an entity the case does not hold: the workbook cannot be written.
        Finding orphan = Finding.builder().id("X/E-404").ruleId("X").ruleName("X rule").measure(Measure.SHUTDOWN_ORDER)
                .subjectType(SubjectType.ENTITY).subjectId("E-404").entityId("E-404").basis("b").explanation("e")
                        .build();
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.add(orphan);
        AuditResult broken = new AuditResult(result.facts(), findings, result.surchargeLines(),
                result.backPaymentRuns(), result.leads(), result.loadLeads(),
                result.dataIssues(), result.summary(), result.rules(), result.findingsByRule(), result.tableRows(),
                result.findingsByParameter(), result.labels());

        assertThatThrownBy(() -> new ReportWriter().write(broken, ReportFixture.provenance(), out))
                .isInstanceOf(Exception.class);

        assertThat(names(out)).containsExactly("t-case_2021-12-14.json", "t-case_2021-12-14.xlsx");
        assertThat(xlsx).isNotEmpty();
        assertThat(json).isNotEmpty();
        assertThat(Files.readAllBytes(earlier.get(0))).isEqualTo(xlsx);
        assertThat(Files.readAllBytes(earlier.get(1))).isEqualTo(json);
    }

    @Test
    void aFailureWhileWritingIntoAnEmptyFolderLeavesItEmpty() throws Exception {
        Path out = tmp.resolve("reports");
        Finding orphan = Finding.builder().id("X/E-404").ruleId("X").ruleName("X rule").measure(Measure.SHUTDOWN_ORDER)
                .subjectType(SubjectType.ENTITY).subjectId("E-404").entityId("E-404").basis("b").explanation("e")
                        .build();
        AuditResult broken = new AuditResult(result.facts(), List.of(orphan), result.surchargeLines(),
                result.backPaymentRuns(), result.leads(), result.loadLeads(),
                result.dataIssues(), result.summary(), result.rules(), result.findingsByRule(), result.tableRows(),
                result.findingsByParameter(), result.labels());

        assertThatThrownBy(() -> new ReportWriter().write(broken, ReportFixture.provenance(), out))
                .isInstanceOf(Exception.class);

        assertThat(out).isDirectory();
        assertThat(names(out)).isEmpty();
    }
}

package io.miningaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Auditor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the audit could not compute reaches both files, cell by cell and key by key: the fixture's case without its
 * readings, so that account A-1 has none in its mining window.
 */
class DataIssuesReportTest {
    @TempDir
    Path dir;

    @Test
    void dataIssuesAreWrittenToTheSheetAndTheJson() throws Exception {
        AuditResult result = new Auditor(ReportFixture.rules())
                .audit(ReportFixture.caseFile().toBuilder().clearConsumption().build());
        List<Path> files = new ReportWriter().write(result, ReportFixture.provenance(), dir);

        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(files.get(0).toFile())) {
            for (var row : wb.getSheet("Data issues")) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 5; c++) {
                    cells.add(ReportWriterTest.shown(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        JsonNode issues = new ObjectMapper().readTree(files.get(1).toFile()).get("dataIssues");

        String energy = "New mining project I-1: account A-1 has no consumption cycle in the window 2021-10-01 to"
                + " 2021-12-14, so the project's energy use cannot be counted (NDRC-1283-6 not computed)";
        String surcharge = "Mining account A-1 (cases I-1) has no consumption cycle in its window 2021-10-01 to"
                + " 2021-12-14: its surcharge and back-payment are not computed";
        assertThat(rows).containsExactly(
                List.of("Severity", "Code", "Location", "Message", "Rule ID"),
                List.of("WARNING", "ENERGY_NOT_COMPUTABLE", "accounts/A-1", energy, "NDRC-1283-6"),
                List.of("WARNING", "NO_CONSUMPTION_IN_WINDOW", "accounts/A-1", surcharge, "DATA-NO-CONSUMPTION"));
        assertThat(issues).hasSize(2);
        assertThat(issues.get(0).toString()).isEqualTo(new ObjectMapper().createObjectNode()
                .put("severity", "WARNING").put("code", "ENERGY_NOT_COMPUTABLE").put("location", "accounts/A-1")
                .put("message", energy).toString());
        assertThat(issues.get(1).get("code").asText()).isEqualTo("NO_CONSUMPTION_IN_WINDOW");
        assertThat(issues.get(1).get("message").asText()).isEqualTo(surcharge);
    }

    /** An amount the data issues stopped reads "not computed", on the Summary and By entity, not 0.00. */
    @Test
    void anAmountADataIssueStoppedReadsNotComputedNotZero() throws Exception {
        AuditResult result = new Auditor(ReportFixture.rules())
                .audit(ReportFixture.caseFile().toBuilder().clearConsumption().build());
        List<Path> files = new ReportWriter().write(result, ReportFixture.provenance(), dir);

        assertThat(result.summary().total().notComputed(io.miningaudit.facts.Measure.PUNITIVE_SURCHARGE))
                .isEqualTo(1);
        try (XSSFWorkbook wb = new XSSFWorkbook(files.get(0).toFile())) {
            var summary = wb.getSheet("Summary");
            int total = ReportWriterTest.rowOf(summary, "Province", "Total");
            assertThat(ReportWriterTest.text(summary, total, "Surcharge (CNY)")).isEqualTo("not computed");
            assertThat(ReportWriterTest.text(summary, total, "Energy double-count (kWh)")).isEqualTo("not computed");
            // Near miss: the illegal gains no data issue stopped stay an amount.
            assertThat(ReportWriterTest.number(summary, total, "Illegal gains (CNY)")).isPositive();
            var byEntity = wb.getSheet("By entity");
            int row = ReportWriterTest.rowOf(byEntity, "Entity ID", result.facts().getAccounts().get(0).getEntityId());
            assertThat(ReportWriterTest.text(byEntity, row, "Surcharge (CNY)")).isEqualTo("not computed");
            assertThat(ReportWriterTest.number(byEntity, row, "Data issues")).isEqualTo(2.0);
        }
        // The findings JSON keeps numbers: a reader of the JSON has the data issues beside them.
        JsonNode total = new ObjectMapper().readTree(files.get(1).toFile()).get("summary").get("total");
        assertThat(total.get("surchargeCny").isNumber()).isTrue();
    }
}

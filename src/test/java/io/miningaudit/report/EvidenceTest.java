package io.miningaudit.report;

import static io.miningaudit.report.ReportWriterTest.headers;
import static io.miningaudit.report.ReportWriterTest.number;
import static io.miningaudit.report.ReportWriterTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.fixtures.ShippedRules;
import io.miningaudit.intake.CaseReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reader can check every surcharge and back-payment from the workbook alone: each line from its cycle's kWh, days
 * and the rate; each surcharge finding as the sum of its lines; each back-payment as the rounded sum of its runs.
 * Everything below is read from the workbook's own cells.
 */
class EvidenceTest {
    @TempDir
    Path out;

    private XSSFWorkbook workbook(String example) throws Exception {
        AuditResult result = ShippedRules.audit(new CaseReader(Clock.systemUTC()).read(Path.of("examples", example),
                null));
        List<Path> written = new ReportWriter().write(result, ReportFixture.provenance(), out);
        try (InputStream in = Files.newInputStream(written.get(0))) {
            return new XSSFWorkbook(in);
        }
    }

    /** A cell's number as the decimal it shows, for the exact arithmetic of the check. */
    private static BigDecimal decimal(Sheet s, int row, String header) {
        return BigDecimal.valueOf(number(s, row, header));
    }

    /** The Penalties sheet's amounts by rule ID, subject and measure. */
    private static Map<String, BigDecimal> penalties(XSSFWorkbook wb) {
        Sheet s = wb.getSheet("Penalties");
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            var cell = s.getRow(r).getCell(headers(s).indexOf("Amount (CNY)"));
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                amounts.put(text(s, r, "Rule ID") + " " + text(s, r, "Subject") + " " + text(s, r, "Measure"),
                        decimal(s, r, "Amount (CNY)"));
            }
        }
        return amounts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"hainan-2021.json", "inner-mongolia-2022.json", "jiangsu-readings", "zhejiang-2021.json"})
    void everySurchargeLineAndSurchargeIsRecomputedFromTheWorkbookToTheCent(String example) throws Exception {
        try (XSSFWorkbook wb = workbook(example)) {
            Sheet lines = wb.getSheet("Tariff surcharges");
            assertThat(lines.getLastRowNum()).as("surcharge lines").isPositive();
            Map<String, BigDecimal> sums = new HashMap<>();
            for (int r = 1; r <= lines.getLastRowNum(); r++) {
                // cycle kWh × days in line / cycle days × rate, rounded once, half up.
                BigDecimal recomputed = decimal(lines, r, "Cycle kWh")
                        .multiply(decimal(lines, r, "Days in line"))
                        .multiply(decimal(lines, r, "Rate (CNY/kWh)"))
                        .divide(decimal(lines, r, "Cycle days"), 2, RoundingMode.HALF_UP);
                assertThat(recomputed).as("line %d of %s", r, example)
                        .isEqualByComparingTo(decimal(lines, r, "Surcharge (CNY)"));
                sums.merge(text(lines, r, "Rule ID") + " " + text(lines, r, "Account ID") + " PUNITIVE_SURCHARGE",
                        recomputed, BigDecimal::add);
            }
            Map<String, BigDecimal> penalties = penalties(wb);
            sums.forEach((key, sum) -> assertThat(penalties.get(key)).as(key).isEqualByComparingTo(sum));
            assertThat(penalties.keySet().stream().filter(k -> k.endsWith(" PUNITIVE_SURCHARGE")))
                    .containsExactlyInAnyOrderElementsOf(sums.keySet());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hainan-2021.json", "zhejiang-2021.json"})
    void everyBackPaymentIsTheRoundedSumOfItsRunsInTheWorkbook(String example) throws Exception {
        try (XSSFWorkbook wb = workbook(example)) {
            Sheet runs = wb.getSheet("Back-payment runs");
            assertThat(runs.getLastRowNum()).as("back-payment runs").isPositive();
            Map<String, BigDecimal> sums = new HashMap<>();
            for (int r = 1; r <= runs.getLastRowNum(); r++) {
                BigDecimal difference = decimal(runs, r, "Catalogue rate (CNY/kWh)")
                        .subtract(decimal(runs, r, "Billed rate (CNY/kWh)"));
                assertThat(difference).isEqualByComparingTo(decimal(runs, r, "Difference (CNY/kWh)"));
                BigDecimal amount = decimal(runs, r, "Amount (CNY)");
                assertThat(decimal(runs, r, "kWh").multiply(difference).subtract(amount).abs())
                        .as("run %d: kWh × difference", r).isLessThan(new BigDecimal("0.000001"));
                sums.merge("SUPPLY-RULES-100 " + text(runs, r, "Account ID") + " BACK_PAYMENT", amount,
                        BigDecimal::add);
            }
            Map<String, BigDecimal> penalties = penalties(wb);
            sums.forEach((key, sum) -> assertThat(penalties.get(key)).as(key)
                    .isEqualByComparingTo(sum.setScale(2, RoundingMode.HALF_UP)));
            assertThat(penalties.keySet().stream().filter(k -> k.endsWith(" BACK_PAYMENT")))
                    .containsExactlyInAnyOrderElementsOf(sums.keySet());
        }
    }

    @org.junit.jupiter.api.Test
    void byEntityTotalsWhatTheHaikouFirmOwesAndCountsItsFindings() throws Exception {
        try (XSSFWorkbook wb = workbook("hainan-2021.json")) {
            Sheet s = wb.getSheet("By entity");
            assertThat(s.getLastRowNum()).isEqualTo(1);
            // Surcharges 3,486.87 + 25,867.20; back-payment 6,035.96; penalty 2 × 6,035.96 (the README's hand check).
            assertThat(decimal(s, 1, "Surcharge (CNY)")).isEqualByComparingTo("29354.07");
            assertThat(decimal(s, 1, "Back-payment (CNY)")).isEqualByComparingTo("6035.96");
            assertThat(decimal(s, 1, "Liquidated penalty (CNY)")).isEqualByComparingTo("12071.92");
            // The operator's 86,000.00 CNY of illegal gains is confiscated from the firm's person, counted here too.
            assertThat(decimal(s, 1, "Illegal gains (CNY)")).isEqualByComparingTo("86000.00");
            assertThat(decimal(s, 1, "Total (CNY)")).isEqualByComparingTo("133461.95");
            assertThat(decimal(s, 1, "Data issues")).isEqualByComparingTo("0");
            Sheet findings = wb.getSheet("Findings");
            assertThat(decimal(s, 1, "Findings")).isEqualByComparingTo(BigDecimal.valueOf(findings.getLastRowNum()));
            assertThat(text(s, 1, "Measures")).startsWith("PUNITIVE_SURCHARGE; ").contains("BACK_PAYMENT; "
                    + "LIQUIDATED_PENALTY");
        }
    }

    @org.junit.jupiter.api.Test
    void theParametersSheetListsEveryParameterAndScheduleRowWithItsCellAndTheFindingsOnIt() throws Exception {
        try (XSSFWorkbook wb = workbook("hainan-2021.json")) {
            Sheet s = wb.getSheet("Parameters");
            Map<String, Integer> rowOf = new HashMap<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                rowOf.put(text(s, r, "Name"), r);
            }
            assertThat(rowOf.keySet()).contains("presumedDurationMonths", "penaltyMultiple", "remediationDays",
                    "NDRC-1283-13", "HAINAN-2021");
            int penalty = rowOf.get("penaltyMultiple");
            assertThat(text(s, penalty, "Kind")).isEqualTo("PARAMETER");
            assertThat(text(s, penalty, "Value")).isEqualTo("2");
            assertThat(text(s, penalty, "Source")).matches(".*parameters/Parameters\\.drl\\.xlsx › Parameters › C\\d+");
            // The back-payment and the liquidated penalty both come of the rule that reads the multiple.
            assertThat(number(s, penalty, "Findings")).isEqualTo(2.0);
            // Near miss: no finding of Hainan's case rests on the remediation days (it has no trojan case).
            assertThat(number(s, rowOf.get("remediationDays"), "Findings")).isZero();
            int hainan = rowOf.get("HAINAN-2021");
            assertThat(text(s, hainan, "Kind")).isEqualTo("SCHEDULE_ROW");
            assertThat(text(s, hainan, "Value")).isEqualTo("0.80");
            assertThat(ReportWriterTest.date(s, hainan, "From")).isEqualTo(java.time.LocalDate.of(2021, 12, 1));
            assertThat(number(s, hainan, "Findings")).isEqualTo(1.0);
        }
    }
}

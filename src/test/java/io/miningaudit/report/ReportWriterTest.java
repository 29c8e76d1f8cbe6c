package io.miningaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Hashes;
import io.miningaudit.fixtures.RulesUnderTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook of REPORT.md, written for the small case of {@link ReportFixture} and read back with POI. */
class ReportWriterTest {
    /** The sheets and their header labels, as REPORT.md fixes them. */
    static final Map<String, List<String>> SHEETS = new LinkedHashMap<>();

    static {
        SHEETS.put("Summary", List.of("Province", "IPs detected", "IPs attributed", "Entities detected",
                "Public units detected", "Inspections", "Deliberate cases", "Passive cases", "Public units deliberate",
                "Machines confiscated", "Persons referred", "Surcharge (CNY)", "Back-payment (CNY)",
                "Liquidated penalty (CNY)", "Illegal gains (CNY)", "Energy double-count (kWh)"));
        SHEETS.put("Penalties", List.of("Finding ID", "Entity ID", "Entity", "Kind", "Province", "Subject", "Rule ID",
                "Measure", "Amount (CNY)", "Quantity", "Unit", "Period from", "Period to", "Basis", "Explanation"));
        SHEETS.put("Flagged agencies", List.of("Entity ID", "Entity", "Kind", "Province", "City", "Cause", "Action",
                "Rule ID", "Inspection ID", "IPs detected", "Machines", "Deadline", "Basis"));
        SHEETS.put("Persons", List.of("Person ID", "Name", "Entity ID", "Entity", "Public employee", "Party member",
                "Role", "Rule ID", "Measure", "Amount (CNY)", "Basis"));
        SHEETS.put("Tariff surcharges", List.of("Account ID", "Entity ID", "Province", "Period from", "Period to",
                "kWh", "Rate (CNY/kWh)", "Surcharge (CNY)", "Rule ID", "Cycle from", "Cycle to", "Cycle kWh",
                "Cycle days", "Days in line"));
        SHEETS.put("Inspection leads", List.of("Priority", "Entity ID", "Entity", "Kind", "Province", "Distinct IPs",
                "First detected", "Last detected", "Rule ID"));
        SHEETS.put("Findings", List.of("Finding ID", "Rule ID", "Measure", "Subject type", "Subject ID", "Entity ID",
                "Amount (CNY)", "Quantity", "Unit", "Period from", "Period to", "Basis", "Explanation", "Facts"));
        SHEETS.put("Data issues", List.of("Severity", "Code", "Location", "Message"));
        SHEETS.put("Rules", List.of("Rule ID", "Name", "Source", "Basis", "Findings"));
        SHEETS.put("By entity", List.of("Entity ID", "Entity", "Kind", "Province", "City", "Findings",
                "Surcharge (CNY)", "Back-payment (CNY)", "Liquidated penalty (CNY)", "Illegal gains (CNY)",
                "Total (CNY)", "Measures", "Earliest deadline", "Data issues"));
        SHEETS.put("Parameters", List.of("Kind", "Name", "Value", "From", "Until", "Source", "Findings"));
        SHEETS.put("Back-payment runs", List.of("Account ID", "Entity ID", "Period from", "Period to", "kWh",
                "Catalogue rate (CNY/kWh)", "Billed rate (CNY/kWh)", "Difference (CNY/kWh)", "Amount (CNY)"));
    }

    private static final List<String> DATE_COLUMNS = List.of("Period from", "Period to", "Deadline", "First detected",
            "Last detected", "Cycle from", "Cycle to", "Earliest deadline");

    private static AuditResult result;

    @TempDir
    Path out;

    @BeforeAll
    static void audit() throws Exception {
        result = ReportFixture.audit();
    }

    private XSSFWorkbook write(ReportWriter writer) throws Exception {
        return ReportFixture.workbook(writer, result, out);
    }

    private XSSFWorkbook workbook() throws Exception {
        return write(new ReportWriter());
    }

    // ---- reading helpers ----

    static List<String> headers(Sheet sheet) {
        List<String> labels = new ArrayList<>();
        Row row = sheet.getRow(0);
        for (int i = 0; i < row.getLastCellNum(); i++) {
            labels.add(row.getCell(i).getStringCellValue());
        }
        return labels;
    }

    static int column(Sheet sheet, String header) {
        int i = headers(sheet).indexOf(header);
        assertThat(i).as("column %s of %s", header, sheet.getSheetName()).isNotNegative();
        return i;
    }

    static Cell cell(Sheet sheet, int row, String header) {
        Row r = sheet.getRow(row);
        assertThat(r).as("row %d of %s", row, sheet.getSheetName()).isNotNull();
        return r.getCell(column(sheet, header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    static String text(Sheet sheet, int row, String header) {
        Cell c = cell(sheet, row, header);
        assertThat(isText(c)).as("%s!%s row %d is text, not %s", sheet.getSheetName(), header, row, c.getCellType())
                .isTrue();
        return c.getStringCellValue();
    }

    /** A cell of text: a string, or a link, whose cached value is its text. */
    static boolean isText(Cell c) {
        return c.getCellType() == CellType.STRING || linkTarget(c) != null;
    }

    /** Where a link cell leads ({@code 'Sheet'!A12}), or null for a cell that is not a link. */
    static String linkTarget(Cell c) {
        if (c == null || c.getCellType() != CellType.FORMULA || c.getCachedFormulaResultType() != CellType.STRING) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("HYPERLINK\\(\"#(.+)\",\"(.*)\"\\)")
                .matcher(c.getCellFormula());
        return m.matches() && m.group(2).replace("\"\"", "\"").equals(c.getStringCellValue()) ? m.group(1) : null;
    }

    /** The text a cell shows, as a reader sees it: a link's text, a number or date as formatted. */
    static String shown(Cell c) {
        return c != null && linkTarget(c) != null ? c.getStringCellValue()
                : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(c);
    }

    static double number(Sheet sheet, int row, String header) {
        Cell c = cell(sheet, row, header);
        assertThat(c.getCellType()).as("%s!%s row %d", sheet.getSheetName(), header, row).isEqualTo(CellType.NUMERIC);
        return c.getNumericCellValue();
    }

    static LocalDate date(Sheet sheet, int row, String header) {
        Cell c = cell(sheet, row, header);
        assertThat(c.getCellType()).as("%s!%s row %d", sheet.getSheetName(), header, row).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(c)).as("%s!%s row %d is a date", sheet.getSheetName(), header, row)
                .isTrue();
        return c.getLocalDateTimeCellValue().toLocalDate();
    }

    static void assertMoney(Cell c) {
        assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(c)).isFalse();
        assertThat(c.getCellStyle().getDataFormatString()).contains("CNY").contains("0.00");
    }

    /** The row whose cell under {@code header} reads {@code value}. */
    static int rowOf(Sheet sheet, String header, String value) {
        int col = column(sheet, header);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell c = row == null ? null : row.getCell(col);
            if (c != null && isText(c) && c.getStringCellValue().equals(value)) {
                return r;
            }
        }
        throw new AssertionError("no row with " + header + " = " + value + " on " + sheet.getSheetName());
    }

    static List<String> columnValues(Sheet sheet, String header, int fromRow, int toRow) {
        List<String> values = new ArrayList<>();
        for (int r = fromRow; r <= toRow; r++) {
            values.add(text(sheet, r, header));
        }
        return values;
    }

    // ---- the tests ----

    @Test
    void sheetsInTheOrderOfReportMd() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Penalties", "Flagged agencies", "Persons",
                    "Tariff surcharges", "Inspection leads", "Findings", "Data issues", "Rules", "By entity",
                    "Parameters", "Back-payment runs");
        }
    }

    @Test
    void everySheetHasExactlyTheHeaderLabelsOfReportMd() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            for (var e : SHEETS.entrySet()) {
                List<String> labels = headers(wb.getSheet(e.getKey()));
                assertThat(labels.subList(0, Math.min(labels.size(), e.getValue().size())))
                        .as("header of %s", e.getKey()).containsExactlyElementsOf(e.getValue());
            }
            // The extra columns at the right.
            assertThat(headers(wb.getSheet("Findings")).subList(14, headers(wb.getSheet("Findings")).size()))
                    .contains("Rule name");
            assertThat(headers(wb.getSheet("Data issues")).subList(4, headers(wb.getSheet("Data issues")).size()))
                    .contains("Rule ID");
        }
    }

    @Test
    void headerRowIsFrozenAndFiltered() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            for (Sheet sheet : wb) {
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane).as("pane of %s", sheet.getSheetName()).isNotNull();
                assertThat(pane.isFreezePane()).as("frozen %s", sheet.getSheetName()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).as("rows frozen on %s",
                        sheet.getSheetName()).isEqualTo((short) 1);
                // A wide sheet keeps its first column (the id the row is about) in view.
                assertThat(pane.getVerticalSplitPosition()).as("columns frozen on %s",
                        sheet.getSheetName()).isEqualTo((short) (headers(sheet).size() >= 8 ? 1 : 0));

                var filter = ((XSSFSheet) sheet).getCTWorksheet().getAutoFilter();
                assertThat(filter).as("auto-filter of %s", sheet.getSheetName()).isNotNull();
                CellRangeAddress range = CellRangeAddress.valueOf(filter.getRef());
                assertThat(range.getFirstRow()).isZero();
                assertThat(range.getFirstColumn()).isZero();
                assertThat(range.getLastColumn()).as("filter columns of %s", sheet.getSheetName())
                        .isEqualTo(sheet.getRow(0).getLastCellNum() - 1);
                // The Summary's Total row stands outside the filter, so that sorting the provinces cannot move it.
                int lastTableRow = sheet.getSheetName().equals("Summary") ? rowOf(sheet, "Province", "Total") - 1
                        : sheet.getLastRowNum();
                assertThat(range.getLastRow()).as("filter rows of %s", sheet.getSheetName()).isEqualTo(lastTableRow);
            }
        }
    }

    @Test
    void rowCountsOfEachSheet() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            assertThat(wb.getSheet("Penalties").getLastRowNum()).isEqualTo(6);
            assertThat(wb.getSheet("Flagged agencies").getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheet("Persons").getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheet("Tariff surcharges").getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheet("Inspection leads").getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheet("Findings").getLastRowNum()).isEqualTo(9);
            assertThat(wb.getSheet("Data issues").getLastRowNum()).isZero();
            assertThat(wb.getSheet("Rules").getLastRowNum()).isEqualTo(ReportFixture.rules().rules().size());
        }
    }

    /** The benchmark's I/O floor writes as many rows as the workbook holds: every sheet's but the Summary's. */
    @Test
    void theDataRowsAreTheRowsOfEverySheetButTheSummary() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            long rows = 0;
            for (Sheet s : wb) {
                if (!s.getSheetName().equals("Summary")) {
                    rows += s.getLastRowNum();
                }
            }
            assertThat(ReportWriter.dataRows(result)).isEqualTo(rows).isGreaterThan(20);
        }
    }

    @Test
    void summaryHasARowPerProvinceAndTheTotal() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            Sheet s = wb.getSheet("Summary");
            assertThat(columnValues(s, "Province", 1, 3)).containsExactly("Jiangsu", "Zhejiang", "Total");
            int total = 3;
            assertThat(number(s, total, "Deliberate cases")).isEqualTo(1.0);
            assertThat(number(s, total, "Passive cases")).isEqualTo(1.0);
            assertThat(number(s, total, "Inspections")).isEqualTo(2.0);
            assertThat(number(s, total, "IPs detected")).isEqualTo(4.0);
            assertThat(number(s, total, "IPs attributed")).isEqualTo(3.0);
            assertThat(number(s, total, "Entities detected")).isEqualTo(2.0);
            assertThat(number(s, total, "Public units detected")).isEqualTo(1.0);
            assertThat(number(s, total, "Public units deliberate")).isEqualTo(1.0);
            assertThat(number(s, total, "Machines confiscated")).isEqualTo(2.0);
            assertThat(number(s, total, "Persons referred")).isEqualTo(1.0);
            assertThat(number(s, total, "Illegal gains (CNY)")).isEqualTo(1234.5);
            assertMoney(cell(s, total, "Illegal gains (CNY)"));
            assertThat(number(s, total, "Surcharge (CNY)")).isEqualTo(113.0);
            assertMoney(cell(s, total, "Surcharge (CNY)"));
            assertThat(number(s, total, "Back-payment (CNY)")).isEqualTo(0.0);
            assertMoney(cell(s, total, "Back-payment (CNY)"));
            assertThat(number(s, total, "Energy double-count (kWh)")).isEqualTo(753.333);

            int jiangsu = 1;
            assertThat(number(s, jiangsu, "IPs detected")).isEqualTo(1.0);
            assertThat(number(s, jiangsu, "IPs attributed")).isEqualTo(0.0);
            assertThat(number(s, jiangsu, "Passive cases")).isEqualTo(1.0);
            assertThat(number(s, jiangsu, "Deliberate cases")).isEqualTo(0.0);
            assertThat(number(s, jiangsu, "Surcharge (CNY)")).isEqualTo(0.0);
            int zhejiang = 2;
            assertThat(number(s, zhejiang, "IPs detected")).isEqualTo(3.0);
            assertThat(number(s, zhejiang, "Deliberate cases")).isEqualTo(1.0);
            assertThat(number(s, zhejiang, "Illegal gains (CNY)")).isEqualTo(1234.5);
            assertThat(number(s, zhejiang, "Surcharge (CNY)")).isEqualTo(113.0);
        }
    }

    @Test
    void provenanceBlockBelowTheSummaryTable() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            Sheet s = wb.getSheet("Summary");
            int total = rowOf(s, "Province", "Total");
            Map<String, Cell> block = new LinkedHashMap<>();
            // The block starts after one empty row and ends at the next (the table of cases by kind follows).
            for (int r = total + 2; s.getRow(r) != null; r++) {
                Row row = s.getRow(r);
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                    block.put(row.getCell(0).getStringCellValue(), row.getCell(1));
                }
            }
            assertThat(block.keySet()).containsExactly("Case", "Title", "As of", "Generated at", "Program version",
                    "Rules SHA-256", "Case file SHA-256");
            assertThat(block.get("Case").getStringCellValue()).isEqualTo("t-case");
            assertThat(block.get("Title").getStringCellValue()).isEqualTo("Test case");
            Cell asOf = block.get("As of");
            assertThat(DateUtil.isCellDateFormatted(asOf)).isTrue();
            assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 12, 14));
            Cell generated = block.get("Generated at");
            assertThat(DateUtil.isCellDateFormatted(generated)).isTrue();
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(generated))
                    .isEqualTo("2021-12-15 01:30:15");
            assertThat(generated.getRow().getCell(2).getStringCellValue())
                    .isEqualTo("UTC (2021-12-15T09:30:15+08:00 where it ran)");
            assertThat(block.get("Program version").getStringCellValue()).isEqualTo("0.1.0-test");
            assertThat(block.get("Rules SHA-256").getStringCellValue()).isEqualTo(Hashes.sha256(RulesUnderTest.dir()))
                    .matches("[0-9a-f]{64}");
            assertThat(block.get("Case file SHA-256").getStringCellValue()).isEqualTo(ReportFixture.CASE_SHA);
        }
    }

    @Test
    void penaltiesListEveryNonPersonFindingExceptLeads() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            Sheet s = wb.getSheet("Penalties");
            assertThat(columnValues(s, "Finding ID", 1, 6)).containsExactly("ECL-EQUIPMENT/I-1",
                    "ENF-PUBLIC-REFERRAL/E-1", "NDRC-1283-6/I-1", "NDRC-1283-11/I-1", "NDRC-1283-13/A-1",
                    "ENF-TROJAN-REMEDIATION/E-2/I-2");

            int energy = rowOf(s, "Finding ID", "NDRC-1283-6/I-1");
            assertThat(text(s, energy, "Entity ID")).isEqualTo("E-1");
            assertThat(text(s, energy, "Entity")).isEqualTo("Hangzhou Polytechnic");
            assertThat(text(s, energy, "Kind")).isEqualTo("PUBLIC_INSTITUTION");
            assertThat(text(s, energy, "Province")).isEqualTo("Zhejiang");
            assertThat(text(s, energy, "Subject")).isEqualTo("I-1");
            assertThat(text(s, energy, "Rule ID")).isEqualTo("NDRC-1283-6");
            assertThat(text(s, energy, "Measure")).isEqualTo("ENERGY_DOUBLE_COUNT");
            assertThat(number(s, energy, "Quantity")).isEqualTo(753.333);
            assertThat(text(s, energy, "Unit")).isEqualTo("kWh");
            assertThat(date(s, energy, "Period from")).isEqualTo(LocalDate.of(2021, 10, 1));
            assertThat(date(s, energy, "Period to")).isEqualTo(LocalDate.of(2021, 12, 14));
            assertThat(cell(s, energy, "Amount (CNY)").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(s, energy, "Basis")).isEqualTo("NDRC notice 1283 (2021) §6");

            int surcharge = rowOf(s, "Finding ID", "NDRC-1283-13/A-1");
            assertThat(text(s, surcharge, "Subject")).isEqualTo("A-1");
            assertThat(text(s, surcharge, "Entity ID")).isEqualTo("E-1");
            assertThat(text(s, surcharge, "Measure")).isEqualTo("PUNITIVE_SURCHARGE");
            assertThat(number(s, surcharge, "Amount (CNY)")).isEqualTo(113.0);
            assertMoney(cell(s, surcharge, "Amount (CNY)"));
            assertThat(date(s, surcharge, "Period from")).isEqualTo(LocalDate.of(2021, 10, 1));
            assertThat(date(s, surcharge, "Period to")).isEqualTo(LocalDate.of(2021, 11, 2));

            int equipment = rowOf(s, "Finding ID", "ECL-EQUIPMENT/I-1");
            assertThat(number(s, equipment, "Quantity")).isEqualTo(2.0);
            assertThat(text(s, equipment, "Unit")).isEqualTo("machines");

            int remediation = rowOf(s, "Finding ID", "ENF-TROJAN-REMEDIATION/E-2/I-2");
            assertThat(text(s, remediation, "Entity")).isEqualTo("Suzhou Widgets Ltd");
            assertThat(text(s, remediation, "Province")).isEqualTo("Jiangsu");
            assertThat(date(s, remediation, "Period from")).isEqualTo(LocalDate.of(2021, 11, 10));
            assertThat(date(s, remediation, "Period to")).isEqualTo(LocalDate.of(2021, 12, 10));
        }
    }

    @Test
    void flaggedAgenciesHoldThePublicUnitOnly() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            Sheet s = wb.getSheet("Flagged agencies");
            assertThat(s.getLastRowNum()).isEqualTo(1);
            assertThat(text(s, 1, "Entity ID")).isEqualTo("E-1");
            assertThat(text(s, 1, "City")).isEqualTo("Hangzhou");
            assertThat(text(s, 1, "Action")).isEqualTo("DISCIPLINE_REFERRAL");
            assertThat(text(s, 1, "Rule ID")).isEqualTo("ENF-PUBLIC-REFERRAL");
            assertThat(text(s, 1, "Inspection ID")).isEqualTo("I-1");
            assertThat(number(s, 1, "IPs detected")).isEqualTo(1.0);
            assertThat(number(s, 1, "Machines")).isEqualTo(2.0);
            assertThat(cell(s, 1, "Deadline").getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void personsSheetCarriesTheAmountAsMoney() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            Sheet s = wb.getSheet("Persons");
            int gains = rowOf(s, "Rule ID", "ENF-ILLEGAL-GAINS");
            assertThat(text(s, gains, "Person ID")).isEqualTo("P-1");
            assertThat(text(s, gains, "Name")).isEqualTo("Wang Wei");
            assertThat(text(s, gains, "Entity ID")).isEqualTo("E-1");
            assertThat(text(s, gains, "Entity")).isEqualTo("Hangzhou Polytechnic");
            assertThat(text(s, gains, "Role")).isEqualTo("OPERATOR");
            assertThat(text(s, gains, "Measure")).isEqualTo("ILLEGAL_GAINS_CONFISCATION");
            assertThat(number(s, gains, "Amount (CNY)")).isEqualTo(1234.50);
            assertMoney(cell(s, gains, "Amount (CNY)"));

            int referral = rowOf(s, "Rule ID", "ENF-PERSON-REFERRAL");
            assertThat(text(s, referral, "Measure")).isEqualTo("DISCIPLINE_REFERRAL");
            assertThat(cell(s, referral, "Amount (CNY)").getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void tariffSurchargeLinesWithDatesKwhRateAndMoney() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            Sheet s = wb.getSheet("Tariff surcharges");
            assertThat(s.getLastRowNum()).isEqualTo(2);

            assertThat(text(s, 1, "Account ID")).isEqualTo("A-1");
            assertThat(text(s, 1, "Entity ID")).isEqualTo("E-1");
            assertThat(text(s, 1, "Province")).isEqualTo("Zhejiang");
            assertThat(date(s, 1, "Period from")).isEqualTo(LocalDate.of(2021, 10, 1));
            assertThat(date(s, 1, "Period to")).isEqualTo(LocalDate.of(2021, 10, 2));
            assertThat(number(s, 1, "kWh")).isEqualTo(66.667);
            assertThat(number(s, 1, "Rate (CNY/kWh)")).isEqualTo(0.30);
            assertThat(number(s, 1, "Surcharge (CNY)")).isEqualTo(20.00);
            assertMoney(cell(s, 1, "Surcharge (CNY)"));
            assertThat(text(s, 1, "Rule ID")).isEqualTo("NDRC-1283-13");

            assertThat(date(s, 2, "Period from")).isEqualTo(LocalDate.of(2021, 10, 3));
            assertThat(date(s, 2, "Period to")).isEqualTo(LocalDate.of(2021, 11, 2));
            assertThat(number(s, 2, "kWh")).isEqualTo(310.0);
            assertThat(number(s, 2, "Surcharge (CNY)")).isEqualTo(93.00);
            assertMoney(cell(s, 2, "Surcharge (CNY)"));
        }
    }

    @Test
    void inspectionLeadWithItsPriority() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            Sheet s = wb.getSheet("Inspection leads");
            assertThat(number(s, 1, "Priority")).isEqualTo(1.0);
            assertThat(text(s, 1, "Entity ID")).isEqualTo("E-3");
            assertThat(text(s, 1, "Entity")).isEqualTo("Ningbo Hashing Co");
            assertThat(text(s, 1, "Kind")).isEqualTo("PRIVATE_ENTERPRISE");
            assertThat(text(s, 1, "Province")).isEqualTo("Zhejiang");
            assertThat(number(s, 1, "Distinct IPs")).isEqualTo(2.0);
            assertThat(date(s, 1, "First detected")).isEqualTo(LocalDate.of(2021, 7, 5));
            assertThat(date(s, 1, "Last detected")).isEqualTo(LocalDate.of(2021, 8, 1));
            assertThat(text(s, 1, "Rule ID")).isEqualTo("LEAD-UNINSPECTED");
        }
    }

    @Test
    void findingsSheetListsEveryFindingInTheAuditorsOrder() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            Sheet s = wb.getSheet("Findings");
            assertThat(columnValues(s, "Finding ID", 1, 9)).containsExactlyElementsOf(ReportFixture.FINDING_IDS);

            int gains = rowOf(s, "Finding ID", "ENF-ILLEGAL-GAINS/P-1");
            assertThat(text(s, gains, "Subject type")).isEqualTo("PERSON");
            assertThat(text(s, gains, "Subject ID")).isEqualTo("P-1");
            assertThat(text(s, gains, "Entity ID")).isEqualTo("E-1");
            assertThat(number(s, gains, "Amount (CNY)")).isEqualTo(1234.5);
            assertMoney(cell(s, gains, "Amount (CNY)"));

            int lead = rowOf(s, "Finding ID", "LEAD-UNINSPECTED/E-3");
            assertThat(text(s, lead, "Measure")).isEqualTo("INSPECTION_LEAD");
            assertThat(number(s, lead, "Quantity")).isEqualTo(2.0);
            assertThat(date(s, lead, "Period from")).isEqualTo(LocalDate.of(2021, 7, 5));
            assertThat(text(s, lead, "Facts")).contains("D-1").contains("D-2").contains("D-3");
        }
    }

    @Test
    void rulesSheetCountsFindingsPerRule() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            Sheet s = wb.getSheet("Rules");
            assertThat(number(s, rowOf(s, "Name", "ENF-PUBLIC-REFERRAL Public unit referred"), "Findings"))
                    .isEqualTo(1.0);
            assertThat(number(s, rowOf(s, "Name", "ENF-REPEAT-DETECTION Repeat detection escalated"), "Findings"))
                    .isEqualTo(0.0);
            assertThat(text(s, rowOf(s, "Name", "ENF-PUBLIC-REFERRAL Public unit referred"), "Rule ID"))
                    .isEqualTo("ENF-PUBLIC-REFERRAL");
            assertThat(text(s, rowOf(s, "Name", "ECL-EQUIPMENT Confiscate mining equipment"), "Source"))
                    .isEqualTo(RulesUnderTest.dir().resolve("energylaw/equipment.drl").toString());
            assertThat(number(s, rowOf(s, "Name", "NDRC-1283-6 New project energy counted twice"), "Findings"))
                    .isEqualTo(1.0);
            assertThat(number(s, rowOf(s, "Name", "NDRC-1283-6 New project without an account"), "Findings"))
                    .isEqualTo(0.0);
            assertThat(number(s, rowOf(s, "Name", "LEAD-UNINSPECTED Uninspected entity"), "Findings")).isEqualTo(1.0);
        }
    }

    @Test
    void datesAreDateCellsAndMoneyIsNumericInCny() throws Exception {
        int dates = 0;
        int money = 0;
        try (XSSFWorkbook wb = workbook()) {
            for (Sheet s : wb) {
                List<String> labels = headers(s);
                int last = s.getSheetName().equals("Summary") ? rowOf(s, "Province", "Total") : s.getLastRowNum();
                for (int r = 1; r <= last; r++) {
                    for (int c = 0; c < labels.size(); c++) {
                        Cell cell = s.getRow(r).getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                        if (cell.getCellType() == CellType.BLANK) {
                            continue;
                        }
                        String where = s.getSheetName() + "!" + labels.get(c) + " row " + r;
                        if (DATE_COLUMNS.contains(labels.get(c))) {
                            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                            assertThat(DateUtil.isCellDateFormatted(cell)).as(where).isTrue();
                            dates++;
                        } else if (labels.get(c).endsWith("(CNY)")) {
                            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                            assertThat(cell.getCellStyle().getDataFormatString()).as(where).contains("CNY");
                            money++;
                        }
                    }
                }
            }
        }
        // Dates: Penalties 3 × 2, Tariff surcharges 2 × 4 (period and cycle), Inspection leads 2, Findings 4 × 2,
        // By entity 1 (E-2's remediation deadline).
        assertThat(dates).isEqualTo(25);
        // Money: Summary 3 rows × 4, Penalties 1, Persons 1, Tariff surcharges 2, Findings 2, By entity 3 rows × 5.
        assertThat(money).isEqualTo(33);
    }

    @Test
    void aSheetPastTheRowLimitContinuesWithTheSameHeader() throws Exception {
        // At most 5 rows a sheet: the header and 4 data rows. The 9 findings take three sheets.
        try (XSSFWorkbook wb = write(new ReportWriter(5))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsSubsequence("Findings", "Findings (2)", "Findings (3)", "Data issues");
            assertThat(names.indexOf("Findings (2)")).isEqualTo(names.indexOf("Findings") + 1);
            assertThat(names.indexOf("Findings (3)")).isEqualTo(names.indexOf("Findings") + 2);
            assertThat(names).doesNotContain("Findings (4)", "Persons (2)", "Inspection leads (2)", "Summary (2)",
                    "Tariff surcharges (2)", "Penalties (3)");
            // The 6 penalties: 4 on the first sheet, 2 on the second.
            assertThat(names.indexOf("Penalties (2)")).isEqualTo(names.indexOf("Penalties") + 1);
            assertThat(names.stream().filter(n -> !n.matches(".* \\(\\d+\\)")).toList())
                    .containsExactlyElementsOf(SHEETS.keySet());

            Sheet first = wb.getSheet("Findings");
            Sheet second = wb.getSheet("Findings (2)");
            Sheet third = wb.getSheet("Findings (3)");
            assertThat(headers(second)).isEqualTo(headers(first));
            assertThat(headers(third)).isEqualTo(headers(first));
            assertThat(headers(second).subList(0, 14)).containsExactlyElementsOf(SHEETS.get("Findings"));
            assertThat(first.getLastRowNum()).isEqualTo(4);
            assertThat(second.getLastRowNum()).isEqualTo(4);
            assertThat(third.getLastRowNum()).isEqualTo(1);
            List<String> ids = new ArrayList<>(columnValues(first, "Finding ID", 1, 4));
            ids.addAll(columnValues(second, "Finding ID", 1, 4));
            ids.addAll(columnValues(third, "Finding ID", 1, 1));
            assertThat(ids).containsExactlyElementsOf(ReportFixture.FINDING_IDS);

            Sheet penalties2 = wb.getSheet("Penalties (2)");
            assertThat(penalties2.getLastRowNum()).isEqualTo(2);
            assertThat(columnValues(penalties2, "Finding ID", 1, 2))
                    .containsExactly("NDRC-1283-13/A-1", "ENF-TROJAN-REMEDIATION/E-2/I-2");

            // Continuation sheets are frozen and filtered like the first.
            for (Sheet s : List.of(second, third, penalties2)) {
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                CellRangeAddress range = CellRangeAddress.valueOf(((XSSFSheet) s).getCTWorksheet().getAutoFilter()
                        .getRef());
                assertThat(range.getLastRow()).isEqualTo(s.getLastRowNum());
            }
            CellRangeAddress firstRange = CellRangeAddress.valueOf(((XSSFSheet) first).getCTWorksheet().getAutoFilter()
                    .getRef());
            assertThat(firstRange.getLastRow()).isEqualTo(4);
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRowOnEveryPage() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            for (Sheet sheet : wb) {
                String name = sheet.getSheetName();
                assertThat(sheet.getPrintSetup().getLandscape()).as("landscape %s", name).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).as(name)
                        .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as("pages wide, %s", name).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as("pages tall: as many as needed, %s", name)
                        .isEqualTo((short) 0);
                assertThat(sheet.getRepeatingRows()).as("repeated rows of %s", name)
                        .isEqualTo(new CellRangeAddress(0, 0, -1, -1));
                assertThat(sheet.getHeader().getLeft()).isEqualTo(ReportFixture.CASE_ID);
                assertThat(sheet.getHeader().getRight()).isEqualTo("&A");
                assertThat(sheet.getFooter().getCenter()).isEqualTo("Page &P of &N");
            }
            // Long text wraps within a column no wider than a printed page allows.
            Sheet findings = wb.getSheet("Findings");
            int explanation = headers(findings).indexOf("Explanation");
            assertThat(findings.getColumnWidth(explanation)).isLessThanOrEqualTo(60 * 256);
            assertThat(findings.getRow(1).getCell(explanation).getCellStyle().getWrapText()).isTrue();
            // and its row is as tall as the lines it wraps to, since a streamed row is not measured on opening.
            int length = findings.getRow(1).getCell(explanation).getStringCellValue().length();
            assertThat(findings.getRow(1).getHeightInPoints()).isEqualTo(Math.min((length + 54) / 55, 15) * 15f);
        }
    }

    @Test
    void theWorkbookHasATitleAndAuthorAndItsTotalRowIsBoldAndWholeQuantitiesShowNoDecimalPoint() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("mining-audit report: t-case as of " + ReportFixture.AS_OF);
            assertThat(core.getCreator()).isEqualTo("mining-audit 0.1.0-test");
            Sheet summary = wb.getSheet("Summary");
            int total = rowOf(summary, "Province", "Total");
            assertThat(wb.getFontAt(summary.getRow(total).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            Cell machines = cell(summary, total, "Machines confiscated");
            assertThat(machines.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            // Near miss: a count on a flag sheet stays a boolean cell, which the spreadsheet shows as TRUE or FALSE.
            Sheet persons = wb.getSheet("Persons");
            assertThat(cell(persons, 1, "Public employee").getCellType()).isEqualTo(CellType.BOOLEAN);
        }
    }

    @Test
    void theSummaryChartsTheMoneyByProvinceAndTheCasesByKindFromItsOwnCells() throws Exception {
        try (XSSFWorkbook wb = workbook()) {
            Sheet summary = wb.getSheet("Summary");
            var charts = ((org.apache.poi.xssf.usermodel.XSSFSheet) summary).getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            var money = charts.get(0).getChartSeries().get(0);
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Money by province (CNY)");
            assertThat(money.getSeriesCount()).isEqualTo(4);
            var surcharge = money.getSeries(0);
            int total = rowOf(summary, "Province", "Total");
            // The surcharge series reads the province rows' Surcharge cells, and carries their values.
            String column = org.apache.poi.ss.util.CellReference.convertNumToColString(
                    headers(summary).indexOf("Surcharge (CNY)"));
            assertThat(surcharge.getValuesData().getDataRangeReference())
                    .isEqualTo("'Summary'!$" + column + "$2:$" + column + "$" + total);
            assertThat(surcharge.getValuesData().getPointAt(0)).isEqualTo(number(summary, 1, "Surcharge (CNY)"));
            var cases = charts.get(1).getChartSeries().get(0);
            assertThat(charts.get(1).getTitleText().getString()).isEqualTo("Cases by kind of entity and cause");
            assertThat(cases.getSeriesCount()).isEqualTo(2);
            int kinds = rowOf(summary, "Province", "Kind");
            assertThat(cases.getSeries(0).getCategoryData().getDataRangeReference())
                    .isEqualTo("'Summary'!$A$" + (kinds + 2) + ":$A$" + (kinds + 1 + cases.getSeries(0)
                            .getCategoryData().getPointCount()));
            assertThat(summary.getRow(kinds + 1).getCell(1).getNumericCellValue())
                    .isEqualTo(cases.getSeries(0).getValuesData().getPointAt(0).doubleValue());
        }
    }
}

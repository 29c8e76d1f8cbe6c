package io.miningaudit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.intake.CaseDataException;
import io.miningaudit.intake.CaseReader;
import io.miningaudit.intake.CaseSchema;
import io.miningaudit.intake.Problem;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The empty case workbook: explained, with dropdowns, and read back by the auditor once filled. */
class CaseTemplateTest {
    @TempDir
    Path dir;

    private XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theTemplateExplainsEveryFieldAndHasASheetPerTableWithDropdowns() throws Exception {
        Path file = dir.resolve("template.xlsx");
        CaseTemplate.write(file);

        try (XSSFWorkbook wb = open(file)) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            List<String> expected = new ArrayList<>(List.of("README", "lists"));
            expected.addAll(CaseSchema.tableNames());
            assertThat(sheets).containsExactlyElementsOf(expected);
            assertThat(wb.isSheetHidden(wb.getSheetIndex("lists"))).isTrue();
            int fields = CaseSchema.tables().stream().mapToInt(t -> t.fields().size()).sum();
            assertThat(wb.getSheet("README").getLastRowNum()).isEqualTo(4 + fields);

            XSSFSheet entities = wb.getSheet("entities");
            List<String> header = new ArrayList<>();
            entities.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactlyElementsOf(CaseSchema.table("entities").fieldNames());
            assertThat(entities.getPaneInformation().isFreezePane()).isTrue();
            // kind (C), province (D) and dataCenter (G) carry dropdowns.
            assertThat(entities.getDataValidations()).extracting(v ->
                    v.getRegions().getCellRangeAddress(0).formatAsString())
                    .containsExactlyInAnyOrder("C2:C5001", "D2:D5001", "G2:G5001");
            assertThat(entities.getDataValidations()).anySatisfy(v ->
                    assertThat(v.getValidationConstraint().getFormula1()).startsWith("lists!$"));
            Sheet consumption = wb.getSheet("consumption");
            assertThat(consumption.getColumnStyle(1).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void aFilledTemplateIsReadAsACase() throws Exception {
        Path file = dir.resolve("filled.xlsx");
        CaseTemplate.write(file);
        try (XSSFWorkbook wb = open(file)) {
            var c = wb.getSheet("case").createRow(1);
            c.createCell(0).setCellValue("from-template");
            var asOf = c.createCell(2);
            asOf.setCellValue(LocalDate.of(2021, 12, 14));
            asOf.setCellStyle(wb.getSheet("case").getColumnStyle(2));
            var e = wb.getSheet("entities").createRow(1);
            e.createCell(0).setCellValue("E1");
            e.createCell(1).setCellValue("County Water Bureau");
            e.createCell(2).setCellValue("PARTY_GOVERNMENT_AGENCY");
            e.createCell(3).setCellValue("Zhejiang");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        CaseFile read = new CaseReader(Clock.systemUTC()).read(file, null);

        assertThat(read.getCaseInfo().getAsOf()).isEqualTo(LocalDate.of(2021, 12, 14));
        assertThat(read.getEntities()).singleElement()
                .satisfies(en -> assertThat(en.getKind()).isEqualTo(EntityKind.PARTY_GOVERNMENT_AGENCY));
    }

    @Test
    void anEmptyTemplateIsRejectedForItsEmptyRequiredTables() throws Exception {
        Path file = dir.resolve("empty.xlsx");
        CaseTemplate.write(file);

        CaseDataException e = catchThrowableOfType(CaseDataException.class,
                () -> new CaseReader(Clock.systemUTC()).read(file, null));

        assertThat(e.problems()).map(Problem::toString).containsExactly(
                file + ": entities: must hold at least one record",
                file + ": case: must hold one record");
    }
}

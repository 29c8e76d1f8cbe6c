package io.miningaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ConcurrentWorkbookTest {
    /** Three sheets, one with more rows than the window keeps in memory, a frozen pane, a filter and a formula. */
    private static byte[] write(SXSSFWorkbook wb) throws IOException {
        try (wb) {
            for (int s = 0; s < 3; s++) {
                SXSSFSheet sheet = wb.createSheet("Sheet " + s);
                sheet.createFreezePane(0, 1);
                int rows = s == 1 ? 5_000 : 3;
                for (int r = 0; r < rows; r++) {
                    var row = sheet.createRow(r);
                    row.createCell(0).setCellValue("row " + r + " of sheet " + s + " <&>");
                    row.createCell(1).setCellValue(r * 1.5);
                    row.createCell(2).setCellFormula("HYPERLINK(\"#'Sheet 0'!A1\",\"back\")");
                }
                sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, 2));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Each part's name and uncompressed content, in the order of the file. */
    private static Map<String, String> parts(byte[] zip) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipFile file = ZipFile.builder().setByteArray(zip).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(file.getEntriesInPhysicalOrder())) {
                try (var in = file.getInputStream(e)) {
                    parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    /** The parts as the JDK's stream reader reads them, which needs each part's sizes where they are declared. */
    private static Map<String, String> streamed(byte[] zip) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void writesThePartsPoiWritesInItsOrderWithTheSameContent() throws IOException {
        Map<String, String> poi = parts(write(new SXSSFWorkbook(100)));
        byte[] concurrent = write(new ConcurrentWorkbook(100, 2));

        Map<String, String> ours = parts(concurrent);
        assertThat(streamed(concurrent)).isEqualTo(ours);
        assertThat(ours.keySet()).containsExactlyElementsOf(poi.keySet());
        poi.keySet().stream().filter(n -> !n.equals("docProps/core.xml")) // core.xml holds the time it was made
                .forEach(n -> assertThat(ours.get(n)).as(n).isEqualTo(poi.get(n)));
        assertThat(ours.get("xl/worksheets/sheet2.xml")).contains("<sheetData>", "row 4999 of sheet 1");
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(concurrent))) {
            assertThat(read.getSheetAt(1).getLastRowNum()).isEqualTo(4_999);
            assertThat(read.getSheetAt(1).getRow(4_999).getCell(1).getNumericCellValue()).isEqualTo(4_999 * 1.5);
            assertThat(read.getSheetAt(2).getRow(0).getCell(2).getCellFormula())
                    .isEqualTo("HYPERLINK(\"#'Sheet 0'!A1\",\"back\")");
        }
    }

    @Test
    void setsTheRowsWhereTheSheetHasThemOrAtTheEnd() {
        assertThat(ConcurrentWorkbook.around("<worksheet><sheetData/><pageSetup/></worksheet>"))
                .containsExactly("<worksheet><sheetData>\n", "</sheetData><pageSetup/></worksheet>");
        assertThat(ConcurrentWorkbook.around("<worksheet><sheetData><row/></sheetData></worksheet>"))
                .containsExactly("<worksheet><sheetData><row/>", "</sheetData></worksheet>");
        assertThat(ConcurrentWorkbook.around("<worksheet></worksheet>"))
                .containsExactly("<worksheet></worksheet><sheetData>\n", "</sheetData>");
    }
}

package io.miningaudit.generate;

import io.miningaudit.intake.CaseSchema;
import io.miningaudit.intake.WorkbookReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An empty case workbook for inspectors: a README sheet explaining every field, then a sheet per table with its
 * header frozen, a dropdown on every enum and yes/no column, and date and number formats. The dropdowns read their
 * values from a hidden sheet, since a list written inline may hold at most 255 characters (the provinces need more).
 */
public final class CaseTemplate {
    /** How many rows of each table sheet carry the dropdowns and formats. */
    static final int ROWS = 5_000;
    static final String LISTS = "lists";

    private CaseTemplate() {
    }

    public static void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.########"));
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));

            readme(wb, header);
            Sheet lists = wb.createSheet(LISTS);
            int listColumn = 0;
            for (CaseSchema.Table table : CaseSchema.tables()) {
                Sheet sheet = wb.createSheet(table.name());
                Row names = sheet.createRow(0);
                DataValidationHelper dv = sheet.getDataValidationHelper();
                for (int c = 0; c < table.fields().size(); c++) {
                    CaseSchema.Field field = table.fields().get(c);
                    var cell = names.createCell(c);
                    cell.setCellValue(field.name());
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(c, Math.max(14, field.name().length() + 4) * 256);
                    switch (field.type()) {
                        case DATE -> sheet.setDefaultColumnStyle(c, date);
                        case DECIMAL -> sheet.setDefaultColumnStyle(c, decimal);
                        default -> sheet.setDefaultColumnStyle(c, text);
                    }
                    List<String> allowed = field.type() == CaseSchema.Type.BOOL ? List.of("true", "false")
                            : field.type() == CaseSchema.Type.ENUM ? field.enumValues() : List.of();
                    if (!allowed.isEmpty()) {
                        for (int i = 0; i < allowed.size(); i++) {
                            Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
                            row.createCell(listColumn).setCellValue(allowed.get(i));
                        }
                        String col = CellReference.convertNumToColString(listColumn);
                        DataValidation validation = dv.createValidation(
                                dv.createFormulaListConstraint(LISTS + "!$" + col + "$1:$" + col + "$"
                                        + allowed.size()),
                                new CellRangeAddressList(1, ROWS, c, c));
                        validation.setShowErrorBox(true);
                        validation.createErrorBox("Not allowed", field.name() + " must be one of the list");
                        sheet.addValidationData(validation);
                        listColumn++;
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            wb.setSheetHidden(wb.getSheetIndex(LISTS), true);
            wb.setActiveSheet(0);
            wb.write(out);
        }
    }

    private static void readme(XSSFWorkbook wb, CellStyle header) {
        Sheet sheet = wb.createSheet(WorkbookReader.README);
        String[] intro = {
            "A case for mining-audit. Fill one sheet per table: each row is a record, the first row names the fields.",
            "Required fields are marked yes. Dates YYYY-MM-DD. Several preferences: separate them with ;. An empty cell"
                    + " is an absent value. Sheets other than the tables (this one) are ignored.",
            "Audit it with: ./mining-audit audit this-file.xlsx",
        };
        int r = 0;
        for (String line : intro) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        String[] columns = {"Table", "Field", "Type", "Required", "Meaning", "Allowed values"};
        Row head = sheet.createRow(r++);
        for (int c = 0; c < columns.length; c++) {
            head.createCell(c).setCellValue(columns[c]);
            head.getCell(c).setCellStyle(header);
        }
        for (CaseSchema.Table table : CaseSchema.tables()) {
            for (CaseSchema.Field field : table.fields()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(table.name());
                row.createCell(1).setCellValue(field.name());
                row.createCell(2).setCellValue(field.type() == CaseSchema.Type.REF ? "ref " + field.refTable()
                        : field.type().name().toLowerCase(java.util.Locale.ROOT));
                row.createCell(3).setCellValue(field.required() ? "yes" : "");
                row.createCell(4).setCellValue(CaseSchema.meaning(table.name(), field.name()));
                row.createCell(5).setCellValue(String.join(", ", field.enumValues()));
            }
        }
        int[] widths = {16, 22, 16, 10, 90, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }
}

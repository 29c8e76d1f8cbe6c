package io.miningaudit.intake;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the workbook form: one sheet per table, named as the table, field names in the first row. Every value keeps
 * its sheet and cell. A hostile file is refused, not expanded: POI's zip-bomb guard (entries that inflate more than
 * a hundredfold, or past a size limit) stays on, and its XML parsers resolve no external entities.
 */
public final class WorkbookReader {
    /** The least compressed size an entry may have relative to its expanded size. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest expanded size of one entry of the workbook (a sheet's XML). */
    static final long MAX_ENTRY_SIZE = 2L << 30;
    /** A sheet of explanations, which the reader passes over like hidden sheets. */
    public static final String README = "README";

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    RawCase read(Path path, String shown) {
        RawCase raw = new RawCase(shown);
        raw.top(new Location.Text(shown, 0, 0));
        try (InputStream in = Files.newInputStream(path); Workbook wb = WorkbookFactory.create(in)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                // The template's explanation and its hidden lists of allowed values are not tables.
                if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)
                        || README.equalsIgnoreCase(wb.getSheetName(s))) {
                    continue;
                }
                readSheet(wb.getSheetAt(s), s, raw);
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\\n")[0];
            raw.unparseable(new Problem(new Location.Text(shown, 0, 0), "", "not a readable workbook: " + why));
        }
        return raw;
    }

    /** A table too long for one sheet goes on in {@code <table> (2)}, {@code <table> (3)}, … */
    private static final java.util.regex.Pattern CONTINUED = java.util.regex.Pattern.compile("^(.+) \\((\\d+)\\)$");

    private static void readSheet(Sheet sheet, int index, RawCase raw) {
        String table = sheet.getSheetName();
        java.util.regex.Matcher continued = CONTINUED.matcher(table);
        if (continued.matches() && CaseSchema.isTable(continued.group(1))) {
            table = continued.group(1);
        }
        String sheetName = sheet.getSheetName();
        Location sheetAt = new Location.Cell(raw.file(), index, sheetName, -1, 0);
        if (!CaseSchema.isTable(table)) {
            raw.problem(new Problem(sheetAt, table, "unknown table (sheet)"
                    + Suggestions.didYouMean(table, CaseSchema.tableNames())));
            return;
        }
        raw.touch(table);
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
            return;
        }
        Map<Integer, String> columns = new LinkedHashMap<>();
        Map<String, Location> names = new LinkedHashMap<>();
        for (Cell c : header) {
            String name = text(c);
            if (name != null && !name.isBlank()) {
                columns.put(c.getColumnIndex(), name.trim());
                names.put(name.trim(), new Location.Cell(raw.file(), index, sheetName, c.getRowIndex(), c.getColumnIndex()));
            }
        }
        int record = raw.records(table).size();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, RawValue> fields = new LinkedHashMap<>();
            if (row != null) {
                for (var col : columns.entrySet()) {
                    Cell cell = row.getCell(col.getKey());
                    RawValue value = value(cell, new Location.Cell(raw.file(), index, sheetName, r, col.getKey()));
                    if (value != null) {
                        fields.put(col.getValue(), value);
                    }
                }
            }
            if (fields.isEmpty()) {
                continue;
            }
            Map<String, Location> rowNames = new LinkedHashMap<>();
            fields.keySet().forEach(f -> rowNames.put(f, names.get(f)));
            raw.add(new RawRecord(table, record++, new Location.Cell(raw.file(), index, sheetName, r, 0), fields,
                    rowNames));
        }
    }

    /** A cell as text, the way the other forms write it: dates ISO, numbers exact and plain, booleans as words. */
    private static RawValue value(Cell cell, Location at) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().isBlank() ? null
                    : RawValue.scalar(RawValue.Kind.STRING, cell.getStringCellValue(), at);
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? RawValue.scalar(RawValue.Kind.STRING, cell.getLocalDateTimeCellValue().toLocalDate().toString(), at)
                    : RawValue.scalar(RawValue.Kind.NUMBER, plain(cell.getNumericCellValue()), at);
            case BOOLEAN -> RawValue.scalar(RawValue.Kind.BOOLEAN, Boolean.toString(cell.getBooleanCellValue()), at);
            case ERROR -> RawValue.scalar(RawValue.Kind.OBJECT, "", at);
            default -> null;
        };
    }

    /** The shortest decimal that is the cell's number: 0.538 stays 0.538, 30 stays 30. */
    private static String plain(double value) {
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String text(Cell c) {
        return c.getCellType() == CellType.STRING ? c.getStringCellValue() : null;
    }
}

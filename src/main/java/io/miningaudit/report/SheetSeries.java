package io.miningaudit.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet of the report with its header row, frozen and filtered. When a sheet reaches Excel's row limit the
 * rows go on in {@code <name> (2)}, {@code <name> (3)}, each with the same header.
 */
final class SheetSeries {
    static final int EXCEL_MAX_ROWS = 1_048_576;
    private static final int WIDTH_SAMPLE_ROWS = 2_000;
    private static final int MAX_WIDTH_CHARS = 90;
    /** A printed sheet's widest column, in characters: longer text wraps within it. */
    static final int PRINTED_WIDTH_CHARS = 60;
    /** A sheet with at least this many columns keeps its first column in view when scrolled sideways. */
    static final int WIDE_SHEET_COLUMNS = 8;
    /** The height of one line of text in a row, in points. */
    private static final float LINE_POINTS = 15f;

    private final Workbook wb;
    private final Styles styles;
    private final String name;
    private final List<String> headers;
    private final int maxRows;
    private final List<Sheet> sheets = new ArrayList<>();
    /** The rows of each full sheet before the current one, header included. */
    private final List<Integer> rowsIn = new ArrayList<>();
    /** Reserved: the rows may be written beside another thread's, so that no sheet may be added now. */
    private boolean reserved;
    private final int[] widths;
    private Sheet sheet;
    private int nextRow;
    private int sampled;
    private Runnable onRow = () -> { };
    /** The case a printed sheet's header names; null for a sheet not set up for printing. */
    private String printedCase;
    /** The words of codes, bases and explanations in the report's language. */
    private Words words = Words.ENGLISH;
    /** Where linked columns lead; null for a sheet written without links. */
    private Links links;

    SheetSeries(Workbook wb, Styles styles, String name, List<String> headers, int maxRows) {
        this.wb = wb;
        this.styles = styles;
        this.name = name;
        this.headers = headers;
        this.maxRows = maxRows;
        this.widths = headers.stream().mapToInt(h -> h.length() + 3).toArray();
        startSheet();
    }

    private void startSheet() {
        sheet = wb.createSheet(sheets.isEmpty() ? name : name + " (" + (sheets.size() + 1) + ")");
        sheets.add(sheet);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(styles.header);
        }
        sheet.createFreezePane(headers.size() >= WIDE_SHEET_COLUMNS ? 1 : 0, 1);
        if (printedCase != null) {
            printSetup(sheet);
        }
        nextRow = 1;
    }

    /**
     * Sets this sheet, and the continuation sheets to come, up for printing: landscape A4, one page wide, the header
     * row on every page, long text wrapped, a header naming the case and the sheet and a footer "Page N of M".
     */
    SheetSeries printed(String caseId) {
        this.printedCase = caseId;
        sheets.forEach(this::printSetup);
        return this;
    }

    private void printSetup(Sheet s) {
        PrintSetup print = s.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
        s.setRepeatingRows(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        s.getHeader().setLeft(printedCase);
        s.getHeader().setRight("&A"); // the sheet's name
        s.getFooter().setCenter(words.text("Page &P of &N")); // the page and the pages, as the spreadsheet counts
    }

    /** Writes codes, bases and explanations in {@code words}' language. */
    SheetSeries in(Words words) {
        this.words = words;
        return this;
    }

    /** Links the cells of linked columns to the rows {@code links} names. */
    SheetSeries linked(Links links) {
        this.links = links;
        return this;
    }

    /** Hears of every data row written, for a progress count. */
    SheetSeries onRow(Runnable hook) {
        this.onRow = hook;
        return this;
    }

    /**
     * Makes now the continuation sheets that {@code rows} data rows need, so that writing them adds no sheet to the
     * workbook (and can go on beside the writing of another sheet).
     */
    SheetSeries reserve(long rows) {
        long perSheet = maxRows - 1L;
        long needed = Math.max(1, (rows + perSheet - 1) / perSheet);
        Sheet current = sheet;
        int first = sheets.size();
        while (sheets.size() < needed) {
            startSheet();
        }
        if (sheets.size() > first) {
            sheet = current;
            nextRow = 1;
        }
        reserved = true;
        return this;
    }

    /** The next data row, on a continuation sheet when this one is full. */
    Cells row() {
        onRow.run();
        if (nextRow >= maxRows) {
            rowsIn.add(nextRow);
            if (rowsIn.size() < sheets.size()) {
                sheet = sheets.get(rowsIn.size());
                nextRow = 1;
            } else if (reserved) {
                throw new IllegalStateException(name + ": more rows than reserved; a sheet cannot be added now");
            } else {
                startSheet();
            }
        }
        boolean sample = sampled++ < WIDTH_SAMPLE_ROWS;
        return new Cells(sheet.createRow(nextRow++), sample);
    }

    /** The sheet rows are being written to now, for content below the table. */
    Sheet sheet() {
        return sheet;
    }

    int nextRowIndex() {
        return nextRow;
    }

    /** Sets each sheet's filter over its rows and the columns' widths: after the rows, on the workbook's thread. */
    void finish() {
        for (int i = 0; i < sheets.size(); i++) {
            close(sheets.get(i), i < rowsIn.size() ? rowsIn.get(i) : i == rowsIn.size() ? nextRow : 1);
        }
        for (Sheet s : sheets) {
            for (int i = 0; i < widths.length; i++) {
                s.setColumnWidth(i, Math.min(widths[i], printedCase == null ? MAX_WIDTH_CHARS : PRINTED_WIDTH_CHARS)
                        * 256);
            }
        }
    }

    private void close(Sheet s, int rows) {
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, headers.size() - 1));
    }

    /** Writes the cells of one row, left to right. */
    final class Cells {
        /** The row these cells are in, for what is set on the row as a whole. */
        Row rowObject() {
            return row;
        }

        private final Row row;
        private final boolean sample;
        private int column;

        private Cells(Row row, boolean sample) {
            this.row = row;
            this.sample = sample;
        }

        Cells text(String value) {
            Cell c = next(!sample || value == null ? 0 : value.length());
            if (value != null) {
                c.setCellValue(value);
                if (printedCase != null && value.length() > PRINTED_WIDTH_CHARS) {
                    c.setCellStyle(styles.wrapped);
                    // A streamed row's height is not measured by the spreadsheet when it opens: give it the lines
                    // the text wraps to, about 55 characters a line in a 60-character column.
                    int lines = (value.length() + 54) / 55;
                    if (lines * LINE_POINTS > row.getHeightInPoints()) {
                        row.setHeightInPoints(Math.min(lines, 15) * LINE_POINTS);
                    }
                }
            }
            return this;
        }

        Cells date(LocalDate value) {
            Cell c = next(10);
            if (value != null) {
                c.setCellValue(value);
                c.setCellStyle(styles.date);
            }
            return this;
        }

        Cells money(BigDecimal value) {
            return number(value, styles.money, 4);
        }

        /** An amount kept exact, shown to 4 decimals: its width is that of the shown text. */
        Cells exactMoney(BigDecimal value) {
            Cell c = next(!sample || value == null ? 0
                    : value.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString().length() + 6);
            if (value != null) {
                c.setCellValue(value.doubleValue());
                c.setCellStyle(styles.exactMoney);
            }
            return this;
        }

        Cells kwh(BigDecimal value) {
            return number(value, styles.kwh, 0);
        }

        /** A quantity: a whole number shows none of the decimal point that {@code #,##0.###} would leave. */
        Cells quantity(BigDecimal value) {
            boolean whole = value != null && value.stripTrailingZeros().scale() <= 0;
            return number(value, whole ? styles.count : styles.quantity, 0);
        }

        Cells rate(BigDecimal value) {
            return number(value, styles.rate, 0);
        }

        Cells count(long value) {
            int digits = Long.toString(value).length();
            Cell c = next(sample ? digits + digits / 3 : 0);
            c.setCellValue(value);
            c.setCellStyle(styles.count);
            return this;
        }

        /** The cell of {@code value} as its column's kind has it. */
        @SuppressWarnings("unchecked")
        Cells value(Columns.Kind kind, Object value) {
            return switch (kind) {
                case TEXT -> text((String) value);
                case DATE -> date((LocalDate) value);
                case MONEY -> value instanceof String note ? text(note) : money((BigDecimal) value);
                case EXACT_MONEY -> exactMoney((BigDecimal) value);
                case KWH -> value instanceof String note ? text(note) : kwh((BigDecimal) value);
                case RATIO -> kwh((BigDecimal) value);
                case QUANTITY -> quantity((BigDecimal) value);
                case RATE -> rate((BigDecimal) value);
                case COUNT -> count(((Number) value).longValue());
                case FLAG -> flag((Boolean) value);
                case LIST -> text(String.join("; ", (List<String>) value));
                case CODE -> text(words.code(value));
                case CODES -> text(String.join("; ", ((List<?>) value).stream().map(words::code).toList()));
                case BASIS -> text(words.basis(((Columns.Cited) value).ruleId(), ((Columns.Cited) value).basis()));
                case EXPLANATION -> text(words.explanation((io.miningaudit.facts.Finding) value));
            };
        }

        /** A row's cells, column by column. */
        <T> Cells row(List<Columns.Column<T>> columns, T row) {
            for (Columns.Column<T> column : columns) {
                Object value = column.value().apply(row);
                String formula = links == null || column.link() == null ? null
                        : links.formula(column.link().target(), column.link().key().apply(row), String.valueOf(value));
                if (formula == null) {
                    value(column.kind(), value);
                } else {
                    link(String.valueOf(value), formula);
                }
            }
            return this;
        }

        /** A cell that shows {@code text} and leads where {@code formula}'s {@code HYPERLINK} says. */
        Cells link(String text, String formula) {
            Cell c = next(sample ? text.length() : 0);
            c.setCellFormula(formula);
            c.setCellValue(text);
            c.setCellStyle(styles.link);
            return this;
        }

        Cells flag(boolean value) {
            Cell c = next(5);
            c.setCellValue(value);
            c.setCellStyle(styles.flag);
            return this;
        }

        private Cells number(BigDecimal value, CellStyle style, int extra) {
            // A width is measured on the first rows only: past them, the text of the number is not made at all.
            Cell c = next(!sample || value == null ? 0 : value.toPlainString().length() + value.precision() / 3
                    + extra);
            if (value != null) {
                c.setCellValue(value.doubleValue());
                c.setCellStyle(style);
            }
            return this;
        }

        private Cell next(int length) {
            if (sample && column < widths.length && length + 2 > widths[column]) {
                widths[column] = length + 2;
            }
            return row.createCell(column++);
        }
    }
}

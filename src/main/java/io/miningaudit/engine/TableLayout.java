package io.miningaudit.engine;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

/**
 * The layout of a decision-table workbook, read the way Drools reads it (its own parser, the first sheet): the
 * sheet's name and, for each RuleTable, where its header and its row of column labels stand. It turns a rule such as
 * {@code Schedule_11} and a column label such as {@code from} back into the cell an analyst edits, {@code D11}.
 */
final class TableLayout {
    private String sheet;
    private final Map<Long, String> cells = new HashMap<>();
    private final Map<String, int[]> tables = new HashMap<>();

    private TableLayout() {
    }

    /** The layout of a workbook, or null when it cannot be read (a CSV table, a broken file). */
    static TableLayout read(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.xlsx?$")) {
            return null;
        }
        TableLayout layout = new TableLayout();
        try (InputStream in = Files.newInputStream(file)) {
            new ExcelParser(layout.listener()).parseFile(in);
            return layout;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private DataListener listener() {
        return new CellListener() {
            @Override
            public void startSheet(String name) {
                if (sheet == null) {
                    sheet = name;
                }
            }

            @Override
            public void newCell(int row, int column, String value, int mergedColStart) {
                if (value == null || value.isBlank()) {
                    return;
                }
                cells.put(key(row, column), value.trim());
                if (value.trim().startsWith("RuleTable ")) {
                    tables.put(value.trim().substring("RuleTable ".length()).trim().replace(' ', '_'),
                            new int[] {row, column});
                }
            }
        };
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    String sheet() {
        return sheet;
    }

    /**
     * The cell of the column labelled {@code label} in the row of a table's rule ({@code <table>_<row>}, the row
     * counted from 1), or null. The labels stand four rows below the RuleTable cell: keywords, object types,
     * snippets, labels.
     */
    String cell(String table, int row, String label) {
        int[] header = tables.get(table);
        if (header == null || label == null) {
            return null;
        }
        int labelRow = header[0] + 4;
        for (var e : cells.entrySet()) {
            int r = (int) (e.getKey() >> 20);
            int c = (int) (e.getKey() & 0xFFFFF);
            if (r == labelRow && e.getValue().equalsIgnoreCase(label)) {
                return column(c) + row;
            }
        }
        return null;
    }

    /**
     * A column of a table: its label (null when it has none) and the cell that names it: the label's, else the
     * keyword's.
     */
    record Column(String label, String cell) {
    }

    /**
     * The columns of a table, left to right: each column with a keyword (one row below the RuleTable cell) or a label
     * (four rows below). Empty when the table is not in the workbook.
     */
    java.util.List<Column> columns(String table) {
        int[] header = tables.get(table);
        if (header == null) {
            return java.util.List.of();
        }
        java.util.TreeMap<Integer, Column> columns = new java.util.TreeMap<>();
        for (var e : cells.entrySet()) {
            int r = (int) (e.getKey() >> 20);
            int c = (int) (e.getKey() & 0xFFFFF);
            if (r == header[0] + 1 || r == header[0] + 4) {
                String label = cells.get(key(header[0] + 4, c));
                columns.putIfAbsent(c, new Column(label, column(c) + (label != null ? header[0] + 5 : header[0] + 2)));
            }
        }
        return java.util.List.copyOf(columns.values());
    }

    /** Spreadsheet column letters of a 0-based column: 0 is A, 26 is AA. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }
}

package io.miningaudit.intake;

/** Where a value stands in a case file, as a person would look it up: {@code file:line:column} or a cell. */
public interface Location extends Comparable<Location> {

    /** A sort key that follows the file's own order. */
    String sortKey();

    @Override
    default int compareTo(Location o) {
        return sortKey().compareTo(o.sortKey());
    }

    /** A position in a text file; line and column count from 1, 0 when unknown. */
    record Text(String file, int line, int column) implements Location {
        @Override
        public String sortKey() {
            return String.format("%s\u0000%010d%010d", file, line, column);
        }

        @Override
        public String toString() {
            if (line <= 0) {
                return file;
            }
            return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
        }
    }

    /** A cell of a workbook: {@code case.xlsx › entities › C7}. */
    record Cell(String file, int sheetIndex, String sheet, int row, int column) implements Location {
        @Override
        public String sortKey() {
            return String.format("%s\u0000%05d%010d%05d", file, sheetIndex, row, column);
        }

        @Override
        public String toString() {
            return row < 0 ? file + " › " + sheet : file + " › " + sheet + " › "
                    + org.apache.poi.ss.util.CellReference.convertNumToColString(column) + (row + 1);
        }
    }
}

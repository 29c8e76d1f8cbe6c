package io.miningaudit.facts;

import java.time.LocalDate;

/** Dates as spreadsheet cells hold them: ISO text, or a serial day number when the cell was typed as a date. */
public final class ExcelDates {
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private ExcelDates() {
    }

    public static LocalDate parse(String value) {
        String v = value.trim();
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(v);
        }
        if (v.matches("\\d{1,6}(\\.0+)?")) {
            // Excel's 1900 date system: serial 1 is 1900-01-01, counting the phantom 1900-02-29.
            return EPOCH.plusDays(Long.parseLong(v.replaceFirst("\\..*", "")));
        }
        throw new IllegalArgumentException("not a date: " + value);
    }
}

package io.miningaudit.engine;

import java.time.LocalDate;

/**
 * A row of the rule base's tables as the report's Parameters sheet lists it: a parameter (its value) or a surcharge
 * schedule row (its rate and validity), with the cell it was read from.
 *
 * @param from  first day a schedule row is in force; null for a parameter
 * @param until last day a schedule row is in force; null when open, and for a parameter
 */
public record TableRow(Kind kind, String name, String value, LocalDate from, LocalDate until, String source) {
    /** What the row sets. */
    public enum Kind { PARAMETER, SCHEDULE_ROW }
}

package io.miningaudit.intake;

import java.util.Map;

/** One record of a table as read: its position in the table, where it starts, and its fields in file order. */
public record RawRecord(String table, int index, Location location, Map<String, RawValue> fields) {

    /** How the record is named in a message: {@code entities[3]}, or {@code case} for the single case record. */
    public String path() {
        return CaseSchema.CASE.equals(table) ? table : table + "[" + index + "]";
    }
}

package io.miningaudit.intake;

import java.util.Map;

/**
 * One record of a table as read: its position in the table, where it starts, its fields in file order, and where
 * each field's name stands (for a field that is not in the schema).
 */
public record RawRecord(String table, int index, Location location, Map<String, RawValue> fields,
                        Map<String, Location> names) {

    /** Where a field's name stands, or its value when the form has no separate name (a column header). */
    public Location nameLocation(String field) {
        Location at = names.get(field);
        return at != null ? at : fields.get(field).location();
    }

    /** How the record is named in a message: {@code entities[3]}, or {@code case} for the single case record. */
    public String path() {
        return CaseSchema.CASE.equals(table) ? table : table + "[" + index + "]";
    }
}

package io.miningaudit.intake;

import io.miningaudit.text.Suggestions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which tables one reading of a case file takes in. A case file is read twice: first every table but the large
 * ones, then the large ones, as a stream, once what their records refer to is known. Only the first reading
 * reports the file's shape: which tables it has and which names it does not know.
 */
record TableFilter(Set<String> tables, boolean shape) {
    /** The tables that may run to millions of records; no other record refers to theirs. */
    static final List<String> STREAMED = List.of("ipDetections", "consumption", "dailyReadings");

    /** Every table at once, for a case read whole (a rule test's scenario, a reader's own tests). */
    static TableFilter all() {
        return new TableFilter(Set.copyOf(CaseSchema.tableNames()), true);
    }

    /** The first reading: every table but the streamed ones, and the file's shape. */
    static TableFilter kept() {
        Set<String> kept = new LinkedHashSet<>(CaseSchema.tableNames());
        STREAMED.forEach(kept::remove);
        return new TableFilter(kept, true);
    }

    /** The second reading: the streamed tables, in one pass. */
    static TableFilter streamed() {
        return new TableFilter(Set.copyOf(STREAMED), false);
    }

    boolean reads(String table) {
        return tables.contains(table);
    }

    /**
     * The one routing of a table that a reader meets, whatever the form: a name the schema does not know is a problem
     * of the first reading (located at {@code where}; {@code form} says what bears the name, such as " (sheet)"), a
     * known table is marked present, and the answer is whether this reading takes its records.
     */
    boolean route(String table, Location where, String form, RawCase raw) {
        if (!CaseSchema.isTable(table)) {
            if (shape) {
                raw.problem(new Problem(where, Values.name(table), "unknown table" + form
                        + Suggestions.didYouMean(table, CaseSchema.tableNames())));
            }
            return false;
        }
        if (shape) {
            raw.touch(table);
        }
        return reads(table);
    }
}

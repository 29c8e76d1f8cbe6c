package io.miningaudit.intake;

import io.miningaudit.intake.CaseSchema.Check;
import io.miningaudit.intake.CaseSchema.Field;
import io.miningaudit.intake.CaseSchema.Type;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of FACTS.md "Bad data" that need more than one value: dates against each other and the as-of date, ids,
 * references, overlaps.
 */
final class CaseChecks {
    /** The tables held whole; let go after {@link #run}, so that their raw form can be collected. */
    private Map<String, List<TypedRecord>> tables;
    private final LocalDate asOf;
    private final List<Problem> problems;
    private Map<String, Set<String>> ids;
    private final Map<String, IdIndex> streamedIds = new HashMap<>();
    private final Overlaps cycles = new Overlaps("consumption", "cycle", "account");
    private final ReadingDays readingDays = new ReadingDays();

    CaseChecks(Map<String, List<TypedRecord>> tables, LocalDate asOf, List<Problem> problems) {
        this.tables = tables;
        this.asOf = asOf;
        this.problems = problems;
    }

    /** Runs every check on the tables held whole; afterwards {@link #record} checks a streamed record. */
    void run() {
        ids = uniqueIds();
        for (List<TypedRecord> records : tables.values()) {
            for (TypedRecord t : records) {
                record(t);
            }
        }
        Overlaps rates = new Overlaps("catalogueRates", "rate", "province and category");
        for (TypedRecord t : tables.get("catalogueRates")) {
            String key = t.get("province") == null || t.get("category") == null ? null
                    : t.get("province") + " " + t.get("category");
            period(rates, t, key, !present(t, "to"));
        }
        rates.check(problems);
        tables = null;
    }

    /**
     * The checks of a record of a streamed table, as it is read: those of {@link #record}, its id against the ids
     * read before it, and its period against the others of its key once {@link #finishStreamed} is called.
     */
    void streamed(TypedRecord t) {
        record(t);
        String table = t.table().name();
        if (hasId(table) && t.get("id") != null) {
            String id = (String) t.get("id");
            IdIndex index = streamedIds.computeIfAbsent(table, x -> new IdIndex());
            int first = index.add(id, t.at("id"));
            if (first >= 0) {
                duplicate(t, id, index.location(first));
            }
        }
        if ("consumption".equals(table)) {
            period(cycles, t, (String) t.get("accountId"), false);
        }
        if ("dailyReadings".equals(table) && t.get("accountId") != null && t.get("date") != null
                && !readingDays.add((String) t.get("accountId"), (LocalDate) t.get("date"))) {
            add(t, "date", "account " + t.get("accountId") + " is read twice on " + t.get("date")
                    + ": one reading an account a day");
        }
    }

    /** The checks of the streamed tables that need all their records: overlapping cycles. */
    void finishStreamed() {
        cycles.check(problems);
    }

    /**
     * The checks of one record on its own and against the tables held whole: dates against the as-of date and each
     * other, references, an inspection's cause. A streamed table's ids and overlaps are its reader's to check.
     */
    void record(TypedRecord t) {
        for (Field field : t.table().fields()) {
            Object v = t.get(field.name());
            if (v == null) {
                continue;
            }
            if (field.check() == Check.NOT_AFTER_AS_OF && ((LocalDate) v).isAfter(asOf)) {
                add(t, field.name(), v + " is after the audit's as-of date " + asOf);
            }
            if (field.type() == Type.REF && !ids.get(field.refTable()).contains((String) v)) {
                add(t, field.name(), '"' + v.toString() + "\" names no record of " + field.refTable());
            }
        }
        switch (t.table().name()) {
            case "inspections" -> {
                Object outcome = t.get("outcome");
                boolean hasCause = t.get("cause") != null || present(t, "cause");
                if ("MINING_FOUND".equals(outcome) && !hasCause) {
                    add(t, "cause", "required when the outcome is MINING_FOUND (SELF_INITIATED or TROJAN_INFECTION)");
                } else if ("NO_MINING".equals(outcome) && hasCause) {
                    add(t, "cause", "must be absent when the outcome is NO_MINING");
                }
                notBefore(t, "miningEndedOn", "miningStartedOn");
            }
            case "consumption", "catalogueRates" -> notBefore(t, "to", "from");
            default -> {
                // The other tables have no dates to compare.
            }
        }
    }

    private static boolean present(TypedRecord t, String field) {
        RawValue v = t.raw().fields().get(field);
        return v != null && !v.isAbsent();
    }

    private Map<String, Set<String>> uniqueIds() {
        Map<String, Set<String>> ids = new HashMap<>();
        for (var entry : tables.entrySet()) {
            Set<String> seen = new HashSet<>();
            Map<String, TypedRecord> first = new HashMap<>();
            boolean hasId = hasId(entry.getKey());
            for (TypedRecord t : entry.getValue()) {
                Object id = t.get("id");
                if (!hasId || id == null) {
                    continue;
                }
                if (!seen.add((String) id)) {
                    duplicate(t, id, first.get(id).at("id"));
                } else {
                    first.put((String) id, t);
                }
            }
            ids.put(entry.getKey(), seen);
        }
        return ids;
    }

    private void notBefore(TypedRecord t, String later, String earlier) {
        LocalDate end = (LocalDate) t.get(later);
        LocalDate start = (LocalDate) t.get(earlier);
        if (end != null && start != null && end.isBefore(start)) {
            add(t, later, end + " is before " + earlier + " " + start);
        }
    }

    private static boolean hasId(String table) {
        return CaseSchema.table(table).field("id").map(f -> f.type() == Type.ID).orElse(false);
    }

    private void duplicate(TypedRecord t, Object id, Location first) {
        add(t, "id", '"' + id.toString() + "\" is used twice in " + t.table().name() + " (first at " + first + ")");
    }

    /**
     * Adds a record's period to {@code overlaps} when it has one to compare: a start, an end not before it or none
     * at all ({@code mayBeOpen}), and a key. A record without is left out: what it lacks is reported already.
     */
    private static void period(Overlaps overlaps, TypedRecord t, String key, boolean mayBeOpen) {
        LocalDate from = (LocalDate) t.get("from");
        LocalDate to = (LocalDate) t.get("to");
        if (from == null || key == null || (to == null && !mayBeOpen) || (to != null && to.isBefore(from))) {
            return;
        }
        overlaps.add(key, from, to, t.raw().index(), t.raw().location(), t.at("from"));
    }

    private void add(TypedRecord t, String field, String message) {
        problems.add(new Problem(t.at(field), t.path(field), message));
    }
}

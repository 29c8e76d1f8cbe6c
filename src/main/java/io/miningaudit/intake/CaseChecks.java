package io.miningaudit.intake;

import io.miningaudit.intake.CaseBinder.Typed;
import io.miningaudit.intake.CaseSchema.Check;
import io.miningaudit.intake.CaseSchema.Field;
import io.miningaudit.intake.CaseSchema.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of FACTS.md "Bad data" that need more than one value: dates against each other and the as-of date, ids, references, overlaps. */
final class CaseChecks {
    /** The tables held whole; let go after {@link #run}, so that their raw form can be collected. */
    private Map<String, List<Typed>> tables;
    private final LocalDate asOf;
    private final List<Problem> problems;
    private Map<String, Set<String>> ids;

    CaseChecks(Map<String, List<Typed>> tables, LocalDate asOf, List<Problem> problems) {
        this.tables = tables;
        this.asOf = asOf;
        this.problems = problems;
    }

    /** Runs every check on the tables held whole; afterwards {@link #record} checks a streamed record. */
    void run() {
        ids = uniqueIds();
        for (List<Typed> records : tables.values()) {
            for (Typed t : records) {
                record(t);
            }
        }
        overlaps("catalogueRates", t -> t.get("province") == null || t.get("category") == null ? null
                : t.get("province") + " " + t.get("category"), "province and category", "rate");
        tables = null;
    }

    /**
     * The checks of one record on its own and against the tables held whole: dates against the as-of date and each
     * other, references, an inspection's cause. A streamed table's ids and overlaps are its reader's to check.
     */
    void record(Typed t) {
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

    /** The ids of a table held whole, for the references of a streamed record. */
    Set<String> ids(String table) {
        return ids.get(table);
    }

    private static boolean present(Typed t, String field) {
        RawValue v = t.raw().fields().get(field);
        return v != null && !v.isAbsent();
    }

    private Map<String, Set<String>> uniqueIds() {
        Map<String, Set<String>> ids = new HashMap<>();
        for (var entry : tables.entrySet()) {
            Set<String> seen = new HashSet<>();
            Map<String, Typed> first = new HashMap<>();
            boolean hasId = CaseSchema.table(entry.getKey()).field("id").map(f -> f.type() == Type.ID).orElse(false);
            for (Typed t : entry.getValue()) {
                Object id = t.get("id");
                if (!hasId || id == null) {
                    continue;
                }
                if (!seen.add((String) id)) {
                    add(t, "id", '"' + id.toString() + "\" is used twice in " + entry.getKey()
                            + " (first at " + first.get(id).at("id") + ")");
                } else {
                    first.put((String) id, t);
                }
            }
            ids.put(entry.getKey(), seen);
        }
        return ids;
    }

    private void notBefore(Typed t, String later, String earlier) {
        LocalDate end = (LocalDate) t.get(later);
        LocalDate start = (LocalDate) t.get(earlier);
        if (end != null && start != null && end.isBefore(start)) {
            add(t, later, end + " is before " + earlier + " " + start);
        }
    }

    private void overlaps(String table, java.util.function.Function<Typed, String> key, String keyName, String noun) {
        Map<String, List<Typed>> groups = new LinkedHashMap<>();
        for (Typed t : tables.get(table)) {
            LocalDate from = (LocalDate) t.get("from");
            LocalDate to = (LocalDate) t.get("to");
            boolean openEnded = "catalogueRates".equals(table) && to == null && !present(t, "to");
            if (from == null || (to == null && !openEnded) || (to != null && to.isBefore(from))) {
                continue;
            }
            String k = key.apply(t);
            if (k == null) {
                // The key is missing or invalid, which is reported already: the record belongs to no group.
                continue;
            }
            groups.computeIfAbsent(k, g -> new ArrayList<>()).add(t);
        }
        for (var group : groups.entrySet()) {
            List<Typed> sorted = new ArrayList<>(group.getValue());
            sorted.sort(Comparator.comparing((Typed t) -> (LocalDate) t.get("from")));
            Typed reach = null;
            for (Typed t : sorted) {
                if (reach != null && !after((LocalDate) t.get("from"), (LocalDate) reach.get("to"))) {
                    add(t, "from", "this " + noun + " (" + range(t) + ") overlaps the " + noun + " at "
                            + reach.raw().location() + " (" + range(reach) + ") of the same " + keyName + " "
                            + group.getKey());
                }
                if (reach == null || ends(t).isAfter(ends(reach))) {
                    reach = t;
                }
            }
        }
    }

    private static LocalDate ends(Typed t) {
        LocalDate to = (LocalDate) t.get("to");
        return to == null ? LocalDate.MAX : to;
    }

    private static boolean after(LocalDate day, LocalDate end) {
        return end != null && day.isAfter(end);
    }

    private static String range(Typed t) {
        Object to = t.get("to");
        return t.get("from") + " to " + (to == null ? "open" : to);
    }

    private void add(Typed t, String field, String message) {
        problems.add(new Problem(t.at(field), t.path(field), message));
    }
}

package io.miningaudit.report;

import io.miningaudit.engine.RuleInfo;
import io.miningaudit.facts.Finding;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each linked cell of the workbook leads: the row of an entity in By entity, of a finding in Findings, of an
 * entity's first finding in Findings, of a rule in Rules. The rows are known before any sheet is written, from the
 * order each sheet writes its rows in, continuation sheets included.
 *
 * <p>A link is a {@code HYPERLINK} formula with its text as the cached value rather than a cell hyperlink: a streamed
 * sheet keeps every cell hyperlink in memory until the workbook is written, a formula goes out with its row, so a
 * national month's half a million linked rows cost no heap. The text is the ID, so a reader who copies the cell or
 * reads it without following the link sees the ID.
 */
final class Links {
    /** The longest text a formula's string can hold; a longer ID is written as plain text. */
    static final int MAX_TEXT = 255;

    private final int rowsPerSheet;
    private final Map<Columns.Target, Place> places = new EnumMap<>(Columns.Target.class);

    /** The sheet a target's rows are on, and each key's row among them (0 for the first data row). */
    private record Place(String sheet, Map<String, Integer> rows) {
    }

    private Links(int maxRows) {
        this.rowsPerSheet = maxRows - 1;
    }

    /**
     * The links of a workbook whose sheets hold at most {@code maxRows} rows each, header included.
     *
     * @param sheetNames each target's sheet, as the workbook names it
     */
    static Links of(List<EntityTotals> byEntity, List<Finding> findings, List<RuleInfo> rules, int maxRows,
                    Function<Columns.Target, String> sheetNames) {
        Links links = new Links(maxRows);
        links.add(Columns.Target.ENTITY, sheetNames, byEntity, t -> t.entity().getId());
        links.add(Columns.Target.FINDING, sheetNames, findings, Finding::getId);
        links.add(Columns.Target.ENTITY_FINDINGS, sheetNames, findings, Finding::getEntityId);
        links.add(Columns.Target.RULE, sheetNames, rules, RuleInfo::ruleId);
        return links;
    }

    private <T> void add(Columns.Target target, Function<Columns.Target, String> sheetNames, List<T> rows,
                         Function<T, String> key) {
        Map<String, Integer> index = new HashMap<>(rows.size() * 4 / 3 + 1);
        for (int i = 0; i < rows.size(); i++) {
            index.putIfAbsent(key.apply(rows.get(i)), i);
        }
        places.put(target, new Place(sheetNames.apply(target), index));
    }

    /** The formula of a link from {@code text} to the row of {@code target} named {@code key}, or null if none. */
    String formula(Columns.Target target, String key, String text) {
        Place place = places.get(target);
        Integer row = place == null || key == null ? null : place.rows().get(key);
        if (row == null || text == null || text.length() > MAX_TEXT) {
            return null;
        }
        int part = row / rowsPerSheet;
        String sheet = part == 0 ? place.sheet() : place.sheet() + " (" + (part + 1) + ")";
        // The sheet's name in quotes, a quote in it doubled; the text a string literal, a double quote doubled.
        return "HYPERLINK(\"#'" + sheet.replace("'", "''").replace("\"", "\"\"") + "'!A" + (row % rowsPerSheet + 2)
                + "\",\"" + text.replace("\"", "\"\"") + "\")";
    }
}

package io.miningaudit.engine;

import io.miningaudit.engine.functions.Exact;
import io.miningaudit.engine.functions.NaturalOrder;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.Explanation;
import io.miningaudit.facts.InspectionOutcome;
import io.miningaudit.facts.MachineKind;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.MiningCause;
import io.miningaudit.facts.PersonRole;
import io.miningaudit.facts.Phrase;
import io.miningaudit.facts.Preference;
import io.miningaudit.facts.Province;
import io.miningaudit.facts.Severity;
import io.miningaudit.facts.SubjectType;
import io.miningaudit.facts.TariffCategory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The report's words in each language, from the labels workbook under {@code rules/} ({@value #FILE}), so that an
 * analyst corrects a translation without touching code. Its sheets, each with a header row naming its key column and
 * then one column per language ({@code en}, {@code zh-CN}):
 * <ul>
 *   <li><b>Codes</b>: the label of each code the report shows (kinds of entity, measures, provinces...);</li>
 *   <li><b>Texts</b>: sheet names, column headers and the other words of the workbook, keyed by their English;</li>
 *   <li><b>Explanations</b>: each finding's explanation template, keyed by the {@code @ruleId} of the rule that makes
 *   it and the finding's measure, naming the fields the rule gives as {@code {field}};</li>
 *   <li><b>Phrases</b>: the templates of parts of explanations that Java builds (a presumed day, a rate used);</li>
 *   <li><b>Bases</b>: each rule ID's legal basis as the documents of another language cite it (English cites the
 *   rule's own {@code @basis}).</li>
 * </ul>
 * English shows codes as the contract has them (the code itself); another language shows their labels.
 */
public final class Labels {
    /** Where the labels workbook lies in a rules folder. */
    public static final String FILE = "labels/Labels.xlsx";
    /** The key of the labels in a session's environment, where building a finding finds its template. */
    public static final String ENVIRONMENT_KEY = "mining-audit.labels";

    /** The codes the report shows, each of which needs a label in every language. */
    static final List<String> CODES = Stream.of(EntityKind.values(), MiningCause.values(), Measure.values(),
                    PersonRole.values(), TariffCategory.values(), Preference.values(), InspectionOutcome.values(),
                    SubjectType.values(), Severity.values(), Province.values(), TableRow.Kind.values(),
                    MachineKind.values(), io.miningaudit.facts.SinceLastAudit.Status.values(),
                    io.miningaudit.facts.LoadSignal.values(),
                    new Object[] {"TRUE", "FALSE"})
            .flatMap(Stream::of).map(String::valueOf).toList();

    /** The phrases Java builds, with the fields each gives. */
    static final Map<String, List<String>> PHRASES = Map.of(
            Phrase.PRESUMED_DAY, List.of("day"),
            Phrase.RATE_USED, List.of("rate", "from", "days", "kwh", "difference"),
            Phrase.STEP, List.of("ratio", "on"),
            Phrase.NO_STEP, List.of());

    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** One sheet of the workbook: by key, each language's text and the cell it came from. */
    private record Table(Map<String, Map<Language, Entry>> rows) {
        String get(String key, Language lang) {
            Map<Language, Entry> row = rows.get(key);
            Entry e = row == null ? null : row.get(lang);
            return e == null ? null : e.text();
        }
    }

    /** A label and where it stands. */
    record Entry(String text, String cell) {
    }

    private final Table codes;
    private final Table texts;
    private final Table explanations;
    private final Table phrases;
    private final Table bases;
    private final String source;

    private Labels(String source, Table codes, Table texts, Table explanations, Table phrases, Table bases) {
        this.source = source;
        this.codes = codes;
        this.texts = texts;
        this.explanations = explanations;
        this.phrases = phrases;
        this.bases = bases;
    }

    /** The file the labels come from, as problems name it. */
    public String source() {
        return source;
    }

    // ---- reading ----

    /**
     * Reads the labels workbook of a rules folder; what is wrong with it goes to {@code problems}, located by cell.
     * Returns null when there is no workbook to read (an error in {@code problems}).
     */
    static Labels read(Path rulesDir, List<RuleProblem> problems) {
        return read(rulesDir, RuleCache.at(null), problems);
    }

    /** The extension of the labels' cells as the rule cache keeps them. */
    static final String CACHED = ".labels";
    private static final List<String> SHEETS = List.of("Codes", "Texts", "Explanations", "Phrases", "Bases");

    /**
     * Reads the labels workbook, its cells taken from {@code cache} when this content was read before: the parser
     * loads POI, which an unchanged workbook should not cost a start-up.
     */
    static Labels read(Path rulesDir, RuleCache cache, List<RuleProblem> problems) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(new RuleProblem(RuleProblem.Level.ERROR, file.toString(), "no labels workbook: the report's"
                    + " words and each finding's explanation template are read from it"));
            return null;
        }
        Map<String, Map<Integer, Map<Integer, String>>> grids;
        try {
            byte[] content = Files.readAllBytes(file);
            String key = RuleCache.key(FILE, content);
            byte[] kept = cache.bytes(key, CACHED);
            grids = kept == null ? null : cells(new String(kept, java.nio.charset.StandardCharsets.UTF_8));
            if (grids == null) {
                grids = parse(content);
                cache.putBytes(key, CACHED, text(grids).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new RuleProblem(RuleProblem.Level.ERROR, file.toString(), "cannot be read as a workbook: "
                    + e.getMessage()));
            return null;
        }
        String name = file.toString();
        return new Labels(name, sheet(grids, name, "Codes", "Code", problems),
                sheet(grids, name, "Texts", "en", problems),
                sheet(grids, name, "Explanations", "Rule ID/Measure", problems),
                sheet(grids, name, "Phrases", "Phrase", problems),
                sheet(grids, name, "Bases", "Rule ID", problems));
    }

    /** The cells of each sheet, read as Drools reads a decision table, with its own parser. */
    private static Map<String, Map<Integer, Map<Integer, String>>> parse(byte[] content) throws IOException {
        Map<String, Map<Integer, Map<Integer, String>>> grids = new LinkedHashMap<>();
        Map<String, List<org.drools.template.parser.DataListener>> listeners = new LinkedHashMap<>();
        for (String sheet : SHEETS) {
            Map<Integer, Map<Integer, String>> grid = new java.util.TreeMap<>();
            grids.put(sheet, grid);
            listeners.put(sheet, List.of(new Cells(grid)));
        }
        try (InputStream in = new java.io.ByteArrayInputStream(content)) {
            new org.drools.decisiontable.parser.xls.ExcelParser(listeners).parseFile(in);
        }
        return grids;
    }

    /** The cells as the cache keeps them: a line per cell, sheet, row, column and text, tabs between. */
    static String text(Map<String, Map<Integer, Map<Integer, String>>> grids) {
        StringBuilder text = new StringBuilder("labels 1\n");
        grids.forEach((sheet, grid) -> grid.forEach((row, cells) -> cells.forEach((column, value) ->
                text.append(sheet).append('\t').append(row).append('\t').append(column).append('\t')
                        .append(value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                                .replace("\r", "\\r"))
                        .append('\n'))));
        return text.toString();
    }

    /** The cells a cache entry holds, or null for an entry that is not one (damaged: the workbook is read again). */
    static Map<String, Map<Integer, Map<Integer, String>>> cells(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].equals("labels 1") || !lines[lines.length - 1].isEmpty()) {
            return null;
        }
        Map<String, Map<Integer, Map<Integer, String>>> grids = new LinkedHashMap<>();
        SHEETS.forEach(sheet -> grids.put(sheet, new java.util.TreeMap<>()));
        for (int i = 1; i < lines.length - 1; i++) {
            String[] parts = lines[i].split("\t", 4);
            if (parts.length != 4 || !grids.containsKey(parts[0])) {
                return null;
            }
            try {
                grids.get(parts[0]).computeIfAbsent(Integer.parseInt(parts[1]), r -> new java.util.TreeMap<>())
                        .put(Integer.parseInt(parts[2]), unescape(parts[3]));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return grids;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Gathers a sheet's cells, row by row, as the parser hands them over. */
    private record Cells(Map<Integer, Map<Integer, String>> grid) implements CellListener {
        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (value != null && !value.isBlank()) {
                grid.computeIfAbsent(row, r -> new java.util.TreeMap<>()).put(column, value.strip());
            }
        }
    }

    /** A cell's reference as a spreadsheet names it ({@code C5}), from its 0-based row and column. */
    static String cell(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + (row + 1);
    }

    private static Table sheet(Map<String, Map<Integer, Map<Integer, String>>> grids, String file, String name,
                               String keyColumn, List<RuleProblem> problems) {
        Map<String, Map<Language, Entry>> rows = new LinkedHashMap<>();
        Map<Integer, Map<Integer, String>> grid = grids.get(name);
        String where = file + " › " + name;
        if (grid.isEmpty() || !grid.containsKey(0)) {
            problems.add(new RuleProblem(RuleProblem.Level.ERROR, where, "no sheet " + name + " with a header row"));
            return new Table(rows);
        }
        // The key: one column, or several ("Rule ID/Measure") whose texts joined by '/' make it.
        List<String> keyColumns = List.of(keyColumn.split("/"));
        int[] keys = new int[keyColumns.size()];
        java.util.Arrays.fill(keys, -1);
        Map<Language, Integer> columns = new EnumMap<>(Language.class);
        grid.get(0).forEach((column, label) -> {
            Language lang = Language.of(label);
            if (keyColumns.contains(label)) {
                keys[keyColumns.indexOf(label)] = column;
            }
            if (lang != null) {
                columns.put(lang, column);
            }
        });
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] < 0) {
                problems.add(new RuleProblem(RuleProblem.Level.ERROR, where + " › A1", "no column \""
                        + keyColumns.get(i) + "\""));
                return new Table(rows);
            }
        }
        for (Language lang : Language.values()) {
            if (!columns.containsKey(lang) && !(lang == Language.EN && name.equals("Bases"))) {
                problems.add(new RuleProblem(RuleProblem.Level.ERROR, where + " › A1", "no column for language "
                        + lang.tag() + ": every language of " + String.join(", ", Language.tags())
                        + " needs one"));
            }
        }
        grid.forEach((r, cells) -> {
            if (r == 0) {
                return;
            }
            List<String> parts = new ArrayList<>();
            for (int c : keys) {
                parts.add(cells.getOrDefault(c, ""));
            }
            String k = String.join("/", parts);
            if (k.replace("/", "").isEmpty()) {
                return;
            }
            if (rows.containsKey(k)) {
                problems.add(new RuleProblem(RuleProblem.Level.ERROR, where + " › " + cell(r, keys[0]),
                        "\"" + k + "\" is labelled twice"));
                return;
            }
            Map<Language, Entry> labels = new EnumMap<>(Language.class);
            columns.forEach((lang, c) -> labels.put(lang, new Entry(cells.getOrDefault(c, ""),
                    where + " › " + cell(r, c))));
            rows.put(k, labels);
        });
        return new Table(rows);
    }

    /** Labels from maps, for tests: by key, each language's text. */
    static Labels of(Map<String, Map<Language, String>> codes, Map<String, Map<Language, String>> texts,
                     Map<String, Map<Language, String>> explanations, Map<String, Map<Language, String>> phrases,
                     Map<String, Map<Language, String>> bases) {
        return new Labels("labels", table(codes), table(texts), table(explanations), table(phrases), table(bases));
    }

    private static Table table(Map<String, Map<Language, String>> rows) {
        Map<String, Map<Language, Entry>> table = new LinkedHashMap<>();
        rows.forEach((key, byLang) -> {
            Map<Language, Entry> entries = new EnumMap<>(Language.class);
            byLang.forEach((lang, text) -> entries.put(lang, new Entry(text, key)));
            table.put(key, entries);
        });
        return new Table(table);
    }

    // ---- checking ----

    /**
     * A finding a rule of a DRL file builds, with the fields its explanation is given.
     *
     * @param key the rule's {@code @ruleId} and the finding's measure, {@code RULE-ID/MEASURE}
     */
    record ExplainingRule(String name, String key, Set<String> fields, String location) {
    }

    /**
     * Every problem of these labels against the rules: a code or a language without a label, a rule that builds
     * findings but has no template, a template naming a field its rule does not give, a phrase naming a field its
     * phrase does not have. A template no rule uses, and a rule ID without a basis in another language (whose report
     * then cites the rule's own), are warnings.
     *
     * @param ruleIds every rule ID of the catalogue, schedule rows included, whose basis another language cites
     */
    List<RuleProblem> check(List<ExplainingRule> rules, Collection<String> ruleIds) {
        List<RuleProblem> problems = new ArrayList<>();
        for (String code : CODES) {
            requireAll(codes, code, "code " + code, "Codes", problems);
        }
        texts.rows().forEach((key, row) -> requireAll(texts, key, "text \"" + key + "\"", "Texts", problems));
        Map<String, List<ExplainingRule>> byKey = new LinkedHashMap<>();
        // A rule without a rule ID is reported as such; what its findings' template would be is not known.
        boolean unnamed = rules.stream().anyMatch(r -> r.key().startsWith("/"));
        rules.stream().filter(r -> !r.key().startsWith("/"))
                .forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        byKey.forEach((key, makers) -> {
            if (!explanations.rows().containsKey(key)) {
                makers.forEach(r -> problems.add(new RuleProblem(RuleProblem.Level.ERROR, r.location(),
                        "rule \"" + r.name() + "\" builds findings, but " + source + " › Explanations has no"
                                + " template for " + key)));
                return;
            }
            requireAll(explanations, key, "the explanation of " + key, "Explanations", problems);
            Set<String> given = new LinkedHashSet<>(makers.get(0).fields());
            makers.forEach(r -> given.retainAll(r.fields()));
            explanations.rows().get(key).forEach((lang, entry) -> {
                for (String field : fields(entry.text())) {
                    if (!given.contains(field)) {
                        problems.add(new RuleProblem(RuleProblem.Level.ERROR, entry.cell(), "the " + lang.tag()
                                + " template of " + key + " names field {" + field + "}, which rule \""
                                + makers.get(0).name() + "\" does not give; it gives " + braced(given)
                                + io.miningaudit.text.Suggestions.didYouMean(field, given)));
                    }
                }
            });
        });
        explanations.rows().forEach((key, row) -> {
            if (!byKey.containsKey(key) && !unnamed) {
                Entry any = row.values().iterator().next();
                problems.add(new RuleProblem(RuleProblem.Level.WARNING, any.cell(), "the explanation template of "
                        + key + " is used by no rule"));
            }
        });
        PHRASES.forEach((key, given) -> {
            if (!phrases.rows().containsKey(key)) {
                problems.add(new RuleProblem(RuleProblem.Level.ERROR, source + " › Phrases", "no phrase " + key));
                return;
            }
            requireAll(phrases, key, "phrase " + key, "Phrases", problems);
            phrases.rows().get(key).forEach((lang, entry) -> fields(entry.text()).stream()
                    .filter(f -> !given.contains(f)).forEach(f -> problems.add(new RuleProblem(
                            RuleProblem.Level.ERROR, entry.cell(), "phrase " + key + " names field {" + f
                            + "}, which it does not have; it has " + braced(given)))));
        });
        for (String ruleId : ruleIds) {
            if (ruleId == null || ruleId.isBlank()) {
                continue; // a rule without a rule ID, reported as such
            }
            for (Language lang : Language.values()) {
                if (lang != Language.EN && (bases.get(ruleId, lang) == null || bases.get(ruleId, lang).isEmpty())) {
                    problems.add(new RuleProblem(RuleProblem.Level.WARNING, source + " › Bases", "rule ID " + ruleId
                            + " has no " + lang.tag() + " basis: a report in " + lang.tag() + " cites its own"
                            + " @basis"));
                }
            }
        }
        return problems;
    }

    /** Whether every text of {@code needed} has a label in every language; the texts without one, as problems. */
    public List<RuleProblem> checkTexts(Collection<String> needed) {
        List<RuleProblem> problems = new ArrayList<>();
        for (String text : needed) {
            if (!texts.rows().containsKey(text)) {
                problems.add(new RuleProblem(RuleProblem.Level.ERROR, source + " › Texts", "the report's text \""
                        + text + "\" has no row"));
            }
        }
        return problems;
    }

    private void requireAll(Table table, String key, String what, String sheet, List<RuleProblem> problems) {
        Map<Language, Entry> row = table.rows().get(key);
        for (Language lang : Language.values()) {
            Entry e = row == null ? null : row.get(lang);
            if (e == null || e.text().isEmpty()) {
                if (row != null && row.get(lang) == null) {
                    continue; // the language's column is missing, which is reported once for the sheet
                }
                problems.add(new RuleProblem(RuleProblem.Level.ERROR, e == null ? source + " › " + sheet : e.cell(),
                        what + " has no " + lang.tag() + " label"));
            }
        }
    }

    /** The fields a template names, in order, each once. */
    static Set<String> fields(String template) {
        Set<String> fields = new LinkedHashSet<>();
        Matcher m = FIELD.matcher(template);
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }

    private static String braced(Collection<String> fields) {
        return fields.isEmpty() ? "no fields" : String.join(", ", fields.stream().map(f -> "{" + f + "}").toList());
    }

    // ---- using ----

    /** A code as {@code lang} shows it: English the code itself, another language its label (or the code). */
    public String code(Object code, Language lang) {
        if (code == null) {
            return null;
        }
        String name = code instanceof Enum<?> e ? e.name() : String.valueOf(code);
        if (lang == Language.EN) {
            return name;
        }
        String label = codes.get(name, lang);
        return label == null || label.isEmpty() ? name : label;
    }

    /** A code's label in {@code lang}, English included (as a notice names a measure), or the code. */
    public String label(Object code, Language lang) {
        String name = code instanceof Enum<?> e ? e.name() : String.valueOf(code);
        String label = codes.get(name, lang);
        return label == null || label.isEmpty() ? name : label;
    }

    /** A text of the workbook (keyed by its English) in {@code lang}, or the English where it has no label. */
    public String text(String english, Language lang) {
        if (lang == Language.EN) {
            return english;
        }
        String label = texts.get(english, lang);
        return label == null || label.isEmpty() ? english : label;
    }

    /** The basis of rule ID {@code ruleId} in {@code lang}: English cites {@code english}, the rule's own. */
    public String basis(String ruleId, String english, Language lang) {
        if (lang == Language.EN) {
            return english;
        }
        String label = bases.get(ruleId, lang);
        return label == null || label.isEmpty() ? english : label;
    }

    /** Whether there is a template for {@code key}. */
    public boolean explains(String key) {
        return explanations.rows().containsKey(key);
    }

    /** The explanation a finding's fields make in {@code lang}. */
    public String render(Explanation explanation, Language lang) {
        String template = explanations.get(explanation.getKey(), lang);
        if (template == null) {
            throw new IllegalStateException("no " + lang.tag() + " explanation template for " + explanation.getKey()
                    + " in " + source);
        }
        return fill(template, explanation.getFields(), explanation.getValues(), lang);
    }

    private String fill(String template, List<String> fields, List<Object> values, Language lang) {
        Matcher m = FIELD.matcher(template);
        StringBuilder text = new StringBuilder(template.length() + 64);
        while (m.find()) {
            int i = fields.indexOf(m.group(1));
            m.appendReplacement(text, Matcher.quoteReplacement(i < 0 ? m.group() : show(values.get(i), lang)));
        }
        m.appendTail(text);
        return text.toString();
    }

    /** A field's value as {@code lang} writes it: dates ISO, decimals plain, codes and yes/no as labelled. */
    String show(Object value, Language lang) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Exact e) {
            return e.toKwh().toPlainString();
        }
        if (value instanceof Boolean b) {
            return label(b ? "TRUE" : "FALSE", lang);
        }
        if (value instanceof Enum<?> e) {
            return code(e, lang);
        }
        if (value instanceof Phrase p) {
            String template = phrases.get(p.getKey(), lang);
            if (template == null) {
                throw new IllegalStateException("no " + lang.tag() + " phrase " + p.getKey() + " in " + source);
            }
            return fill(template, p.getFields(), p.getValues(), lang);
        }
        if (value instanceof Collection<?> c) {
            // Phrases keep their order (rates in the order they applied); anything else is listed in natural order.
            if (!c.isEmpty() && c.iterator().next() instanceof Phrase) {
                return String.join("; ", c.stream().map(v -> show(v, lang)).toList());
            }
            return String.join(lang == Language.EN ? ", " : "、",
                    c.stream().map(v -> show(v, lang)).sorted(NaturalOrder.INSTANCE).toList());
        }
        return String.valueOf(value);
    }
}

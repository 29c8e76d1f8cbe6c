package io.miningaudit.engine;

import io.miningaudit.engine.functions.Findings;
import io.miningaudit.facts.Parameter;
import io.miningaudit.facts.SurchargeRate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import io.miningaudit.engine.functions.NaturalOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * The rule base compiled from a rules folder on disk (DRL files and spreadsheet decision tables), never from the
 * classpath, so an analyst's edit takes effect on the next run. Compiling also checks the parameters the rules
 * read. Every problem comes back at once, located in the analyst's own files.
 */
public final class RuleBase {
    /** Where Drools is told the rules folder is; its messages name files under this path. */
    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final String RULES_PREFIX = "rules/";
    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static final Pattern LINE_COLUMN = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    /** Drools names a decision table's rules {@code <table>_<row>}. */
    static final Pattern TABLE_ROW = Pattern.compile("^(.+)_(\\d+)$");
    private static final Pattern VALUES_AT = Pattern.compile("rule values at ([A-Z]+\\d+)");
    private static final Pattern TABLE_CELL = Pattern.compile("cell ([A-Z]+\\d+)");

    private final Path dir;
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final List<RuleProblem> warnings;
    private final Map<String, Parameter> parameters;
    private final List<SurchargeRate> schedule;

    private RuleBase(Path dir, KieBase kieBase, List<RuleInfo> rules, List<RuleProblem> warnings,
                     Map<String, Parameter> parameters, List<SurchargeRate> schedule) {
        this.dir = dir;
        this.kieBase = kieBase;
        this.rules = rules;
        this.warnings = warnings;
        this.parameters = parameters;
        this.schedule = schedule;
    }

    /** Compiles every rule file below {@code dir} except its {@code tests/} folder, and checks the parameters. */
    public static RuleBase compile(Path dir) throws RulesException {
        if (!Files.isDirectory(dir)) {
            throw new RulesException("no rules folder", List.of(new RuleProblem(RuleProblem.Level.ERROR,
                    dir.toString(), "no such folder")));
        }
        List<RuleProblem> problems = new ArrayList<>();
        TableFiles tables = new TableFiles();
        Map<String, Path> sources = sources(dir, problems);
        if (sources.isEmpty()) {
            problems.add(new RuleProblem(RuleProblem.Level.ERROR, dir.toString(),
                    "holds no rule files (*.drl, *.drl.xlsx, *.drl.xls, *.drl.csv)"));
            throw failure(problems);
        }
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("io.miningaudit.rules", "rulebase", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(release);
        for (var source : sources.entrySet()) {
            try {
                byte[] content = Files.readAllBytes(source.getValue());
                problems.addAll(safety(source.getKey(), source.getValue(), content, tables));
                kfs.write(RESOURCE_ROOT + RULES_PREFIX + source.getKey(), content);
            } catch (IOException e) {
                problems.add(new RuleProblem(RuleProblem.Level.ERROR, source.getValue().toString(),
                        "cannot be read: " + e.getMessage()));
            }
        }
        KieBuilder builder = ks.newKieBuilder(kfs);
        try {
            builder.buildAll();
        } catch (RuntimeException e) {
            // Drools throws, rather than reports, when a decision table's layout cannot be parsed.
            problems.add(tableParseProblem(dir, sources, e));
            throw failure(problems);
        }
        for (Message m : builder.getResults().getMessages()) {
            if (m.getLevel() == Message.Level.ERROR) {
                problems.add(locate(dir, sources, m, tables));
            }
        }
        dropEchoes(problems);
        if (problems.stream().anyMatch(p -> p.level() == RuleProblem.Level.ERROR)) {
            // Nothing runs, not even the tables' rows, while any rule is unsafe or does not compile.
            throw failure(problems);
        }
        KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setOption(ConsequenceExceptionHandlerOption.get(TableFacts.Collecting.class));
        KieBase kieBase = ks.newKieContainer(release).newKieBase(conf);
        TableFacts tableFacts = TableFacts.collect(kieBase, dir, problems, tables);
        problems.addAll(ParameterUse.check(sources, tableFacts, tables, dir));
        List<RuleInfo> catalogue = catalogue(kieBase, dir, tableFacts);
        for (RuleInfo rule : catalogue) {
            // A table row takes its ID and basis from what it inserts; a row that inserts nothing is reported already.
            boolean drl = !isTable(rule.source());
            if (drl && (rule.ruleId().isBlank() || rule.basis().isBlank())) {
                problems.add(new RuleProblem(RuleProblem.Level.ERROR, rule.source() + " › rule " + rule.name(),
                        "the rule has no " + (rule.ruleId().isBlank() ? "@ruleId" : "@basis")
                                + (rule.ruleId().isBlank() && rule.basis().isBlank() ? " and no @basis" : "")
                                + ": every rule names its rule ID and legal basis"));
            }
        }
        if (problems.stream().anyMatch(p -> p.level() == RuleProblem.Level.ERROR)) {
            throw failure(problems);
        }
        return new RuleBase(dir, kieBase, catalogue, problems.stream().sorted().toList(), tableFacts.parameters(),
                tableFacts.schedule());
    }

    public Path dir() {
        return dir;
    }

    public KieSession newSession() {
        return kieBase.newKieSession();
    }

    /** Every rule, ordered by source file and then by name. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Problems that do not stop the rules from running, such as a spreadsheet Drools would skip. */
    public List<RuleProblem> warnings() {
        return warnings;
    }

    public Map<String, Parameter> parameters() {
        return parameters;
    }

    /** The rows of the surcharge schedule, in the order of their tables. */
    public List<SurchargeRate> schedule() {
        return schedule;
    }

    /** The safety check of one rule file: a DRL file's own text, or the DRL Drools generates from a table. */
    private static List<RuleProblem> safety(String rel, Path file, byte[] content, TableFiles tables) {
        if (!isTable(rel)) {
            return RuleSafety.check(new String(content, java.nio.charset.StandardCharsets.UTF_8),
                    line -> file + ":" + line, true);
        }
        String drl = tables.drl(file);
        return drl == null ? List.of() : RuleSafety.check(drl, line -> tableLocation(file, line, tables), false);
    }

    /** Drools follows a file's parse errors with a bare "Parser returned a null Package": it says nothing more. */
    private static void dropEchoes(List<RuleProblem> problems) {
        List<RuleProblem> echoes = problems.stream().filter(p -> p.message().startsWith("Parser returned a null Package"))
                .filter(p -> problems.stream().anyMatch(o -> o != p && o.location().startsWith(p.location() + ":")))
                .toList();
        problems.removeAll(echoes);
    }

    private static RulesException failure(List<RuleProblem> problems) {
        List<RuleProblem> sorted = problems.stream().sorted().toList();
        long errors = sorted.stream().filter(p -> p.level() == RuleProblem.Level.ERROR).count();
        return new RulesException(errors + (errors == 1 ? " error" : " errors") + " in the rules", sorted);
    }

    /** Rule files by their path relative to {@code dir}, with '/' separators, in name order. */
    static Map<String, Path> sources(Path dir, List<RuleProblem> problems) throws RulesException {
        Map<String, Path> sources = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                String lower = rel.toLowerCase(Locale.ROOT);
                if (rel.startsWith("tests/") || rel.startsWith(".") || rel.contains("/.")
                        || p.getFileName().toString().startsWith("~$")) {
                    continue;
                }
                if (lower.endsWith(".drl") || lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.xls")
                        || lower.endsWith(".drl.csv")) {
                    sources.put(rel, p);
                } else if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".csv")) {
                    problems.add(new RuleProblem(RuleProblem.Level.WARNING, p.toString(),
                            "not compiled: Drools compiles a decision table only when its name ends in .drl.xlsx,"
                                    + " .drl.xls or .drl.csv"));
                }
            }
        } catch (IOException e) {
            throw new RulesException("rules folder unreadable", List.of(new RuleProblem(RuleProblem.Level.ERROR,
                    dir.toString(), "cannot be read: " + e.getMessage())));
        }
        return sources;
    }

    private static RuleProblem locate(Path dir, Map<String, Path> sources, Message m, TableFiles tables) {
        String rel = m.getPath() == null ? "" : m.getPath().replaceFirst("^" + RESOURCE_ROOT, "")
                .replaceFirst("^" + RULES_PREFIX, "");
        Path file = sources.get(rel);
        String text = m.getText().trim().replaceAll("\\s*\\n\\s*", "; ");
        if (file == null) {
            return new RuleProblem(RuleProblem.Level.ERROR, dir.toString(), text);
        }
        int line = m.getLine();
        int column = m.getColumn();
        Matcher lc = LINE_COLUMN.matcher(text);
        if (column <= 0 && lc.find()) {
            if (line <= 0) {
                line = Integer.parseInt(lc.group(1));
            }
            column = Integer.parseInt(lc.group(2));
        }
        if (isTable(rel)) {
            return new RuleProblem(RuleProblem.Level.ERROR, tableLocation(file, line, tables), text);
        }
        if (line > 0 && column <= 0) {
            int[] at = pinpoint(file, line, text);
            if (at != null) {
                line = at[0];
                column = at[1];
            }
        }
        String where = file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
        return new RuleProblem(RuleProblem.Level.ERROR, where, text);
    }

    /** Messages that name the identifier at fault. */
    private static final List<Pattern> CULPRITS = List.of(
            Pattern.compile("The method (\\w+)\\("),
            Pattern.compile("(\\w+) cannot be resolved"),
            Pattern.compile("Unable to resolve ObjectType '(\\w+)'"),
            Pattern.compile("strict-mode: [\\w.$]*?\\.(\\w+)\\("),
            Pattern.compile("Unable to Analyse Expression (\\w+)"));

    /**
     * For an error Drools places only at the line where a rule starts (an error in its consequence, an unknown type or
     * method), the line and column of the identifier the message names, searched from that line to the rule's end.
     */
    private static int[] pinpoint(Path file, int ruleLine, String message) {
        String culprit = null;
        for (Pattern p : CULPRITS) {
            Matcher m = p.matcher(message);
            if (m.find()) {
                culprit = m.group(1);
                break;
            }
        }
        if (culprit == null) {
            return null;
        }
        String[] lines;
        try {
            lines = RuleSafety.blankCommentsAndStrings(Files.readString(file)).split("\n", -1);
        } catch (IOException e) {
            return null;
        }
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(culprit) + "(?![\\w$])");
        for (int i = ruleLine - 1; i < lines.length; i++) {
            Matcher m = word.matcher(lines[i]);
            if (m.find()) {
                return new int[] {i + 1, m.start() + 1};
            }
            if (i >= ruleLine && lines[i].trim().equals("end")) {
                break;
            }
        }
        return null;
    }

    /** Whether a rule file is a decision table (any name but {@code *.drl}, in any case). */
    static boolean isTable(String rel) {
        return !rel.toLowerCase(Locale.ROOT).endsWith(".drl");
    }

    /**
     * A decision table's error is reported by Drools at a line of the DRL it generates from the table. That DRL
     * names each rule after its table and row and notes the cell its values start at: map the line back to them.
     */
    private static String tableLocation(Path file, int line, TableFiles tables) {
        String drl = line > 0 ? tables.drl(file) : null;
        if (drl == null) {
            return file.toString();
        }
        String[] lines = drl.split("\n");
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            String l = lines[i].trim();
            if (l.startsWith("rule \"")) {
                String rule = l.substring(6, l.indexOf('"', 6));
                Matcher cell = i > 0 ? VALUES_AT.matcher(lines[i - 1]) : null;
                Matcher row = TABLE_ROW.matcher(rule);
                TableLayout layout = row.matches() ? tables.layout(file) : null;
                String sheet = layout == null || layout.sheet() == null ? (row.matches() ? row.group(1) : null)
                        : layout.sheet();
                String where = row.matches() ? file + " › " + sheet + " › row " + row.group(2)
                        : file + " › rule " + rule;
                return where + (cell != null && cell.find() ? " (cells from " + cell.group(1) + ")" : "");
            }
        }
        return file.toString();
    }

    private static RuleProblem tableParseProblem(Path dir, Map<String, Path> sources, RuntimeException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = Pattern.compile("^\\[([^\\]]+)\\]\\s*(.*)$", Pattern.DOTALL).matcher(text);
        String where = dir.toString();
        if (m.matches()) {
            String rel = m.group(1).replaceFirst("^" + RESOURCE_ROOT, "").replaceFirst("^" + RULES_PREFIX, "");
            Path file = sources.get(rel);
            if (file != null) {
                where = file.toString();
            }
            text = m.group(2);
        } else {
            // Without a file in the message, name the tables: one of them is the cause.
            where = String.join(", ", sources.entrySet().stream().filter(s -> isTable(s.getKey()))
                    .map(s -> s.getValue().toString()).toList());
        }
        Matcher cell = TABLE_CELL.matcher(text);
        if (cell.find()) {
            where += " › " + cell.group(1);
        }
        return new RuleProblem(RuleProblem.Level.ERROR, where, text.trim());
    }

    /**
     * Every rule with its ID and basis. A table row without its own metadata takes them from what it inserts: a
     * schedule row its id and basis, a parameter row {@code PARAM:<name>} and the basis in its row.
     */
    private static List<RuleInfo> catalogue(KieBase kieBase, Path dir, TableFacts tables) {
        List<RuleInfo> rules = new ArrayList<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
            String id = Findings.metadata(rule, Findings.RULE_ID);
            String basis = Findings.metadata(rule, Findings.BASIS);
            boolean fromTable = false;
            for (Object fact : tables.byRule().getOrDefault(rule, List.of())) {
                if (fact instanceof SurchargeRate row) {
                    id = id.isEmpty() ? row.getId() : id;
                    basis = basis.isEmpty() ? row.getBasis() : basis;
                    fromTable = true;
                } else if (fact instanceof Parameter p) {
                    id = id.isEmpty() ? "PARAM:" + p.getName() : id;
                }
            }
            rules.add(new RuleInfo(id, rule.getName(), source(rule, dir), basis, fromTable));
        }));
        rules.sort(Comparator.comparing(RuleInfo::source).thenComparing(RuleInfo::name,
                NaturalOrder.INSTANCE));
        return List.copyOf(rules);
    }

    /** The file a rule was written in, as the analyst knows it. */
    static String source(Rule rule, Path dir) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            String path = impl.getResource().getSourcePath().replaceFirst("^" + RESOURCE_ROOT, "")
                    .replaceFirst("^" + RULES_PREFIX, "");
            return dir.resolve(path).toString();
        }
        return dir.toString();
    }
}

package io.miningaudit.engine;

import io.miningaudit.facts.Parameter;
import io.miningaudit.text.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;

/**
 * The parameters the rules read against those the parameter table sets. A rule matches a parameter by its name
 * ({@code Parameter(name == "remediationDays", ...)}), so a misspelt name matches nothing and the rule silently never
 * fires: it is an error, at the string in the DRL. A parameter that no rule reads is a warning, at its name's cell;
 * a column the parameter table does not have is an error, at its cell.
 */
final class ParameterUse {
    /** The columns of the parameter table, by their labels. */
    static final List<String> COLUMNS = List.of("Parameter", "Value", "Meaning", "Basis");

    private static final Pattern PATTERN = Pattern.compile("(?<![\\w$])Parameter\\s*\\(");
    private static final String STRING = "\"((?:[^\"\\\\\\n]|\\\\.)*)\"";
    private static final Pattern NAME_IS = Pattern.compile(
            "(?<![\\w$.])name\\s*==\\s*" + STRING + "|" + STRING + "\\s*==\\s*name(?![\\w$])");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+" + STRING);

    private ParameterUse() {
    }

    /** A parameter name a rule file reads, and where the string that names it starts. */
    record Read(String name, Path file, int line, int column, String rule) {
    }

    /**
     * Every problem of parameter use in a compiled rules folder whose tables have run ({@link TableFacts}). What each
     * file reads was found when it was compiled ({@link #fileProblems}), so nothing is read again here.
     *
     * @param sourceOf       the file each rule comes from
     * @param tablesCompiled whether every table compiled; if not, a parameter a broken table would set is not missed
     */
    static List<RuleProblem> check(List<CompiledRuleFile> compiled, TableFacts tables, TableFiles files,
                                   Function<Rule, String> sourceOf, boolean tablesCompiled) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Rule> setBy = new LinkedHashMap<>();
        tables.byRule().forEach((rule, inserted) -> inserted.stream().filter(Parameter.class::isInstance)
                .forEach(p -> setBy.putIfAbsent(((Parameter) p).getName(), rule)));
        Set<String> read = new LinkedHashSet<>();
        for (CompiledRuleFile file : compiled) {
            boolean table = RuleFiles.isTable(file.rel());
            for (Read r : file.parameterReads()) {
                read.add(r.name());
                // A table's generated DRL has no lines of the analyst's: its reads count, not its places. A required
                // parameter that is not set is reported as such (TableFacts), once.
                if (tablesCompiled && !table && !setBy.containsKey(r.name()) && !required(r.name())) {
                    problems.add(new RuleProblem(RuleProblem.Level.ERROR, r.file() + ":" + r.line() + ":" + r.column(),
                            "rule \"" + r.rule() + "\" reads parameter '" + r.name() + "', which the parameter table"
                                    + " does not set, so the rule never fires"
                                    + Suggestions.didYouMean(r.name(), setBy.keySet())));
                }
            }
        }
        setBy.forEach((name, rule) -> {
            if (!read.contains(name)) {
                problems.add(new RuleProblem(RuleProblem.Level.WARNING,
                        TableFacts.where(rule, sourceOf, COLUMNS.get(0), files),
                        "parameter '" + name + "' is read by no rule"));
            }
        });
        return problems;
    }

    /**
     * What one rule file's compile finds of parameters: an unknown column of a table whose rows set parameters (an
     * error, at its cell).
     *
     * @param drl the file's DRL: its own text, or what Drools generates from a table
     */
    static List<RuleProblem> fileProblems(String rel, Path file, String drl, TableFiles files) {
        if (!RuleFiles.isTable(rel) || drl == null || !drl.contains("Parameter.named(")) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher rule = RULE.matcher(drl);
        while (rule.find()) {
            Matcher row = DroolsMessages.TABLE_ROW.matcher(rule.group(1));
            names.add(row.matches() ? row.group(1) : rule.group(1));
        }
        List<RuleProblem> problems = new ArrayList<>();
        names.forEach(name -> problems.addAll(unknownColumns(new Table(file.toString(), name), files)));
        return problems;
    }

    private static boolean required(String name) {
        return ParameterSpec.REQUIRED.stream().anyMatch(spec -> spec.name().equals(name));
    }

    /** The parameter names {@code drl} reads, with where each string stands. */
    static List<Read> reads(String drl, Path file) {
        String code = RuleSafety.blankCommentsAndStrings(drl);
        String withStrings = RuleSafety.blankComments(drl);
        List<Read> reads = new ArrayList<>();
        Matcher pattern = PATTERN.matcher(code);
        while (pattern.find()) {
            int end = closing(code, pattern.end());
            Matcher name = NAME_IS.matcher(withStrings).region(pattern.end(), end);
            while (name.find()) {
                boolean first = name.group(1) != null;
                int quote = first ? name.start(1) - 1 : name.start(2) - 1;
                if (code.charAt(first ? name.start() : name.end() - 4) != 'n') {
                    continue;
                }
                int line = 1 + (int) drl.substring(0, quote).chars().filter(c -> c == '\n').count();
                int column = quote - drl.lastIndexOf('\n', quote - 1);
                String read = first ? name.group(1) : name.group(2);
                reads.add(new Read(read, file, line, column, ruleAt(withStrings, quote)));
            }
        }
        return reads;
    }

    /** The index of the parenthesis that closes the one opened just before {@code from}, or the text's end. */
    private static int closing(String code, int from) {
        int depth = 1;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    /** The name of the rule that the text at {@code index} belongs to. */
    private static String ruleAt(String text, int index) {
        Matcher m = RULE.matcher(text);
        String rule = "?";
        while (m.find() && m.start() < index) {
            rule = m.group(1);
        }
        return rule;
    }

    /** A decision table: its workbook and its name. */
    private record Table(String workbook, String name) {
    }

    private static List<RuleProblem> unknownColumns(Table table, TableFiles files) {
        TableLayout layout = files.layout(Path.of(table.workbook()));
        if (layout == null) {
            return List.of();
        }
        // As TableFacts.where names a table's sheet: by the table's name where the parser gives no sheet name.
        String sheet = layout.sheet() == null ? table.name() : layout.sheet();
        List<RuleProblem> problems = new ArrayList<>();
        for (TableLayout.Column c : layout.columns(table.name())) {
            if (c.label() == null || !COLUMNS.contains(c.label())) {
                problems.add(new RuleProblem(RuleProblem.Level.ERROR,
                        table.workbook() + " › " + sheet + " › " + c.cell(),
                        (c.label() == null ? "a column without a label" : "unknown column \"" + c.label() + "\"")
                                + " in the parameter table: its columns are " + String.join(", ", COLUMNS)
                                + Suggestions.didYouMean(c.label() == null ? "" : c.label(), COLUMNS)));
            }
        }
        return problems;
    }
}

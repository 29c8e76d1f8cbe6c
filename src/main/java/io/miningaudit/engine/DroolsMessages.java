package io.miningaudit.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Drools' messages about a rule file, located in the analyst's own file: {@code file:line:column} for DRL, the
 * workbook, sheet and row or cell for a decision table. Drools names the in-memory path it was given and, for many
 * errors, only the line a rule starts on; this finds the rest.
 */
final class DroolsMessages {
    private static final Pattern LINE_COLUMN = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    /** Drools names a decision table's rules {@code <table>_<row>}. */
    static final Pattern TABLE_ROW = Pattern.compile("^(.+)_(\\d+)$");
    private static final Pattern VALUES_AT = Pattern.compile("rule values at ([A-Z]+\\d+)");
    private static final Pattern TABLE_CELL = Pattern.compile("cell ([A-Z]+\\d+)");
    /** Messages that name the identifier at fault. */
    private static final List<Pattern> CULPRITS = List.of(
            Pattern.compile("The method (\\w+)\\("),
            Pattern.compile("(\\w+) cannot be resolved"),
            Pattern.compile("Unable to resolve ObjectType '(\\w+)'"),
            Pattern.compile("strict-mode: [\\w.$]*?\\.(\\w+)\\("),
            Pattern.compile("Unable to Analyse Expression (\\w+)"),
            Pattern.compile("Unknown (?:property|field) (\\w+)"),
            Pattern.compile("Cannot find (?:method|field|property) (\\w+)"));

    private DroolsMessages() {
    }

    /** An error Drools reported while compiling the rule file {@code rel} ({@code file} on disk). */
    static RuleProblem locate(String rel, Path file, Message m, TableFiles tables) {
        String text = m.getText().trim().replaceAll("\\s*\\n\\s*", "; ");
        int line = m.getLine();
        int column = m.getColumn();
        Matcher lc = LINE_COLUMN.matcher(text);
        if (column <= 0 && lc.find()) {
            if (line <= 0) {
                line = Integer.parseInt(lc.group(1));
            }
            column = Integer.parseInt(lc.group(2));
        }
        if (RuleFiles.isTable(rel)) {
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

    /**
     * A decision table's error is reported by Drools at a line of the DRL it generates from the table. That DRL
     * names each rule after its table and row and notes the cell its values start at: map the line back to them.
     */
    static String tableLocation(Path file, int line, TableFiles tables) {
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

    /** Drools throws, rather than reports, when a decision table's layout cannot be parsed. */
    static RuleProblem tableParseProblem(Path file, RuntimeException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = Pattern.compile("^\\[([^\\]]+)\\]\\s*(.*)$", Pattern.DOTALL).matcher(text);
        if (m.matches()) {
            text = m.group(2);
        }
        String where = file.toString();
        Matcher cell = TABLE_CELL.matcher(text);
        if (cell.find()) {
            where += " › " + cell.group(1);
        }
        return new RuleProblem(RuleProblem.Level.ERROR, where, text.trim());
    }

    /** Drools follows a file's parse errors with a bare "Parser returned a null Package": it says nothing more. */
    static void dropEchoes(List<RuleProblem> problems) {
        List<RuleProblem> echoes = problems.stream().filter(p -> p.message()
                .startsWith("Parser returned a null Package"))
                .filter(p -> problems.stream().anyMatch(o -> o != p && o.location().startsWith(p.location() + ":")))
                .toList();
        problems.removeAll(echoes);
    }
}

package io.miningaudit.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings each DRL rule builds and the fields it gives their explanations, read from the rule's text: each
 * {@code Findings.of(kcontext, Measure.X)} and the {@code .field("name", ...)} calls that follow it up to the next
 * finding or the rule's end. The labels' templates are checked against them ({@link Labels#check}).
 */
final class Explaining {
    private static final String STRING = "\"((?:[^\"\\\\\\n]|\\\\.)*)\"";
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+" + STRING);
    private static final Pattern RULE_ID = Pattern.compile("@ruleId\\s*\\(\\s*" + STRING + "\\s*\\)");
    private static final Pattern FINDING = Pattern.compile("Findings\\s*\\.\\s*of\\s*\\(\\s*kcontext\\s*,\\s*"
            + "(?:[\\w.]*\\.)?Measure\\s*\\.\\s*(\\w+)");
    private static final Pattern FIELD = Pattern.compile("\\.\\s*field\\s*\\(\\s*" + STRING);

    private Explaining() {
    }

    /** The findings the DRL files of {@code sources} build; a file that cannot be read is a problem. */
    static List<Labels.ExplainingRule> rules(Map<String, Path> sources, List<RuleProblem> problems) {
        List<Labels.ExplainingRule> rules = new ArrayList<>();
        sources.forEach((rel, file) -> {
            if (RuleFiles.isTable(rel)) {
                return;
            }
            try {
                rules.addAll(of(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
            } catch (IOException e) {
                problems.add(new RuleProblem(RuleProblem.Level.ERROR, file.toString(), "cannot be read: "
                        + e.getMessage()));
            }
        });
        return rules;
    }

    /** The findings the rules of one DRL text build, located in {@code file}. */
    static List<Labels.ExplainingRule> of(String drl, String file) {
        String text = RuleSafety.blankComments(drl);
        List<Labels.ExplainingRule> found = new ArrayList<>();
        Matcher rule = RULE.matcher(text);
        List<int[]> blocks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (rule.find()) {
            blocks.add(new int[] {rule.start(), text.length()});
            names.add(rule.group(1));
            if (blocks.size() > 1) {
                blocks.get(blocks.size() - 2)[1] = rule.start();
            }
        }
        for (int b = 0; b < blocks.size(); b++) {
            String block = text.substring(blocks.get(b)[0], blocks.get(b)[1]);
            Matcher id = RULE_ID.matcher(block);
            String ruleId = id.find() ? id.group(1) : "";
            Matcher finding = FINDING.matcher(block);
            List<Integer> starts = new ArrayList<>();
            List<String> measures = new ArrayList<>();
            while (finding.find()) {
                starts.add(finding.start());
                measures.add(finding.group(1));
            }
            for (int f = 0; f < starts.size(); f++) {
                int end = f + 1 < starts.size() ? starts.get(f + 1) : block.length();
                Set<String> fields = new LinkedHashSet<>();
                Matcher field = FIELD.matcher(block).region(starts.get(f), end);
                while (field.find()) {
                    fields.add(field.group(1));
                }
                int at = blocks.get(b)[0] + starts.get(f);
                int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
                found.add(new Labels.ExplainingRule(names.get(b), ruleId + "/" + measures.get(f), fields,
                        file + ":" + line));
            }
        }
        return found;
    }
}

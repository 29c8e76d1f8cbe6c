package io.miningaudit.engine;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rule files of a rules folder: DRL files and decision tables, its {@code tests/} folder, its labels workbook
 * ({@link Labels#FILE}) and hidden files aside.
 */
final class RuleFiles {
    /** Where Drools is told the rules folder is; its messages name files under this path. */
    static final String RESOURCE_ROOT = "src/main/resources/";
    static final String RULES_PREFIX = "rules/";

    private RuleFiles() {
    }

    /** Rule files by their path relative to {@code dir}, with '/' separators, in name order. */
    static Map<String, Path> find(Path dir, List<RuleProblem> problems) throws RulesException {
        Map<String, Path> sources = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                String lower = rel.toLowerCase(Locale.ROOT);
                if (rel.startsWith("tests/") || rel.equals(Labels.FILE) || rel.startsWith(".") || rel.contains("/.")
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
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RulesException("rules folder unreadable", List.of(new RuleProblem(RuleProblem.Level.ERROR,
                    dir.toString(), "cannot be read: " + e.getMessage())));
        }
        return sources;
    }

    /** Whether a rule file is a decision table (any name but {@code *.drl}, in any case). */
    static boolean isTable(String rel) {
        return !rel.toLowerCase(Locale.ROOT).endsWith(".drl");
    }

    /** A path Drools reports, as the rule file's path relative to the rules folder. */
    static String relative(String droolsPath) {
        return droolsPath == null ? "" : droolsPath.replaceFirst("^" + RESOURCE_ROOT, "").replaceFirst("^"
                + RULES_PREFIX, "");
    }
}

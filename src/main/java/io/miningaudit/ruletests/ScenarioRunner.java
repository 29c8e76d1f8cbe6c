package io.miningaudit.ruletests;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Auditor;
import io.miningaudit.engine.RuleBase;
import io.miningaudit.engine.RulesException;
import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Finding;
import io.miningaudit.text.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Runs the scenarios of a rules folder's {@code tests/} against its rule base. */
public final class ScenarioRunner {
    private final RuleBase rules;
    private final ScenarioReader reader;

    public ScenarioRunner(RuleBase rules, Clock clock) {
        this.rules = rules;
        this.reader = new ScenarioReader(clock);
    }

    /** The scenario files under {@code <rules>/tests}, in name order. */
    public static List<Path> scenarioFiles(Path rulesDir) throws IOException {
        Path tests = rulesDir.resolve("tests");
        if (!Files.isDirectory(tests)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(tests)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
            }).sorted().toList();
        }
    }

    public List<ScenarioResult> runAll() throws IOException {
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : scenarioFiles(rules.dir())) {
            results.add(run(file));
        }
        return results;
    }

    public ScenarioResult run(Path file) throws IOException {
        Scenario scenario;
        try {
            scenario = reader.read(file);
        } catch (ScenarioReader.ScenarioException e) {
            return new ScenarioResult(file, file.getFileName().toString(), false, List.of(e.getMessage()));
        }
        // A misspelt ID in 'only' would compare nothing and pass whatever the rules do.
        java.util.Set<String> ids = new java.util.TreeSet<>();
        rules.rules().forEach(r -> ids.add(r.ruleId()));
        List<String> unknown = scenario.only().stream().filter(id -> !ids.contains(id))
                .map(id -> file + ": only: no rule has the ID \"" + id + "\""
                        + Suggestions.didYouMean(id, ids))
                .toList();
        if (!unknown.isEmpty()) {
            return new ScenarioResult(file, scenario.name(), false, unknown);
        }
        AuditResult result;
        try {
            result = new Auditor(rules).audit(scenario.facts());
        } catch (RulesException e) {
            return new ScenarioResult(file, scenario.name(), false,
                    e.problems().stream().map(Object::toString).toList());
        }
        return compare(scenario, result);
    }

    static ScenarioResult compare(Scenario scenario, AuditResult result) {
        List<Finding> actual = new ArrayList<>(result.findings().stream()
                .filter(f -> scenario.only().isEmpty() || scenario.only().contains(f.getRuleId())).toList());
        List<String> details = new ArrayList<>();
        for (Expectation e : scenario.expect()) {
            Finding match = actual.stream().filter(e::matches).findFirst().orElse(null);
            if (match != null) {
                actual.remove(match);
                continue;
            }
            Finding near = actual.stream().filter(e::sameSubject).findFirst().orElse(null);
            if (near != null) {
                actual.remove(near);
                details.add("expected: " + e + "  (" + e.location() + ")");
                details.add("actual:   " + Expectation.describe(near));
            } else {
                details.add("expected: " + e + "  (" + e.location() + ")");
                details.add("actual:   no such finding");
            }
        }
        for (Finding extra : actual) {
            details.add("unexpected: " + Expectation.describe(extra));
        }
        if (scenario.dataIssues() != null) {
            compareIssues(scenario, result, details);
        }
        return new ScenarioResult(scenario.file(), scenario.name(), details.isEmpty(), details);
    }

    /** The data issues against those expected: with {@code only}, those of other rules are left out. */
    private static void compareIssues(Scenario scenario, AuditResult result, List<String> details) {
        List<DataIssue> actual = new ArrayList<>(result.dataIssues().stream()
                .filter(i -> scenario.only().isEmpty() || i.getRuleId() == null
                        || scenario.only().contains(i.getRuleId())).toList());
        for (IssueExpectation e : scenario.dataIssues()) {
            DataIssue match = actual.stream().filter(e::matches).findFirst().orElse(null);
            if (match != null) {
                actual.remove(match);
            } else {
                details.add("expected: " + e + "  (" + e.at() + ")");
                details.add("actual:   no such data issue");
            }
        }
        for (DataIssue extra : actual) {
            details.add("unexpected: " + IssueExpectation.describe(extra));
        }
    }
}

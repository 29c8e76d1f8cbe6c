package io.miningaudit.ruletests;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Severity;
import io.miningaudit.intake.CaseDataException;
import io.miningaudit.intake.CaseReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a scenario file (YAML or JSON):
 * <pre>
 * scenario: New project still running is shut down
 * facts:        # the tables of a case file
 *   case: {id: s1, asOf: 2021-12-14}
 *   entities: [...]
 * only: [NDRC-1283-11]   # optional
 * expect:
 *   - {ruleId: NDRC-1283-11, measure: SHUTDOWN_ORDER, subject: I1}
 * dataIssues:            # optional: when given, the audit's data issues must be exactly these
 *   - {code: NO_CONSUMPTION_IN_WINDOW, location: accounts/A1, severity: WARNING}
 * </pre>
 */
public final class ScenarioReader {
    private static final List<String> KEYS = List.of("scenario", "facts", "only", "expect", "dataIssues");
    private static final List<String> EXPECT_KEYS = List.of("ruleId", "measure", "subject", "amount", "quantity");
    private static final List<String> ISSUE_KEYS = List.of("code", "location", "severity");

    private final CaseReader caseReader;

    public ScenarioReader(Clock clock) {
        this.caseReader = new CaseReader(clock);
    }

    /** A problem that keeps a scenario from being read: the scenario fails with it. */
    public static final class ScenarioException extends Exception {
        public ScenarioException(String message) {
            super(message);
        }
    }

    public Scenario read(Path file) throws IOException, ScenarioException {
        String shown = file.toString();
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        JsonFactory factory = lower.endsWith(".json") ? JsonFactory.builder().build() : YAMLFactory.builder().build();
        String name = file.getFileName().toString();
        CaseFile facts = null;
        List<Expectation> expect = null;
        List<String> only = List.of();
        List<IssueExpectation> dataIssues = null;
        try (JsonParser p = factory.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ScenarioException(at(shown, p) + ": a scenario is one object with the keys " + KEYS);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                String where = at(shown, p);
                JsonToken value = p.nextToken();
                switch (key) {
                    case "scenario" -> name = p.getValueAsString();
                    case "facts" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw new ScenarioException(where + ": facts: must be an object holding the case's tables");
                        }
                        try {
                            facts = caseReader.readEmbedded(p, shown, null);
                        } catch (CaseDataException e) {
                            StringBuilder text = new StringBuilder("the facts are not a valid case:");
                            e.problems().forEach(problem -> text.append("\n  ").append(problem));
                            throw new ScenarioException(text.toString());
                        }
                    }
                    case "only" -> only = strings(p, where);
                    case "expect" -> expect = expectations(p, shown, where);
                    case "dataIssues" -> dataIssues = issueExpectations(p, shown, where);
                    default -> throw new ScenarioException(where + ": " + key + ": unknown key; a scenario has "
                            + KEYS);
                }
            }
        } catch (JsonProcessingException e) {
            throw new ScenarioException(at(shown, e.getLocation()) + ": not parseable: " + e.getOriginalMessage());
        }
        if (facts == null || expect == null) {
            throw new ScenarioException(shown + ": a scenario needs facts and expect");
        }
        return new Scenario(file, name, facts, expect, only, dataIssues);
    }

    private static List<String> strings(JsonParser p, String where) throws IOException, ScenarioException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new ScenarioException(where + ": only: must be a list of rule IDs");
        }
        List<String> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(p.getValueAsString());
        }
        return values;
    }

    /** One item of a list of expectations: where it is written and its fields' texts. */
    private record Item(String at, Map<String, String> fields) {
        String get(String key) {
            return fields.get(key);
        }
    }

    /**
     * The items of a list under {@code key} ("a finding", "a data issue" is {@code what}), each an object of the
     * given keys, the required ones present.
     */
    private static List<Item> items(JsonParser p, String shown, String where, String key, String what,
                                    List<String> keys, List<String> required) throws IOException, ScenarioException {
        List<Item> items = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return items;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new ScenarioException(where + ": " + key + ": must be a list of " + what + "s");
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String item = at(shown, p);
            Map<String, String> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!keys.contains(name)) {
                    throw new ScenarioException(at(shown, p) + ": " + key + ": " + name + ": unknown key; a " + what
                            + " has " + keys);
                }
                fields.put(name, p.getText());
            }
            for (String name : required) {
                if (fields.get(name) == null) {
                    throw new ScenarioException(item + ": " + key + ": " + name + " is required");
                }
            }
            items.add(new Item(item, fields));
        }
        return items;
    }

    private static List<Expectation> expectations(JsonParser p, String shown, String where)
            throws IOException, ScenarioException {
        List<Expectation> list = new ArrayList<>();
        for (Item item : items(p, shown, where, "expect", "finding", EXPECT_KEYS,
                List.of("ruleId", "measure", "subject"))) {
            if (Arrays.stream(Measure.values()).noneMatch(m -> m.name().equals(item.get("measure")))) {
                throw new ScenarioException(item.at() + ": expect: measure \"" + item.get("measure")
                        + "\" is not one of " + Arrays.toString(Measure.values()));
            }
            list.add(new Expectation(item.get("ruleId"), item.get("measure"), item.get("subject"),
                    decimal(item.get("amount"), item.at()), decimal(item.get("quantity"), item.at()), item.at()));
        }
        return list;
    }

    private static List<IssueExpectation> issueExpectations(JsonParser p, String shown, String where)
            throws IOException, ScenarioException {
        List<IssueExpectation> list = new ArrayList<>();
        for (Item item : items(p, shown, where, "dataIssues", "data issue", ISSUE_KEYS, List.of("code", "location"))) {
            String severity = item.get("severity");
            if (severity != null && Arrays.stream(Severity.values()).noneMatch(s -> s.name().equals(severity))) {
                throw new ScenarioException(item.at() + ": dataIssues: severity \"" + severity + "\" is not one of "
                        + Arrays.toString(Severity.values()));
            }
            list.add(new IssueExpectation(item.get("code"), item.get("location"), severity, item.at()));
        }
        return list;
    }

    private static BigDecimal decimal(String text, String where) throws ScenarioException {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ScenarioException(where + ": expect: \"" + text + "\" is not a decimal number");
        }
    }

    private static String at(String shown, JsonParser p) {
        return at(shown, p.currentTokenLocation());
    }

    private static String at(String shown, JsonLocation l) {
        return l == null ? shown : shown + ":" + l.getLineNr() + ":" + l.getColumnNr();
    }
}

package io.miningaudit.ruletests;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Measure;
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
 * </pre>
 */
public final class ScenarioReader {
    private static final List<String> KEYS = List.of("scenario", "facts", "only", "expect");
    private static final List<String> EXPECT_KEYS = List.of("ruleId", "measure", "subject", "amount", "quantity");

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
                    default -> throw new ScenarioException(where + ": " + key + ": unknown key; a scenario has " + KEYS);
                }
            }
        } catch (JsonProcessingException e) {
            throw new ScenarioException(at(shown, e.getLocation()) + ": not parseable: " + e.getOriginalMessage());
        }
        if (facts == null || expect == null) {
            throw new ScenarioException(shown + ": a scenario needs facts and expect");
        }
        return new Scenario(file, name, facts, expect, only);
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

    private static List<Expectation> expectations(JsonParser p, String shown, String where)
            throws IOException, ScenarioException {
        List<Expectation> list = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return list;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new ScenarioException(where + ": expect: must be a list of findings");
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String item = at(shown, p);
            Map<String, String> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                if (!EXPECT_KEYS.contains(key)) {
                    throw new ScenarioException(at(shown, p) + ": expect: " + key + ": unknown key; a finding has "
                            + EXPECT_KEYS);
                }
                fields.put(key, p.getText());
            }
            for (String required : List.of("ruleId", "measure", "subject")) {
                if (fields.get(required) == null) {
                    throw new ScenarioException(item + ": expect: " + required + " is required");
                }
            }
            if (Arrays.stream(Measure.values()).noneMatch(m -> m.name().equals(fields.get("measure")))) {
                throw new ScenarioException(item + ": expect: measure \"" + fields.get("measure") + "\" is not one of "
                        + Arrays.toString(Measure.values()));
            }
            list.add(new Expectation(fields.get("ruleId"), fields.get("measure"), fields.get("subject"),
                    decimal(fields.get("amount"), item), decimal(fields.get("quantity"), item), item));
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

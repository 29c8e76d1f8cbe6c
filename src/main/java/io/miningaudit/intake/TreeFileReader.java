package io.miningaudit.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON and YAML forms: one object with a key per table. It streams tokens so that every value keeps
 * its line and column; the schema checks come later, in {@link CaseBinder}.
 */
final class TreeFileReader {
    private final JsonFactory factory;

    private TreeFileReader(JsonFactory factory) {
        this.factory = factory;
    }

    static TreeFileReader json() {
        return new TreeFileReader(JsonFactory.builder().build());
    }

    static TreeFileReader yaml() {
        return new TreeFileReader(YAMLFactory.builder().build());
    }

    RawCase read(Path path, String shownName) throws IOException {
        RawCase raw = new RawCase(shownName);
        read(path, TableFilter.all(), raw);
        return raw;
    }

    /** Reads the tables the filter takes into {@code raw}, passing over the others. */
    void read(Path path, TableFilter filter, RawCase raw) throws IOException {
        try (JsonParser p = factory.createParser(path.toFile())) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            readTop(p, filter, raw);
            if (!raw.isUnparseable() && p.nextToken() != null) {
                raw.unparseable(new Problem(at(raw, p), "", "not parseable: content after the case object"
                        + " (a case file is one object; a YAML file one document)"));
            }
        } catch (JsonProcessingException e) {
            raw.unparseable(new Problem(at(raw, e.getLocation()), "", "not parseable: " + e.getOriginalMessage()));
        }
    }

    private void readTop(JsonParser p, TableFilter filter, RawCase raw) throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            raw.unparseable(new Problem(at(raw, p), "", "not parseable: a case file is one object with a key per table"));
            return;
        }
        readTables(p, filter, raw);
    }

    /**
     * Reads a case's tables from the object whose start the parser stands on (within a larger document, such as a
     * rule test scenario); locations are those of the enclosing file.
     */
    static void readEmbedded(JsonParser p, RawCase raw) throws IOException {
        try {
            readTables(p, TableFilter.all(), raw);
        } catch (JsonProcessingException e) {
            raw.unparseable(new Problem(at(raw, e.getLocation()), "", "not parseable: " + e.getOriginalMessage()));
        }
    }

    private static void readTables(JsonParser p, TableFilter filter, RawCase raw) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String table = p.currentName();
            Location where = at(raw, p);
            JsonToken value = p.nextToken();
            if (!CaseSchema.isTable(table)) {
                if (filter.shape()) {
                    raw.problem(new Problem(where, table, "unknown table"
                            + Suggestions.didYouMean(table, CaseSchema.tableNames())));
                }
                p.skipChildren();
                continue;
            }
            if (filter.shape()) {
                raw.touch(table);
            }
            if (!filter.reads(table)) {
                p.skipChildren();
                continue;
            }
            if (CaseSchema.CASE.equals(table)) {
                if (value == JsonToken.START_OBJECT) {
                    raw.add(readRecord(p, raw, table, 0, where));
                } else {
                    raw.problem(new Problem(where, table, "must be one object"));
                    p.skipChildren();
                }
            } else if (value == JsonToken.START_ARRAY) {
                int index = 0;
                for (JsonToken r = p.nextToken(); r != JsonToken.END_ARRAY; r = p.nextToken()) {
                    Location rowAt = at(raw, p);
                    if (r == JsonToken.START_OBJECT) {
                        raw.add(readRecord(p, raw, table, index, rowAt));
                    } else {
                        raw.problem(new Problem(rowAt, table + "[" + index + "]", "must be an object of fields"));
                        p.skipChildren();
                    }
                    index++;
                }
            } else if (value != JsonToken.VALUE_NULL) {
                raw.problem(new Problem(where, table, "must be a list of records"));
                p.skipChildren();
            }
        }
    }

    private static RawRecord readRecord(JsonParser p, RawCase raw, String table, int index, Location start) throws IOException {
        Map<String, RawValue> fields = new LinkedHashMap<>();
        // Where a name stands is told only for a name the schema does not know: kept for those alone.
        Map<String, Location> names = Map.of();
        CaseSchema.Table schema = CaseSchema.table(table);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (schema.field(name).isEmpty()) {
                if (names.isEmpty()) {
                    names = new LinkedHashMap<>();
                }
                names.put(name, at(raw, p));
            }
            p.nextToken();
            fields.put(name, readValue(p, raw));
        }
        return new RawRecord(table, index, start, fields, names);
    }

    private static RawValue readValue(JsonParser p, RawCase raw) throws IOException {
        Location where = at(raw, p);
        JsonToken t = p.currentToken();
        return switch (t) {
            case VALUE_STRING -> RawValue.scalar(RawValue.Kind.STRING, p.getText(), where);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> RawValue.scalar(RawValue.Kind.NUMBER, p.getText(), where);
            case VALUE_TRUE, VALUE_FALSE -> RawValue.scalar(RawValue.Kind.BOOLEAN, p.getText(), where);
            case VALUE_NULL -> RawValue.scalar(RawValue.Kind.NULL, "null", where);
            case START_ARRAY -> {
                List<RawValue> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, raw));
                }
                yield new RawValue(RawValue.Kind.LIST, "", items, where);
            }
            default -> {
                p.skipChildren();
                yield RawValue.scalar(RawValue.Kind.OBJECT, "", where);
            }
        };
    }

    private static Location at(RawCase raw, JsonParser p) {
        return at(raw, p.currentTokenLocation());
    }

    private static Location at(RawCase raw, JsonLocation l) {
        return l == null ? new Location.Text(raw.file(), 0, 0) : new Location.Text(raw.file(), l.getLineNr(), l.getColumnNr());
    }
}

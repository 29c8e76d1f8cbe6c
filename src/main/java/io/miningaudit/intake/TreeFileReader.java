package io.miningaudit.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON and YAML forms: one object with a key per table. It streams tokens so that every value keeps
 * its line and column; the schema checks come later, in {@link CaseBinder}.
 */
final class TreeFileReader implements FormReader {
    private final JsonFactory factory;
    private final boolean yaml;

    private TreeFileReader(JsonFactory factory, boolean yaml) {
        this.factory = factory;
        this.yaml = yaml;
    }

    static TreeFileReader json() {
        return new TreeFileReader(JsonFactory.builder().build(), false);
    }

    static TreeFileReader yaml() {
        return new TreeFileReader(PlainYaml.factory(), true);
    }

    /** Reads the tables the filter takes into {@code raw}, passing over the others. */
    @Override
    public void read(Path path, TableFilter filter, RawCase raw) throws IOException {
        if (!yaml && !beginsAsUtf8(path)) {
            raw.unparseable(new Problem(new Location.Text(raw.file(), 1, 1), "",
                    "not parseable: not UTF-8 (the file begins as UTF-16 or UTF-32 text)"));
            return;
        }
        try (JsonParser p = yaml ? factory.createParser(Utf8Text.yaml(Files.newInputStream(path)))
                : factory.createParser(path.toFile())) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            try {
                readTop(p, filter, raw);
                if (!raw.isUnparseable() && p.nextToken() != null) {
                    raw.unparseable(new Problem(at(raw, p), "", "not parseable: content after the case object"
                            + " (a case file is one object; a YAML file one document)"));
                }
            } catch (JsonProcessingException | Utf8Text.Malformed e) {
                // A parser's own limits (nesting, a number's length) come without a location: the parser's stands in.
                raw.unparseable(notParseable(raw, e, p.currentLocation()));
            }
        }
    }

    /**
     * Whether a JSON file may be UTF-8: Jackson would take a file whose first bytes hold a zero or a UTF-16 byte order
     * mark for UTF-16 or UTF-32, and read it. No UTF-8 JSON text holds those bytes.
     */
    private static boolean beginsAsUtf8(Path path) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0 || (i == 0 && (head[i] == (byte) 0xFE || head[i] == (byte) 0xFF))) {
                return false;
            }
        }
        return true;
    }

    /** A parser's refusal as one located line: the location it names, else {@code fallback}. */
    private static Problem notParseable(RawCase raw, Exception e, JsonLocation fallback) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Utf8Text.Malformed malformed) {
                return new Problem(malformed.location(raw.file()), "", "not parseable: " + malformed.getMessage());
            }
        }
        String message = e.getMessage();
        JsonLocation l = null;
        if (e instanceof JsonProcessingException j) {
            message = j.getOriginalMessage();
            l = j.getLocation();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException y) {
                // SnakeYAML's message quotes the line with a caret under it: its context and problem say it in one.
                message = y.getContext() == null ? y.getProblem() : y.getContext() + ": " + y.getProblem();
            }
        }
        if (l == null || l.getLineNr() <= 0) {
            l = fallback;
        }
        return new Problem(at(raw, l), "", "not parseable: " + Values.oneLine(message == null
                ? e.getClass().getSimpleName() : message));
    }

    private void readTop(JsonParser p, TableFilter filter, RawCase raw) throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            raw.unparseable(new Problem(at(raw,
                    p), "", "not parseable: a case file is one object with a key per table"));
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
            raw.unparseable(notParseable(raw, e, p.currentLocation()));
        }
    }

    private static void readTables(JsonParser p, TableFilter filter, RawCase raw) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String table = p.currentName();
            Location where = at(raw, p);
            JsonToken value = p.nextToken();
            if (!filter.route(table, where, "", raw)) {
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

    private static RawRecord readRecord(JsonParser p, RawCase raw, String table, int index,
            Location start) throws IOException {
        return readRecord(p, raw.file(), table, index, start);
    }

    /** A record's fields from the object whose start the parser stands on, located in {@code file}. */
    static RawRecord readRecord(JsonParser p, String file, String table, int index, Location start)
            throws IOException {
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
                names.put(name, at(file, p.currentTokenLocation()));
            }
            p.nextToken();
            fields.put(name, readValue(p, file));
        }
        return new RawRecord(table, index, start, fields, names);
    }

    private static RawValue readValue(JsonParser p, String file) throws IOException {
        Location where = at(file, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        return switch (t) {
            case VALUE_STRING -> RawValue.scalar(RawValue.Kind.STRING, p.getText(), where);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> RawValue.scalar(RawValue.Kind.NUMBER, p.getText(), where);
            case VALUE_TRUE, VALUE_FALSE -> RawValue.scalar(RawValue.Kind.BOOLEAN, p.getText(), where);
            case VALUE_NULL -> RawValue.scalar(RawValue.Kind.NULL, "null", where);
            case START_ARRAY -> {
                List<RawValue> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, file));
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
        return at(raw.file(), l);
    }

    static Location at(String file, JsonLocation l) {
        return l == null ? new Location.Text(file, 0, 0) : new Location.Text(file, l.getLineNr(), l.getColumnNr());
    }
}

package io.miningaudit.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the folder-of-tables form: {@code case.csv}, {@code entities.csv}, …, UTF-8, a header row of field names,
 * RFC 4180 quoting; or a table as a folder of part files, CSV or JSON Lines ({@code entities/part-00000.csv}), as
 * Spark writes them. A value keeps its file and line.
 */
final class CsvFolderReader implements FormReader {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** Reads the files of the tables the filter takes into {@code raw}. */
    @Override
    public void read(Path folder, TableFilter filter, RawCase raw) throws IOException {
        String shown = raw.file();
        raw.top(new Location.Text(shown, 0, 0));
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted()
                    .toList();
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(folder)) {
            folders = list.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")
                    && !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
        }
        java.util.Set<String> asFiles = new java.util.HashSet<>();
        files.forEach(f -> asFiles.add(f.getFileName().toString().replaceFirst("(?i)\\.csv$", "")));
        for (Path tableFolder : folders) {
            String table = tableFolder.getFileName().toString();
            String folderShown = folder.resolve(Values.name(table)).toString();
            if (asFiles.contains(table)) {
                if (!filter.shape()) {
                    continue;
                }
                raw.problem(new Problem(new Location.Text(folderShown, 0, 0), table, "the table is given twice: as"
                        + " the file " + table + ".csv and as this folder"));
            } else if (filter.route(table, new Location.Text(folderShown, 0, 0), " (folder)", raw)) {
                readTableFolder(tableFolder, folderShown, table, raw);
            }
        }
        if (filter.shape()) {
            try (Stream<Path> list = Files.list(folder)) {
                // A table in another form than CSV at the top is not passed over: its records would be missing.
                list.filter(p -> !Files.isDirectory(p)).forEach(p -> {
                    String name = p.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    if (dot > 0 && CaseSchema.isTable(name.substring(0, dot))
                            && !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                        raw.problem(new Problem(new Location.Text(folder.resolve(Values.name(name)).toString(), 0, 0),
                                name.substring(0, dot), "a table at the top of a case folder is a .csv file; JSON"
                                + " Lines and other part files go in a folder named after the table ("
                                + name.substring(0, dot) + "/)"));
                    }
                });
            }
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String table = name.substring(0, name.length() - 4);
            String fileShown = folder.resolve(Values.name(name)).toString();
            if (filter.route(table, new Location.Text(fileShown, 0, 0), " (file)", raw)) {
                // A folder, a device or a link loop named like a table is not passed over: it is not the table.
                String unreadable = InputFiles.problem(file);
                if (unreadable != null) {
                    raw.problem(new Problem(new Location.Text(fileShown, 0, 0), table, unreadable));
                } else {
                    readFile(file, fileShown, table, raw);
                }
            }
        }
    }

    /**
     * A table given as a folder of part files, as Spark and other tools write them: {@code *.csv} files, each with its
     * header row, or JSON Lines files ({@code *.jsonl}, {@code *.json}), one record an object a line; read in the order
     * of their names. Files whose names begin with {@code _} or {@code .} (a job's {@code _SUCCESS}, checksums) are
     * passed over; any other file is a problem, located at it.
     */
    private static void readTableFolder(Path tableFolder, String shown, String table, RawCase raw) throws IOException {
        List<Path> parts;
        try (Stream<Path> list = Files.list(tableFolder)) {
            parts = list.filter(p -> !p.getFileName().toString().startsWith("_")
                    && !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path part : parts) {
            String name = part.getFileName().toString();
            String partShown = shown + "/" + Values.name(name);
            String lower = name.toLowerCase(Locale.ROOT);
            String unreadable = InputFiles.problem(part);
            if (unreadable != null) {
                raw.problem(new Problem(new Location.Text(partShown, 0, 0), table, unreadable));
            } else if (lower.endsWith(".csv")) {
                readFile(part, partShown, table, raw);
            } else if (lower.endsWith(".jsonl") || lower.endsWith(".json")) {
                readJsonLines(part, partShown, table, raw);
            } else {
                raw.problem(new Problem(new Location.Text(partShown, 0, 0), table, "a table folder holds .csv or"
                        + " .jsonl (JSON Lines) files" + (lower.endsWith(".parquet")
                        ? "; Parquet tables are read by mining-audit-spark" : "")));
            }
        }
    }

    private static final com.fasterxml.jackson.core.JsonFactory JSON =
            com.fasterxml.jackson.core.JsonFactory.builder().build();

    /** A JSON Lines file: one object a line, each a record of {@code table}, located by line and column. */
    private static void readJsonLines(Path file, String shown, String table, RawCase raw) throws IOException {
        try (var reader = Utf8Text.csv(Files.newInputStream(file));
             com.fasterxml.jackson.core.JsonParser p = JSON.createParser(reader)) {
            try {
                com.fasterxml.jackson.core.JsonToken t;
                while ((t = p.nextToken()) != null) {
                    Location where = TreeFileReader.at(shown, p.currentTokenLocation());
                    if (t == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                        raw.add(TreeFileReader.readRecord(p, shown, table, raw.count(table), where));
                    } else {
                        raw.problem(new Problem(where, table + "[" + raw.count(table) + "]",
                                "a JSON Lines file holds one object of fields a line"));
                        p.skipChildren();
                    }
                }
            } catch (JsonProcessingException | Utf8Text.Malformed e) {
                raw.unparseable(notParseable(e, shown, table, p.currentLocation()));
            }
        }
    }

    private static void readFile(Path file, String shown, String table, RawCase raw) throws IOException {
        try (var reader = Utf8Text.csv(Files.newInputStream(file));
             MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).readValues(reader)) {
            try {
                readRows(rows, shown, table, raw);
            } catch (JsonProcessingException | Utf8Text.Malformed e) {
                // A parser's own limits (a value's length) come without a location: the parser's stands in.
                raw.unparseable(notParseable(e, shown, table, rows.getParser().currentLocation()));
            }
        } catch (JsonProcessingException | Utf8Text.Malformed e) {
            raw.unparseable(notParseable(e, shown, table, null));
        }
    }

    private static void readRows(MappingIterator<String[]> rows, String shown, String table, RawCase raw)
            throws IOException {
        Header header = null;
        int record = raw.count(table);
        while (rows.hasNextValue()) {
            JsonLocation at = rows.getCurrentLocation();
            String[] row = rows.nextValue();
            int line = at == null ? 0 : at.getLineNr();
            if (header == null) {
                header = new Header(row, shown, line, table, raw);
                continue;
            }
            if (row.length == 0 || (row.length == 1 && row[0].isBlank())) {
                continue;
            }
            Map<String, RawValue> fields = new LinkedHashMap<>();
            Location where = new Location.Text(shown, line, 0);
            for (int i = 0; i < row.length; i++) {
                if (row[i].isEmpty()) {
                    continue;
                }
                String field = i < header.names.length ? header.names[i] : null;
                if (field != null) {
                    fields.put(field, RawValue.scalar(RawValue.Kind.STRING, row[i], where));
                } else if (i >= header.names.length) {
                    if (!row[i].isBlank()) {
                        raw.problem(new Problem(where, table + "[" + record + "]",
                                "more values than the header has field names (" + header.names.length + ")"));
                        break;
                    }
                } else if (!row[i].isBlank() && header.unnamedSeen.add(i)) {
                    raw.problem(new Problem(where, table + "[" + record + "]", "a value in column " + (i + 1)
                            + ", which has no field name"));
                }
            }
            raw.add(new RawRecord(table, record++, where, fields, Map.of()));
        }
    }

    /** The parser's refusal at its line: the decoder's, which Jackson may wrap, or the parser's own. */
    private static Problem notParseable(IOException e, String shown, String table, JsonLocation fallback) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Utf8Text.Malformed malformed) {
                return new Problem(new Location.Text(shown, malformed.lineNumber(), 0), table,
                        "not parseable: " + malformed.getMessage());
            }
        }
        JsonLocation l = ((JsonProcessingException) e).getLocation();
        if ((l == null || l.getLineNr() <= 0) && fallback != null) {
            l = fallback;
        }
        return new Problem(new Location.Text(shown, l == null ? 0 : l.getLineNr(), 0), table,
                "not parseable: " + Values.oneLine(((JsonProcessingException) e).getOriginalMessage()));
    }

    /**
     * A file's header row: the field name of each column, or null for a column without one, and for the second of
     * two columns with one name (reported, and its values passed over: which of the two holds the field is unknown).
     */
    private static final class Header {
        private final String[] names;
        /** The columns without a name that held a value: a value there is reported once a column. */
        private final java.util.Set<Integer> unnamedSeen = new java.util.HashSet<>();

        Header(String[] row, String shown, int line, String table, RawCase raw) {
            names = new String[row.length];
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < row.length; i++) {
                String name = (i == 0 && row[i].startsWith("\uFEFF") ? row[i].substring(1) : row[i]).trim();
                if (name.isEmpty()) {
                    continue;
                }
                Integer before = first.putIfAbsent(name, i);
                if (before != null) {
                    raw.problem(new Problem(new Location.Text(shown, line, 0), table, "two columns are named "
                            + Values.shown(name) + " (columns " + (before + 1) + " and " + (i + 1) + ")"));
                    unnamedSeen.add(i);
                } else {
                    names[i] = name;
                }
            }
        }
    }
}

package io.miningaudit.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the folder-of-CSV form: {@code case.csv}, {@code entities.csv}, …, UTF-8, a header row of field names,
 * RFC 4180 quoting. A value keeps its file and line.
 */
final class CsvFolderReader {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    RawCase read(Path folder, String shown) throws IOException {
        RawCase raw = new RawCase(shown);
        read(folder, TableFilter.all(), raw);
        return raw;
    }

    /** Reads the files of the tables the filter takes into {@code raw}. */
    void read(Path folder, TableFilter filter, RawCase raw) throws IOException {
        String shown = raw.file();
        raw.top(new Location.Text(shown, 0, 0));
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String table = name.substring(0, name.length() - 4);
            String fileShown = folder.resolve(name).toString();
            if (!CaseSchema.isTable(table)) {
                if (filter.shape()) {
                    raw.problem(new Problem(new Location.Text(fileShown, 0, 0), table, "unknown table (file)"
                            + Suggestions.didYouMean(table, CaseSchema.tableNames())));
                }
                continue;
            }
            if (filter.shape()) {
                raw.touch(table);
            }
            if (filter.reads(table)) {
                readFile(file, fileShown, table, raw);
            }
        }
    }

    private static void readFile(Path file, String shown, String table, RawCase raw) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).readValues(reader)) {
            String[] header = null;
            int record = raw.count(table);
            while (rows.hasNextValue()) {
                JsonLocation at = rows.getCurrentLocation();
                String[] row = rows.nextValue();
                int line = at == null ? 0 : at.getLineNr();
                if (header == null) {
                    header = row;
                    if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                        header[0] = header[0].substring(1);
                    }
                    continue;
                }
                if (row.length == 0 || (row.length == 1 && row[0].isBlank())) {
                    continue;
                }
                Map<String, RawValue> fields = new LinkedHashMap<>();
                for (int i = 0; i < row.length; i++) {
                    Location where = new Location.Text(shown, line, 0);
                    if (i >= header.length) {
                        if (!row[i].isBlank()) {
                            raw.problem(new Problem(where, table + "[" + record + "]",
                                    "more values than the header has field names (" + header.length + ")"));
                        }
                        continue;
                    }
                    if (!row[i].isEmpty()) {
                        fields.put(header[i].trim(), RawValue.scalar(RawValue.Kind.STRING, row[i], where));
                    }
                }
                raw.add(new RawRecord(table, record++, new Location.Text(shown, line, 0), fields, Map.of()));
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            raw.unparseable(new Problem(new Location.Text(shown, l == null ? 0 : l.getLineNr(), 0), table,
                    "not parseable: " + e.getOriginalMessage()));
        }
    }
}

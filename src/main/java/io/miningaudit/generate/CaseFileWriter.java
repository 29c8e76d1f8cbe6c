package io.miningaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.DailyReading;
import io.miningaudit.facts.IpAddress;
import io.miningaudit.intake.CaseSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a case as a JSON case file of FACTS.md: the tables in schema order, each record's fields in schema
 * order, absent values and default {@code false} left out.
 */
public final class CaseFileWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            // An address is written in its canonical form.
            .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                    .addSerializer(IpAddress.class, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // Keep 0.7440 as 0.7440: a tree node would otherwise strip the zeros a decimal was written with.
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private CaseFileWriter() {
    }

    /** The case as JSON text: one table a key, one record a line, so that a large case stays readable. */
    public static String toJson(CaseFile facts) throws IOException {
        var out = new java.io.StringWriter();
        writeJson(facts, out);
        return out.toString();
    }

    /** Writes the JSON form record by record, so that a case of millions of records needs little memory. */
    public static void write(CaseFile facts, Path file) throws IOException {
        try (var out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            writeJson(facts, out);
        }
    }

    private static void writeJson(CaseFile facts, java.io.Writer out) throws IOException {
        out.append("{\n");
        List<CaseSchema.Table> tables = tables(facts);
        for (int t = 0; t < tables.size(); t++) {
            CaseSchema.Table table = tables.get(t);
            out.append("  \"").append(table.name()).append("\": ");
            if (table.single()) {
                out.append(MAPPER.writeValueAsString(record(table, facts.getCaseInfo())));
            } else {
                List<?> records = records(facts, table.name());
                out.append(records.isEmpty() ? "[" : "[\n");
                int i = 0;
                for (Object r : records) {
                    out.append("    ").append(MAPPER.writeValueAsString(record(table, r)))
                            .append(++i < records.size() ? ",\n" : "\n  ");
                }
                out.append(']');
            }
            out.append(t < tables.size() - 1 ? ",\n" : "\n");
        }
        out.append("}\n");
    }

    /** The case as YAML: the same tables and records as the JSON form, written record by record. */
    public static void writeYaml(CaseFile facts, Path file) throws IOException {
        var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        try (var out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8);
             JsonGenerator g = yaml.createGenerator(out)) {
            g.writeStartObject();
            for (CaseSchema.Table table : tables(facts)) {
                g.writeFieldName(table.name());
                if (table.single()) {
                    yaml.writeTree(g, record(table, facts.getCaseInfo()));
                } else {
                    g.writeStartArray();
                    for (Object r : records(facts, table.name())) {
                        yaml.writeTree(g, record(table, r));
                    }
                    g.writeEndArray();
                }
            }
            g.writeEndObject();
        }
    }

    /** The case as a workbook: a sheet per table, the field names in the first row, every value as text. */
    public static void writeWorkbook(CaseFile facts, Path file) throws IOException {
        writeWorkbook(facts, file, 1_048_576);
    }

    /**
     * The case as a workbook whose sheets hold at most {@code maxRows} rows, header included: a longer table goes on
     * in {@code <table> (2)}, {@code <table> (3)}, … Streamed, so a large case needs little memory.
     */
    public static void writeWorkbook(CaseFile facts, Path file, int maxRows) throws IOException {
        var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(500);
        try (var out = Files.newOutputStream(file)) {
            for (CaseSchema.Table table : tables(facts)) {
                List<?> records = table.single() ? List.of(facts.getCaseInfo()) : records(facts, table.name());
                int sheets = 0;
                org.apache.poi.ss.usermodel.Sheet sheet = null;
                int r = maxRows;
                for (int i = 0; i <= records.size(); i++) {
                    if (r >= maxRows && (i < records.size() || sheets == 0)) {
                        sheets++;
                        sheet = wb.createSheet(sheets == 1 ? table.name() : table.name() + " (" + sheets + ")");
                        var header = sheet.createRow(0);
                        for (int c = 0; c < table.fields().size(); c++) {
                            header.createCell(c).setCellValue(table.fields().get(c).name());
                        }
                        r = 1;
                    }
                    if (i == records.size()) {
                        break;
                    }
                    var row = sheet.createRow(r++);
                    List<String> cells = cells(table, records.get(i));
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c) != null) {
                            row.createCell(c).setCellValue(cells.get(c));
                        }
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    /** The case as a folder of CSV files, {@code <table>.csv}, with a header row of field names. */
    public static void writeCsvFolder(CaseFile facts, Path folder) throws IOException {
        Files.createDirectories(folder);
        var csv = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        for (CaseSchema.Table table : tables(facts)) {
            try (var out = Files.newBufferedWriter(folder.resolve(table.name() + ".csv"),
                    java.nio.charset.StandardCharsets.UTF_8);
                 var rows = csv.writerFor(List.class).writeValues(out)) {
                rows.write(table.fieldNames());
                for (Object record : table.single() ? List.of(facts.getCaseInfo()) : records(facts, table.name())) {
                    rows.write(cells(table, record).stream().map(v -> v == null ? "" : v).toList());
                }
            }
        }
    }

    /** A record's values in the schema's field order as the table forms write them: lists joined with ';'. */
    @SuppressWarnings("unchecked")
    private static List<String> cells(CaseSchema.Table table, Object record) {
        if (record instanceof DailyReading r) {
            // Tens of millions of them: their three fields written straight.
            return List.of(r.getAccountId(), r.getDate().toString(), r.getKwh().toPlainString());
        }
        ObjectNode node = record(table, record);
        List<String> cells = new java.util.ArrayList<>();
        for (CaseSchema.Field field : table.fields()) {
            var v = node.get(field.name());
            if (v == null) {
                cells.add(null);
            } else if (v.isArray()) {
                List<String> items = new java.util.ArrayList<>();
                v.forEach(item -> items.add(item.asText()));
                cells.add(String.join(";", items));
            } else {
                cells.add(v.isNumber() ? v.decimalValue().toPlainString() : v.asText());
            }
        }
        return cells;
    }

    /** The tables written: every table, but the optional daily readings only where the case has any. */
    private static List<CaseSchema.Table> tables(CaseFile facts) {
        return CaseSchema.tables().stream()
                .filter(t -> !t.name().equals("dailyReadings") || !facts.getDailyReadings().isEmpty()).toList();
    }

    private static List<?> records(CaseFile facts, String table) {
        return switch (table) {
            case "entities" -> facts.getEntities();
            case "ipDetections" -> facts.getIpDetections();
            case "inspections" -> facts.getInspections();
            case "machines" -> facts.getMachines();
            case "persons" -> facts.getPersons();
            case "accounts" -> facts.getAccounts();
            case "consumption" -> facts.getConsumption();
            case "catalogueRates" -> facts.getCatalogueRates();
            case "dailyReadings" -> facts.getDailyReadings();
            default -> throw new IllegalArgumentException(table);
        };
    }

    @SuppressWarnings("unchecked")
    private static ObjectNode record(CaseSchema.Table table, Object record) {
        if (record instanceof DailyReading r) {
            ObjectNode node = MAPPER.createObjectNode();
            node.put("accountId", r.getAccountId());
            node.put("date", r.getDate().toString());
            node.put("kwh", r.getKwh());
            return node;
        }
        Map<String, Object> values = MAPPER.convertValue(record, Map.class);
        ObjectNode node = MAPPER.createObjectNode();
        for (CaseSchema.Field field : table.fields()) {
            Object v = values.get(field.name());
            boolean absent = v == null || Boolean.FALSE.equals(v) || (v instanceof List<?> l && l.isEmpty());
            if (!absent) {
                node.set(field.name(), MAPPER.valueToTree(v));
            }
        }
        return node;
    }
}

package io.miningaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.miningaudit.facts.CaseFile;
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
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private CaseFileWriter() {
    }

    /** The case as JSON text: one table a key, one record a line, so that a large case stays readable. */
    public static String toJson(CaseFile facts) throws IOException {
        StringBuilder out = new StringBuilder("{\n");
        List<CaseSchema.Table> tables = CaseSchema.tables();
        for (int t = 0; t < tables.size(); t++) {
            CaseSchema.Table table = tables.get(t);
            out.append("  \"").append(table.name()).append("\": ");
            if (table.single()) {
                out.append(MAPPER.writeValueAsString(record(table, facts.getCaseInfo())));
            } else {
                List<?> records = records(facts, table.name());
                out.append(records.isEmpty() ? "[" : "[\n");
                for (int i = 0; i < records.size(); i++) {
                    out.append("    ").append(MAPPER.writeValueAsString(record(table, records.get(i))))
                            .append(i < records.size() - 1 ? ",\n" : "\n  ");
                }
                out.append(']');
            }
            out.append(t < tables.size() - 1 ? ",\n" : "\n");
        }
        return out.append("}\n").toString();
    }

    public static void write(CaseFile facts, Path file) throws IOException {
        Files.writeString(file, toJson(facts));
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
            default -> throw new IllegalArgumentException(table);
        };
    }

    @SuppressWarnings("unchecked")
    private static ObjectNode record(CaseSchema.Table table, Object record) {
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

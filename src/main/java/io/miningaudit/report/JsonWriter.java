package io.miningaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.miningaudit.engine.AuditResult;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes the findings JSON of REPORT.md; money has two decimals, absent values are null. */
final class JsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final AuditResult result;
    private final Provenance provenance;

    JsonWriter(AuditResult result, Provenance provenance) {
        this.result = result;
        this.provenance = provenance;
    }

    /**
     * Writes the findings JSON element by element: the findings and lines of a national audit are written as they
     * are turned into JSON, never held as one tree.
     */
    void writeTo(OutputStream out) throws IOException {
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            ObjectNode root = MAPPER.createObjectNode();
            head(root);
            for (var field : root.properties()) {
                g.writeFieldName(field.getKey());
                MAPPER.writeTree(g, field.getValue());
            }
            Map<String, Entity> entities = result.facts().getEntities().stream()
                    .collect(Collectors.toMap(Entity::getId, Function.identity()));
            array(g, "findings", Columns.FINDINGS, result.findings());
            array(g, "surchargeLines", Columns.SURCHARGES, result.surchargeLines());
            array(g, "leads", Columns.LEADS,
                    result.leads().stream().map(l -> new Columns.LeadRow(l, entities.get(l.entityId()))).toList());
            array(g, "loadProfileLeads", Columns.LOAD_LEADS, result.loadLeads().stream()
                    .map(l -> new Columns.LoadLeadRow(l, entities.get(l.entityId()))).toList());
            array(g, "dataIssues", Columns.ISSUES, result.dataIssues());
            g.writeEndObject();
        }
    }

    /** An array of one object per item, each the values of the columns that have a JSON key, in their order. */
    private static <T> void array(JsonGenerator g, String name, List<Columns.Column<T>> columns, List<T> items)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (T item : items) {
            ObjectNode n = MAPPER.createObjectNode();
            fill(n, columns, item);
            MAPPER.writeTree(g, n);
        }
        g.writeEndArray();
    }

    @SuppressWarnings("unchecked")
    private static <T> void fill(ObjectNode n, List<Columns.Column<T>> columns, T item) {
        for (Columns.Column<T> column : columns) {
            String key = column.jsonKey();
            if (key == null) {
                continue;
            }
            Object value = column.value().apply(item);
            switch (column.kind()) {
                case TEXT -> n.put(key, (String) value);
                case CODE -> n.put(key, value == null ? null
                        : value instanceof Enum<?> e ? e.name() : value.toString());
                case BASIS -> n.put(key, ((Columns.Cited) value).basis());
                case EXPLANATION -> n.put(key, ((Finding) value).getExplanation());
                case DATE -> date(n, key, (LocalDate) value);
                case MONEY, EXACT_MONEY, KWH, QUANTITY, RATE, RATIO -> n.put(key, (BigDecimal) value);
                case COUNT -> n.put(key, ((Number) value).longValue());
                case FLAG -> n.put(key, (Boolean) value);
                case LIST -> {
                    ArrayNode list = n.putArray(key);
                    ((List<String>) value).forEach(list::add);
                }
                default -> throw new IllegalStateException(column.kind().name());
            }
        }
    }

    private void head(ObjectNode root) {
        ObjectNode p = root.putObject("provenance");
        p.put("caseId", provenance.caseId());
        p.put("title", provenance.title());
        date(p, "asOf", provenance.asOf());
        p.put("generatedAt", provenance.generatedAtText());
        p.put("version", provenance.version());
        p.put("rulesSha256", provenance.rulesSha256());
        p.put("caseSha256", provenance.caseSha256());

        ObjectNode summary = root.putObject("summary");
        ObjectNode byProvince = summary.putObject("byProvince");
        result.summary().byProvince().forEach((province, c) -> fill(byProvince.putObject(province.name()),
                Columns.SUMMARY, new Columns.SummaryRow(province.name(), c, false)));
        fill(summary.putObject("total"), Columns.SUMMARY, new Columns.SummaryRow("Total", result.summary().total(),
                false));
    }

    private static void date(ObjectNode n, String key, LocalDate value) {
        if (value == null) {
            n.putNull(key);
        } else {
            n.put(key, value.toString());
        }
    }

}

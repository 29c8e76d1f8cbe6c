package io.miningaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Counts;
import io.miningaudit.engine.Lead;
import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.SurchargeLine;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

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
            array(g, "findings", result.findings(), JsonWriter::finding);
            array(g, "surchargeLines", result.surchargeLines(), JsonWriter::line);
            array(g, "leads", result.leads(), JsonWriter::lead);
            array(g, "dataIssues", result.dataIssues(), JsonWriter::issue);
            g.writeEndObject();
        }
    }

    private static <T> void array(JsonGenerator g, String name, List<T> items,
                                  java.util.function.BiConsumer<ObjectNode, T> fill) throws IOException {
        g.writeArrayFieldStart(name);
        for (T item : items) {
            ObjectNode n = MAPPER.createObjectNode();
            fill.accept(n, item);
            MAPPER.writeTree(g, n);
        }
        g.writeEndArray();
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
        result.summary().byProvince().forEach((province, c) -> counts(byProvince.putObject(province.name()), c));
        counts(summary.putObject("total"), result.summary().total());
    }

    private static void finding(ObjectNode n, Finding f) {
        n.put("id", f.getId());
        n.put("ruleId", f.getRuleId());
        n.put("measure", f.getMeasure().name());
        n.put("subjectType", f.getSubjectType().name());
        n.put("subjectId", f.getSubjectId());
        n.put("entityId", f.getEntityId());
        n.put("amountCny", f.getAmountCny());
        n.put("quantity", f.getQuantity());
        n.put("unit", f.getUnit());
        date(n, "periodFrom", f.getPeriodFrom());
        date(n, "periodTo", f.getPeriodTo());
        n.put("basis", f.getBasis());
        n.put("explanation", f.getExplanation());
        ArrayNode facts = n.putArray("facts");
        f.getFacts().forEach(facts::add);
    }

    private static void line(ObjectNode n, SurchargeLine l) {
        n.put("accountId", l.getAccountId());
        n.put("entityId", l.getEntityId());
        n.put("province", l.getProvince().name());
        date(n, "from", l.getFirstDay());
        date(n, "to", l.getLastDay());
        n.put("kwh", l.getKwh());
        n.put("rateCnyPerKwh", l.getRateCnyPerKwh());
        n.put("amountCny", l.getAmountCny());
        n.put("ruleId", l.getRuleId());
    }

    private static void lead(ObjectNode n, Lead l) {
        n.put("priority", l.priority());
        n.put("entityId", l.entityId());
        n.put("distinctIps", l.distinctIps());
        date(n, "firstDetected", l.firstDetected());
        date(n, "lastDetected", l.lastDetected());
    }

    private static void issue(ObjectNode n, DataIssue i) {
        n.put("severity", i.getSeverity().name());
        n.put("code", i.getCode());
        n.put("location", i.getLocation());
        n.put("message", i.getMessage());
    }

    private static void counts(ObjectNode n, Counts c) {
        n.put("ipsDetected", c.ipsDetected());
        n.put("ipsAttributed", c.ipsAttributed());
        n.put("entitiesDetected", c.entitiesDetected());
        n.put("publicUnitsDetected", c.publicUnitsDetected());
        n.put("inspections", c.inspections());
        n.put("deliberateCases", c.deliberateCases());
        n.put("passiveCases", c.passiveCases());
        n.put("publicUnitsDeliberate", c.publicUnitsDeliberate());
        n.put("machinesConfiscated", c.machinesConfiscated());
        n.put("personsReferred", c.personsReferred());
        n.put("surchargeCny", c.surchargeCny());
        n.put("backPaymentCny", c.backPaymentCny());
        n.put("liquidatedPenaltyCny", c.liquidatedPenaltyCny());
        n.put("illegalGainsCny", c.illegalGainsCny());
        n.put("energyDoubleCountKwh", c.energyDoubleCountKwh());
    }

    private static void date(ObjectNode n, String key, LocalDate value) {
        if (value == null) {
            n.putNull(key);
        } else {
            n.put(key, value.toString());
        }
    }

}

package io.miningaudit.report;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Counts;
import io.miningaudit.engine.Lead;
import io.miningaudit.engine.RuleInfo;
import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Person;
import io.miningaudit.facts.SubjectType;
import io.miningaudit.facts.SurchargeLine;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes the audit workbook of REPORT.md: nine sheets in order, each with its header row frozen and filtered. */
final class WorkbookWriter {
    static final List<String> SUMMARY = List.of("Province", "IPs detected", "IPs attributed", "Entities detected",
            "Public units detected", "Inspections", "Deliberate cases", "Passive cases", "Public units deliberate",
            "Machines confiscated", "Persons referred", "Surcharge (CNY)", "Back-payment (CNY)",
            "Liquidated penalty (CNY)", "Illegal gains (CNY)", "Energy double-count (kWh)");
    static final List<String> PENALTIES = List.of("Finding ID", "Entity ID", "Entity", "Kind", "Province",
            "Subject", "Rule ID", "Measure", "Amount (CNY)", "Quantity", "Unit", "Period from", "Period to", "Basis",
            "Explanation");
    static final List<String> FLAGGED = List.of("Entity ID", "Entity", "Kind", "Province", "City", "Cause",
            "Action", "Rule ID", "Inspection ID", "IPs detected", "Machines", "Deadline", "Basis");
    static final List<String> PERSONS = List.of("Person ID", "Name", "Entity ID", "Entity", "Public employee",
            "Party member", "Role", "Rule ID", "Measure", "Amount (CNY)", "Basis");
    static final List<String> SURCHARGES = List.of("Account ID", "Entity ID", "Province", "Period from",
            "Period to", "kWh", "Rate (CNY/kWh)", "Surcharge (CNY)", "Rule ID");
    static final List<String> LEADS = List.of("Priority", "Entity ID", "Entity", "Kind", "Province",
            "Distinct IPs", "First detected", "Last detected", "Rule ID");
    static final List<String> FINDINGS = List.of("Finding ID", "Rule ID", "Measure", "Subject type", "Subject ID",
            "Entity ID", "Amount (CNY)", "Quantity", "Unit", "Period from", "Period to", "Basis", "Explanation",
            "Facts", "Rule name");
    static final List<String> ISSUES = List.of("Severity", "Code", "Location", "Message", "Rule ID");
    static final List<String> RULES = List.of("Rule ID", "Name", "Source", "Basis", "Findings");

    private final AuditResult result;
    private final Provenance provenance;
    private final int maxRows;
    private ReportWriter.Progress progress = ReportWriter.Progress.NONE;
    private long rowsWritten;
    private final Map<String, Entity> entities;
    private final Map<String, Person> persons;

    WorkbookWriter(AuditResult result, Provenance provenance, int maxRows) {
        this.result = result;
        this.provenance = provenance;
        this.maxRows = maxRows;
        this.entities = result.facts().getEntities().stream()
                .collect(Collectors.toMap(Entity::getId, Function.identity()));
        this.persons = result.facts().getPersons().stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
    }

    void writeTo(OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try {
            Styles styles = new Styles(wb);
            summary(series(wb, styles, "Summary", SUMMARY), styles);
            penalties(series(wb, styles, "Penalties", PENALTIES));
            flagged(series(wb, styles, "Flagged agencies", FLAGGED));
            persons(series(wb, styles, "Persons", PERSONS));
            surcharges(series(wb, styles, "Tariff surcharges", SURCHARGES));
            leads(series(wb, styles, "Inspection leads", LEADS));
            findings(series(wb, styles, "Findings", FINDINGS));
            issues(series(wb, styles, "Data issues", ISSUES));
            rules(series(wb, styles, "Rules", RULES));
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    private SheetSeries series(SXSSFWorkbook wb, Styles styles, String name, List<String> headers) {
        return new SheetSeries(wb, styles, name, headers, maxRows).onRow(this::rowWritten);
    }

    private void rowWritten() {
        if (++rowsWritten % ReportWriter.Progress.EVERY == 0) {
            progress.rowsWritten(rowsWritten);
        }
    }

    /** Tells {@code progress} of the rows written, every {@link ReportWriter.Progress#EVERY} rows. */
    WorkbookWriter withProgress(ReportWriter.Progress progress) {
        this.progress = progress;
        return this;
    }

    private void summary(SheetSeries s, Styles styles) {
        result.summary().byProvince().forEach((province, counts) -> counts(s.row().text(province.name()), counts));
        counts(s.row().text("Total"), result.summary().total());
        int first = s.nextRowIndex() + 1;
        s.finish();
        // The provenance labels below the table share column A with the provinces.
        s.sheet().setColumnWidth(0, Math.max(s.sheet().getColumnWidth(0), 20 * 256));
        String[][] provenance = {
            {"Case", this.provenance.caseId()},
            {"Title", this.provenance.title()},
            {"As of", null},
            {"Generated at", this.provenance.generatedAtText()},
            {"Program version", this.provenance.version()},
            {"Rules SHA-256", this.provenance.rulesSha256()},
            {"Case file SHA-256", this.provenance.caseSha256()},
        };
        for (int i = 0; i < provenance.length; i++) {
            Row row = s.sheet().createRow(first + i);
            var label = row.createCell(0);
            label.setCellValue(provenance[i][0]);
            label.setCellStyle(styles.bold);
            var value = row.createCell(1);
            if (i == 2) {
                value.setCellValue(this.provenance.asOf());
                value.setCellStyle(styles.date);
            } else if (provenance[i][1] != null) {
                value.setCellValue(provenance[i][1]);
            }
        }
    }

    private static void counts(SheetSeries.Cells row, Counts c) {
        row.count(c.ipsDetected()).count(c.ipsAttributed()).count(c.entitiesDetected())
                .count(c.publicUnitsDetected()).count(c.inspections()).count(c.deliberateCases())
                .count(c.passiveCases()).count(c.publicUnitsDeliberate()).quantity(c.machinesConfiscated())
                .count(c.personsReferred()).money(c.surchargeCny()).money(c.backPaymentCny())
                .money(c.liquidatedPenaltyCny()).money(c.illegalGainsCny()).kwh(c.energyDoubleCountKwh());
    }

    private void penalties(SheetSeries s) {
        for (Finding f : result.findings()) {
            if (f.getSubjectType() == SubjectType.PERSON || f.getMeasure() == Measure.INSPECTION_LEAD) {
                continue;
            }
            Entity e = entities.get(f.getEntityId());
            s.row().text(f.getId()).text(e.getId()).text(e.getName()).text(e.getKind().name())
                    .text(e.getProvince().name()).text(f.getSubjectId()).text(f.getRuleId())
                    .text(f.getMeasure().name()).money(f.getAmountCny()).quantity(f.getQuantity()).text(f.getUnit())
                    .date(f.getPeriodFrom()).date(f.getPeriodTo()).text(f.getBasis()).text(f.getExplanation());
        }
        s.finish();
    }

    private void flagged(SheetSeries s) {
        for (FlaggedAgency a : FlaggedAgency.of(result)) {
            Entity e = a.entity();
            s.row().text(e.getId()).text(e.getName()).text(e.getKind().name()).text(e.getProvince().name())
                    .text(e.getCity()).text(a.cause().name()).text(a.measure().name()).text(a.ruleId())
                    .text(String.join("; ", a.inspectionIds())).count(a.ipsDetected()).count(a.machines())
                    .date(a.deadline()).text(a.basis());
        }
        s.finish();
    }

    private void persons(SheetSeries s) {
        for (Finding f : result.findings()) {
            if (f.getSubjectType() != SubjectType.PERSON) {
                continue;
            }
            Person p = persons.get(f.getSubjectId());
            Entity e = entities.get(p.getEntityId());
            s.row().text(p.getId()).text(p.getName()).text(e.getId()).text(e.getName()).flag(p.isPublicEmployee())
                    .flag(p.isPartyMember()).text(p.getRole().name()).text(f.getRuleId()).text(f.getMeasure().name())
                    .money(f.getAmountCny()).text(f.getBasis());
        }
        s.finish();
    }

    private void surcharges(SheetSeries s) {
        for (SurchargeLine l : result.surchargeLines()) {
            s.row().text(l.getAccountId()).text(l.getEntityId()).text(l.getProvince().name()).date(l.getFirstDay())
                    .date(l.getLastDay()).kwh(l.getKwh()).rate(l.getRateCnyPerKwh()).money(l.getAmountCny())
                    .text(l.getRuleId());
        }
        s.finish();
    }

    private void leads(SheetSeries s) {
        for (Lead l : result.leads()) {
            Entity e = entities.get(l.entityId());
            s.row().count(l.priority()).text(e.getId()).text(e.getName()).text(e.getKind().name())
                    .text(e.getProvince().name()).count(l.distinctIps()).date(l.firstDetected())
                    .date(l.lastDetected()).text(l.finding().getRuleId());
        }
        s.finish();
    }

    private void findings(SheetSeries s) {
        for (Finding f : result.findings()) {
            s.row().text(f.getId()).text(f.getRuleId()).text(f.getMeasure().name()).text(f.getSubjectType().name())
                    .text(f.getSubjectId()).text(f.getEntityId()).money(f.getAmountCny()).quantity(f.getQuantity())
                    .text(f.getUnit()).date(f.getPeriodFrom()).date(f.getPeriodTo()).text(f.getBasis())
                    .text(f.getExplanation()).text(String.join("; ", f.getFacts())).text(f.getRuleName());
        }
        s.finish();
    }

    private void issues(SheetSeries s) {
        for (DataIssue i : result.dataIssues()) {
            s.row().text(i.getSeverity().name()).text(i.getCode()).text(i.getLocation()).text(i.getMessage())
                    .text(i.getRuleId());
        }
        s.finish();
    }

    private void rules(SheetSeries s) {
        for (RuleInfo r : result.rules()) {
            s.row().text(r.ruleId()).text(r.name()).text(r.source()).text(r.basis())
                    .count(result.findingsByRule().getOrDefault(r.name(), 0L));
        }
        s.finish();
    }
}

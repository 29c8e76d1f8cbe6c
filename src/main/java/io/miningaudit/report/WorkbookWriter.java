package io.miningaudit.report;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Lead;
import io.miningaudit.engine.LoadLead;
import io.miningaudit.engine.RuleInfo;
import io.miningaudit.engine.TableRow;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Person;
import io.miningaudit.facts.SubjectType;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the audit workbook of REPORT.md: the nine sheets, then By entity and Back-payment runs, in order, each with
 * its header row frozen and filtered.
 */
final class WorkbookWriter {
    private final AuditResult result;
    private final Provenance provenance;
    private final int maxRows;
    private ReportWriter.Progress progress = ReportWriter.Progress.NONE;
    private long rowsWritten;
    private final Map<String, Entity> entities;
    private final Map<String, Person> persons;
    private Links links;
    private final Words words;
    /** The Since last audit sheet's rows; null for an audit without a ledger, which has no such sheet. */
    private List<io.miningaudit.facts.SinceLastAudit> sinceLastAudit;

    WorkbookWriter(AuditResult result, Provenance provenance, int maxRows, Words words) {
        this.words = words;
        this.result = result;
        this.provenance = provenance;
        this.maxRows = maxRows;
        this.entities = result.facts().getEntities().stream()
                .collect(Collectors.toMap(Entity::getId, Function.identity()));
        this.persons = result.facts().getPersons().stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
    }

    void writeTo(OutputStream out) throws IOException {
        SXSSFWorkbook wb = new ConcurrentWorkbook(500);
        try {
            var properties = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setTitle("mining-audit report: " + provenance.caseId() + " as of " + provenance.asOf());
            properties.setCreator("mining-audit " + provenance.version());
            Styles styles = new Styles(wb, words.text("CNY"));
            List<EntityTotals> byEntity = EntityTotals.of(result);
            links = Links.of(byEntity, result.findings(), result.rules(), maxRows,
                    target -> words.text(switch (target) {
                        case ENTITY -> "By entity";
                        case FINDING, ENTITY_FINDINGS -> "Findings";
                        case RULE -> "Rules";
                    }));
            List<Finding> penaltyRows = result.findings().stream()
                    .filter(f -> f.getSubjectType() != SubjectType.PERSON && f.getMeasure() != Measure.INSPECTION_LEAD)
                    .toList();
            List<Finding> personRows = result.findings().stream()
                    .filter(f -> f.getSubjectType() == SubjectType.PERSON).toList();
            List<FlaggedAgency> flagged = FlaggedAgency.of(result);
            List<Columns.ParameterRow> parameters = parameterRows();
            // Every sheet is made first, in the workbook's order and with the continuation sheets its rows need:
            // then the rows can be written into two sheets at once, which only touches those two sheets.
            SheetSeries summary = series(wb, styles, "Summary", Columns.SUMMARY);
            SheetSeries penalties = series(wb, styles, "Penalties", Columns.PENALTIES).reserve(penaltyRows.size());
            SheetSeries flaggedSheet = series(wb, styles, "Flagged agencies", Columns.FLAGGED).reserve(flagged.size());
            SheetSeries personsSheet = series(wb, styles, "Persons", Columns.PERSONS).reserve(personRows.size());
            SheetSeries surcharges = series(wb, styles, "Tariff surcharges", Columns.SURCHARGES)
                    .reserve(result.surchargeLines().size());
            SheetSeries leads = series(wb, styles, "Inspection leads", Columns.LEADS).reserve(result.leads().size());
            SheetSeries findings = series(wb, styles, "Findings", Columns.FINDINGS).reserve(result.findings().size());
            SheetSeries issues = series(wb, styles, "Data issues", Columns.ISSUES).reserve(result.dataIssues().size());
            SheetSeries rules = series(wb, styles, "Rules", Columns.RULES).reserve(result.rules().size());
            List<Columns.Column<EntityTotals>> entityColumns = sinceLastAudit == null ? Columns.BY_ENTITY
                    : Columns.byEntityWithLedger(sinceLastAudit);
            SheetSeries entitySheet = series(wb, styles, "By entity", entityColumns).reserve(byEntity.size());
            SheetSeries parameterSheet = series(wb, styles, "Parameters", Columns.PARAMETERS)
                    .reserve(parameters.size());
            SheetSeries runs = series(wb, styles, "Back-payment runs", Columns.BACK_PAYMENT_RUNS)
                    .reserve(result.backPaymentRuns().size());
            SheetSeries since = sinceLastAudit == null ? null
                    : series(wb, styles, "Since last audit", Columns.SINCE_LAST_AUDIT).reserve(sinceLastAudit.size());
            boolean readings = !result.facts().getDailyReadings().isEmpty() || !result.loadLeads().isEmpty();
            SheetSeries loadLeads = !readings ? null
                    : series(wb, styles, "Load-profile leads", Columns.LOAD_LEADS).reserve(result.loadLeads().size());
            summary(wb, summary, styles);
            // The two largest sheets are written on a second thread while this one writes the others.
            Concurrently.run("write findings", () -> {
                rows(findings, Columns.FINDINGS, result.findings());
                rows(surcharges, Columns.SURCHARGES, result.surchargeLines());
            }, () -> {
                for (Finding f : penaltyRows) {
                    penalties.row().row(Columns.PENALTIES, new Columns.PenaltyRow(f, entities.get(f.getEntityId())));
                }
                rows(flaggedSheet, Columns.FLAGGED, flagged);
                for (Finding f : personRows) {
                    Person p = persons.get(f.getSubjectId());
                    personsSheet.row().row(Columns.PERSONS, new Columns.PersonRow(f, p, entities.get(p.getEntityId())));
                }
                for (Lead l : result.leads()) {
                    leads.row().row(Columns.LEADS, new Columns.LeadRow(l, entities.get(l.entityId())));
                }
                rows(issues, Columns.ISSUES, result.dataIssues());
                for (RuleInfo r : result.rules()) {
                    rules.row().row(Columns.RULES,
                            new Columns.RuleRow(r, result.findingsByRule().getOrDefault(r.name(), 0L)));
                }
                rows(entitySheet, entityColumns, byEntity);
                rows(parameterSheet, Columns.PARAMETERS, parameters);
                rows(runs, Columns.BACK_PAYMENT_RUNS, result.backPaymentRuns());
                if (since != null) {
                    rows(since, Columns.SINCE_LAST_AUDIT, sinceLastAudit);
                }
                if (loadLeads != null) {
                    for (LoadLead l : result.loadLeads()) {
                        loadLeads.row().row(Columns.LOAD_LEADS, new Columns.LoadLeadRow(l, entities.get(l.entityId())));
                    }
                }
            });
            for (SheetSeries s : List.of(penalties, flaggedSheet, personsSheet, surcharges, leads, findings, issues,
                    rules, entitySheet, parameterSheet, runs)) {
                s.finish();
            }
            if (since != null) {
                since.finish();
            }
            if (loadLeads != null) {
                loadLeads.finish();
            }
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    private <T> SheetSeries series(SXSSFWorkbook wb, Styles styles, String name, List<Columns.Column<T>> columns) {
        return new SheetSeries(wb, styles, words.text(name), words.texts(Columns.headers(columns)), maxRows)
                .onRow(this::rowWritten).in(words).printed(provenance.caseId()).linked(links);
    }

    /** One row per item of {@code rows}, in their order. */
    private static <T> void rows(SheetSeries s, List<Columns.Column<T>> columns, Iterable<T> rows) {
        for (T row : rows) {
            s.row().row(columns, row);
        }
    }

    private synchronized void rowWritten() {
        if (++rowsWritten % ReportWriter.Progress.EVERY == 0) {
            progress.rowsWritten(rowsWritten);
        }
    }

    /** Writes the Since last audit sheet of {@code rows} after the others; null writes none. */
    WorkbookWriter withSinceLastAudit(List<io.miningaudit.facts.SinceLastAudit> rows) {
        this.sinceLastAudit = rows;
        return this;
    }

    /** Tells {@code progress} of the rows written, every {@link ReportWriter.Progress#EVERY} rows. */
    WorkbookWriter withProgress(ReportWriter.Progress progress) {
        this.progress = progress;
        return this;
    }

    /**
     * Writes the Summary's table, its provenance, the cases by kind of entity and cause, and the two charts of the
     * money by province and the cases by kind.
     */
    private void summary(SXSSFWorkbook wb, SheetSeries s, Styles styles) {
        result.summary().byProvince().forEach((province, counts) ->
                s.row().row(Columns.SUMMARY, new Columns.SummaryRow(province, counts, true)));
        Row totalRow = s.row().row(Columns.SUMMARY, new Columns.SummaryRow("Total", result.summary().total(), true))
                .rowObject();
        int first = s.nextRowIndex() + 1;
        s.finish();
        // The Total row stands outside the filter's range, so that sorting or filtering the provinces leaves it last.
        s.sheet().setAutoFilter(new CellRangeAddress(0, Math.max(0, totalRow.getRowNum() - 1), 0,
                Columns.SUMMARY.size() - 1));
        totalRow.getCell(0).setCellStyle(styles.bold);
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
            label.setCellValue(words.text(provenance[i][0]));
            label.setCellStyle(styles.bold);
            var value = row.createCell(1);
            if (i == 2) {
                value.setCellValue(this.provenance.asOf());
                value.setCellStyle(styles.date);
            } else if (i == 3) {
                // A date-time the spreadsheet can sort and compute with, in UTC (a cell holds no offset); the time as
                // it was where the audit ran stands beside it.
                value.setCellValue(this.provenance.generatedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
                CellStyle at = s.sheet().getWorkbook().createCellStyle();
                at.setDataFormat(s.sheet().getWorkbook().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
                value.setCellStyle(at);
                row.createCell(2).setCellValue("UTC (" + this.provenance.generatedAtText() + " "
                        + words.text("where it ran") + ")");
            } else if (provenance[i][1] != null) {
                value.setCellValue(provenance[i][1]);
            }
        }
        int kinds = first + provenance.length + 1;
        Row header = s.sheet().createRow(kinds);
        for (int c = 0; c < SummaryCharts.CASE_HEADERS.size(); c++) {
            var cell = header.createCell(c);
            cell.setCellValue(words.text(SummaryCharts.CASE_HEADERS.get(c)));
            cell.setCellStyle(styles.header);
        }
        int r = kinds;
        for (var e : SummaryCharts.casesByKind(result).entrySet()) {
            Row row = s.sheet().createRow(++r);
            row.createCell(0).setCellValue(words.code(e.getKey()));
            for (int c = 0; c < 2; c++) {
                var cell = row.createCell(c + 1);
                cell.setCellValue(e.getValue()[c]);
                cell.setCellStyle(styles.count);
            }
        }
        // Rows of the charts' references are 1-based: the province rows follow the header, the kinds their header.
        SummaryCharts.draw(wb, result, words, result.summary().byProvince().size(), kinds + 2, r + 1, r + 2);
    }

    /**
     * The table rows with the findings resting on each: a parameter counts the findings whose derivation reads it, a
     * schedule row the surcharge findings that carry its ID, as the Rules sheet counts them.
     */
    private List<Columns.ParameterRow> parameterRows() {
        Map<String, Long> byRow = new java.util.HashMap<>();
        result.rules().stream().filter(RuleInfo::scheduleRow)
                .forEach(r -> byRow.put(r.ruleId(), result.findingsByRule().getOrDefault(r.name(), 0L)));
        return result.tableRows().stream().map(r -> new Columns.ParameterRow(r,
                (r.kind() == TableRow.Kind.PARAMETER ? result.findingsByParameter() : byRow)
                        .getOrDefault(r.name(), 0L))).toList();
    }

}

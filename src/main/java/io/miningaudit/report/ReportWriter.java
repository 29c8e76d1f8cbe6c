package io.miningaudit.report;

import io.miningaudit.engine.AuditResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes an audit's two files, {@code <caseId>_<asOf>.xlsx} and {@code .json}, each whole or not at all. */
public final class ReportWriter {
    private final int maxRowsPerSheet;
    private Progress progress = Progress.NONE;
    private boolean notices;
    private io.miningaudit.engine.Language lang = io.miningaudit.engine.Language.EN;
    /** With a ledger: how each finding stands against the case's audit before; null without one. */
    private List<io.miningaudit.facts.SinceLastAudit> sinceLastAudit;

    /** Hears how many rows of the workbook are written. */
    public interface Progress {
        Progress NONE = rows -> { };
        /** How often it is told: every so many rows. */
        int EVERY = 10_000;

        void rowsWritten(long rows);
    }

    public ReportWriter() {
        this(SheetSeries.EXCEL_MAX_ROWS);
    }

    /** With a smaller sheet limit, so that tests can see a sheet continue on {@code <name> (2)}. */
    public ReportWriter(int maxRowsPerSheet) {
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /** Writes the workbook in {@code lang}: sheet names, headers, codes and explanations (the JSON is the same). */
    public ReportWriter in(io.miningaudit.engine.Language lang) {
        this.lang = lang;
        return this;
    }

    /** Writes the notices too: {@code <caseId>_<asOf>_notices/<entityId>.docx}, with the other files. */
    public ReportWriter withNotices(boolean notices) {
        this.notices = notices;
        return this;
    }

    /** Adds the Since last audit sheet of these rows (an audit recorded in a ledger). */
    public ReportWriter withSinceLastAudit(List<io.miningaudit.facts.SinceLastAudit> rows) {
        this.sinceLastAudit = rows;
        return this;
    }

    public ReportWriter withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** The base name of the report files. */
    public static String baseName(Provenance provenance) {
        return baseName(provenance.caseId(), provenance.asOf());
    }

    private static String baseName(String caseId, LocalDate asOf) {
        return caseId + "_" + asOf;
    }

    /**
     * Throws if either report file of this case could not replace what stands at its name (a folder), so that a
     * command can say so before a long audit; {@link #write} checks again before it writes either file.
     */
    public static void checkTargets(String caseId, LocalDate asOf, Path outDir) throws TargetInTheWayException {
        AtomicFiles.check(targets(outDir, baseName(caseId, asOf)));
    }

    private static List<Path> targets(Path outDir, String base) {
        return List.of(outDir.resolve(base + ".xlsx"), outDir.resolve(base + ".json"));
    }

    /** Writes both files (and the notices' folder) into {@code outDir}; returns their paths, workbook first. */
    public List<Path> write(AuditResult result, Provenance provenance, Path outDir) throws IOException {
        List<Path> targets = targets(outDir, baseName(provenance));
        Words words = new Words(result.labels(), lang);
        AtomicFiles files = new AtomicFiles()
                .add(targets.get(0), new WorkbookWriter(result, provenance, maxRowsPerSheet, words)
                        .withProgress(progress).withSinceLastAudit(sinceLastAudit)::writeTo)
                .add(targets.get(1), new JsonWriter(result, provenance)::writeTo);
        if (notices) {
            files.addFolder(outDir.resolve(baseName(provenance) + "_notices"),
                    new NoticeWriter(result, provenance, words)::writeInto);
        }
        return files.write();
    }

    /** The data rows the workbook of {@code result} holds, over all its sheets (headers and the Summary aside). */
    public static long dataRows(AuditResult result) {
        long leads = result.findings().stream()
                .filter(f -> f.getMeasure() == io.miningaudit.facts.Measure.INSPECTION_LEAD).count();
        return result.findings().size() * 2L - leads // Findings; Penalties and Persons, leads aside
                + FlaggedAgency.of(result).size() + result.surchargeLines().size() + result.leads().size()
                + result.dataIssues().size() + result.rules().size() + EntityTotals.of(result).size()
                + result.tableRows().size() + result.backPaymentRuns().size() + result.loadLeads().size();
    }

    /**
     * A workbook of {@code rows} rows shaped like the Findings sheet and written the same way, with no audit behind
     * it: the I/O floor the benchmark compares an audit against.
     */
    public static void writeFloor(Path file, int rows) throws IOException {
        new AtomicFiles().add(file, out -> {
            org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new ConcurrentWorkbook(500);
            try {
                Styles styles = new Styles(wb);
                SheetSeries s = new SheetSeries(wb, styles, "Findings", Columns.headers(Columns.FINDINGS),
                        SheetSeries.EXCEL_MAX_ROWS);
                java.math.BigDecimal amount = new java.math.BigDecimal("1234.56");
                java.time.LocalDate day = java.time.LocalDate.of(2022, 1, 1);
                for (int i = 0; i < rows; i++) {
                    s.row().text("RULE/E" + i).text("RULE").text("MEASURE").text("ENTITY").text("E" + i).text("E" + i)
                            .money(amount).quantity(null).text(null).date(day).date(day).text("basis")
                            .text("An explanation of about the usual length, naming the facts and their values " + i)
                            .text("E" + i + "; I" + i).text("rule name");
                }
                s.finish();
                wb.write(out);
            } finally {
                wb.close();
            }
        }).write();
    }
}

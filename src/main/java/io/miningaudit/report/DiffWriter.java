package io.miningaudit.report;

import io.miningaudit.engine.AuditDiff;
import io.miningaudit.engine.AuditDiff.Change;
import io.miningaudit.engine.AuditDiff.Total;
import io.miningaudit.facts.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the impact of a rule edit on one case, {@code <caseId>_<asOf>_diff.xlsx}: the headline and both rule
 * folders, every finding added, removed or changed with its amounts before, after and the delta, and the totals by
 * rule, by province and by account.
 */
public final class DiffWriter {
    static final List<String> CHANGES = List.of("Change", "Finding ID", "Rule ID", "Measure", "Subject type",
            "Subject ID", "Entity ID", "Amount before (CNY)", "Amount after (CNY)", "Delta (CNY)", "Quantity before",
            "Quantity after", "Quantity delta", "Unit", "Explanation before", "Explanation after");
    static final List<String> TOTALS = List.of("Key", "Findings before", "Findings after", "Findings delta",
            "Amount before (CNY)", "Amount after (CNY)", "Delta (CNY)");

    /** Where the two audits come from. */
    public record Sides(String caseId, java.time.LocalDate asOf, Path beforeRules, String beforeSha256,
                        Path afterRules, String afterSha256, String caseSha256) {
    }

    public static String fileName(Sides sides) {
        return sides.caseId() + "_" + sides.asOf() + "_diff.xlsx";
    }

    public Path write(AuditDiff diff, Sides sides, Path outDir) throws IOException {
        Path target = outDir.resolve(fileName(sides));
        new AtomicFiles().add(target, out -> writeTo(diff, sides, out)).write();
        return target;
    }

    void writeTo(AuditDiff diff, Sides sides, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new ConcurrentWorkbook(500);
        try {
            Styles styles = new Styles(wb);
            summary(wb, styles, diff, sides);
            SheetSeries changes = new SheetSeries(wb, styles, "Changes", CHANGES, SheetSeries.EXCEL_MAX_ROWS);
            for (Change c : diff.changes()) {
                Finding f = c.either();
                changes.row().text(c.kind().name()).text(f.getId()).text(f.getRuleId()).text(f.getMeasure().name())
                        .text(f.getSubjectType().name()).text(f.getSubjectId()).text(f.getEntityId())
                        .money(c.before() == null ? null : c.before().getAmountCny())
                        .money(c.after() == null ? null : c.after().getAmountCny()).money(c.amountDelta())
                        .quantity(c.before() == null ? null : c.before().getQuantity())
                        .quantity(c.after() == null ? null : c.after().getQuantity()).quantity(c.quantityDelta())
                        .text(f.getUnit()).text(c.before() == null ? null : c.before().getExplanation())
                        .text(c.after() == null ? null : c.after().getExplanation());
            }
            changes.finish();
            totals(wb, styles, "By rule", "Rule ID", diff.byRule());
            totals(wb, styles, "By province", "Province", diff.byProvince());
            totals(wb, styles, "By account", "Account ID", diff.byAccount());
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    private static void summary(SXSSFWorkbook wb, Styles styles, AuditDiff diff, Sides sides) {
        var sheet = wb.createSheet("Summary");
        String[][] rows = {
            {"Headline", diff.headline()},
            {"Case", sides.caseId()},
            {"As of", sides.asOf().toString()},
            {"Case file SHA-256", sides.caseSha256()},
            {"Rules before", sides.beforeRules().toString()},
            {"Rules before SHA-256", sides.beforeSha256()},
            {"Rules after", sides.afterRules().toString()},
            {"Rules after SHA-256", sides.afterSha256()},
        };
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            var label = row.createCell(0);
            label.setCellValue(rows[i][0]);
            label.setCellStyle(styles.bold);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private static void totals(SXSSFWorkbook wb, Styles styles, String name, String key, List<Total> totals) {
        List<String> headers = new java.util.ArrayList<>(TOTALS);
        headers.set(0, key);
        SheetSeries s = new SheetSeries(wb, styles, name, headers, SheetSeries.EXCEL_MAX_ROWS);
        for (Total t : totals) {
            s.row().text(t.key()).count(t.findingsBefore()).count(t.findingsAfter()).count(t.findingsDelta())
                    .money(t.amountBefore()).money(t.amountAfter()).money(t.amountDelta());
        }
        s.finish();
    }
}

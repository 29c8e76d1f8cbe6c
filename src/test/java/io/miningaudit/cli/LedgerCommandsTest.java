package io.miningaudit.cli;

import static io.miningaudit.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.cli.CommandLineTest.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Zhejiang example recorded twice (as of 14 Dec 2021 and 31 Mar 2022), with a clearing between. */
class LedgerCommandsTest {
    private static final String ZHEJIANG = Path.of("examples", "zhejiang-2021.json").toString();

    @TempDir
    Path dir;

    private Run audit(String asOf, String out) {
        List<String> args = new ArrayList<>(List.of("audit", ZHEJIANG, "--out", dir.resolve(out).toString(),
                "--ledger", dir.resolve("ledger.db").toString()));
        if (asOf != null) {
            args.addAll(List.of("--as-of", asOf));
        }
        return run(args.toArray(String[]::new));
    }

    private Run ledger(String... args) {
        List<String> all = new ArrayList<>(List.of("ledger"));
        all.addAll(List.of(args));
        all.addAll(List.of("--ledger", dir.resolve("ledger.db").toString()));
        return run(all.toArray(String[]::new));
    }

    private static List<String> lines(Run r) {
        return r.out().lines().skip(1).toList(); // the table's header aside
    }

    @Test
    void statusesAcrossTwoAuditsTheSinceLastAuditSheetAClearingAndAnEntitysHistory() throws Exception {
        Run first = audit(null, "first");
        Run cleared = ledger("clear", "ENF-TROJAN-REMEDIATION/ZJ-U016/ZJ-I016", "--on", "2021-12-20", "--by",
                "Li Wei", "--note", "trojan removed, devices checked");
        Run second = audit("2022-03-31", "second");

        assertThat(first.code()).isEqualTo(0);
        assertThat(first.out()).contains("  since the last audit: 220 new, 0 changed, 0 resolved, 0 continuing"
                + " | 32 overdue; recorded in " + dir.resolve("ledger.db"));
        assertThat(cleared.code()).isEqualTo(0);
        assertThat(second.out()).contains("  since the last audit: 0 new, 5 changed, 0 resolved, 215 continuing"
                + " | 31 overdue; recorded in ");

        List<String> overdue = lines(ledger("status", "--overdue"));
        assertThat(overdue).hasSize(31).allMatch(l -> l.startsWith("zhejiang-2021    2022-03-31 ")
                && l.contains(" yes "));
        assertThat(overdue).noneMatch(l -> l.contains("ZJ-U016"));
        List<String> u016 = lines(ledger("status", "--entity", "ZJ-U016"));
        assertThat(u016).anyMatch(l -> l.contains("ENF-TROJAN-REMEDIATION/ZJ-U016/ZJ-I016") && l.contains("CONTINUING")
                && l.contains("2021-11-10") && l.contains("2021-12-20") && !l.contains(" yes "));
        assertThat(lines(ledger("status", "--case", "zhejiang-2021")).stream().filter(l -> l.contains(" CHANGED ")))
                .extracting(l -> l.split(" +")[2])
                .containsExactly("NDRC-1283-6/ZJ-I007", "NDRC-1283-6/ZJ-I012", "NDRC-1283-6/ZJ-I022",
                        "NDRC-1283-6/ZJ-I027", "NDRC-1283-6/ZJ-I037");
        assertThat(ledger("history", "ZJ-U016").out().lines().map(l -> l.substring(0, 20)).toList())
                .containsExactly("2021-12-14  AUDIT   ", "2021-12-20  CLEARING", "2022-03-31  AUDIT   ");

        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("second/zhejiang-2021_2022-03-31.xlsx").toFile())) {
            Sheet since = wb.getSheet("Since last audit");
            assertThat(wb.getSheetIndex(since)).isEqualTo(wb.getSheetIndex("Back-payment runs") + 1);
            List<String> headers = new ArrayList<>();
            since.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Finding ID", "Entity ID", "Rule ID", "Measure", "Status",
                    "Amount before (CNY)", "Amount now (CNY)", "Delta (CNY)", "First seen", "Deadline", "Overdue",
                    "Cleared on");
            assertThat(since.getLastRowNum()).isEqualTo(220);
            Row cleared016 = null;
            for (Row row : since) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue()
                        .equals("ENF-TROJAN-REMEDIATION/ZJ-U016/ZJ-I016")) {
                    cleared016 = row;
                }
            }
            assertThat(cleared016).isNotNull();
            assertThat(cleared016.getCell(4).getStringCellValue()).isEqualTo("CONTINUING");
            assertThat(cleared016.getCell(10).getBooleanCellValue()).isFalse();
            // Shown as FALSE by LibreOffice too, which read such a cell beside a date as 0 without this format.
            assertThat(cleared016.getCell(10).getCellStyle().getDataFormatString())
                    .isEqualTo("\"TRUE\";\"TRUE\";\"FALSE\"");
            assertThat(cleared016.getCell(11).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2021, 12, 20));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("second/zhejiang-2021_2022-03-31.xlsx").toFile())) {
            Sheet byEntity = wb.getSheet("By entity");
            Row header = byEntity.getRow(0);
            int last = header.getLastCellNum();
            assertThat(List.of(header.getCell(last - 3).getStringCellValue(), header.getCell(last - 2)
                    .getStringCellValue(), header.getCell(last - 1).getStringCellValue()))
                    .containsExactly("Open items", "Overdue items", "Cleared items");
            for (Row row : byEntity) {
                String id = row.getCell(0).getStringCellValue();
                if (id.equals("ZJ-U016") || id.equals("ZJ-U015")) {
                    long findings = (long) row.getCell(5).getNumericCellValue();
                    long[] counts = {(long) row.getCell(last - 3).getNumericCellValue(),
                        (long) row.getCell(last - 2).getNumericCellValue(),
                        (long) row.getCell(last - 1).getNumericCellValue()};
                    assertThat(counts).as(id).containsExactly(id.equals("ZJ-U016") ? findings - 1 : findings,
                            id.equals("ZJ-U016") ? 0 : 1, id.equals("ZJ-U016") ? 1 : 0);
                }
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("first/zhejiang-2021_2021-12-14.xlsx").toFile())) {
            assertThat(wb.getSheet("Since last audit")).isNotNull();
        }
    }

    @Test
    void withoutALedgerTheWorkbookHasNoSinceLastAuditSheetAndClearingAnUnknownFindingIsExit6() throws Exception {
        Run r = run("audit", ZHEJIANG, "--out", dir.resolve("out").toString());
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("out/zhejiang-2021_2021-12-14.xlsx").toFile())) {
            assertThat(wb.getSheet("Since last audit")).isNull();
        }
        assertThat(r.out()).doesNotContain("since the last audit");

        if (System.getenv("MINING_AUDIT_LEDGER") == null) { // a ledger named by the environment would be used
            Run unnamed = run("ledger", "status");
            assertThat(unnamed.code()).isEqualTo(2);
            assertThat(unnamed.err()).contains("--ledger: no ledger named (give --ledger LEDGER, or set"
                    + " MINING_AUDIT_LEDGER)");
        }
        audit(null, "first");
        Run unknown = ledger("clear", "NO/SUCH", "--on", "2021-12-20", "--by", "x", "--note", "y");
        assertThat(unknown.code()).isEqualTo(6);
        assertThat(unknown.err()).contains("no audit in the ledger has finding NO/SUCH");
    }
}

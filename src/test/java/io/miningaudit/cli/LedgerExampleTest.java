package io.miningaudit.cli;

import static io.miningaudit.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.cli.CommandLineTest.Run;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;

/** The README's walk-through: the three Hangzhou months of examples/zhejiang-ledger recorded in turn. */
class LedgerExampleTest {
    private static final String U1_ORDER = "ENF-TROJAN-REMEDIATION/ZL-U1/ZL-I1";
    private static final String U2_ORDER = "ENF-TROJAN-REMEDIATION/ZL-U2/ZL-I2";
    private static final String U3_ORDER = "ENF-TROJAN-REMEDIATION/ZL-U3/ZL-I3";
    private static final String SURCHARGE = "NDRC-1283-13/330110000041";
    private static final String ESCALATION = "ENF-REPEAT-DETECTION/ZL-U1/ZL-I1";
    private static final List<String> STANDING = List.of("ECL-EQUIPMENT/ZL-I4", "ENF-ILLEGAL-GAINS/ZL-P1",
            SURCHARGE, "NDRC-1283-17/ZL-I4", U1_ORDER, U2_ORDER, U3_ORDER);

    @TempDir
    Path dir;

    /** The ledger the walk-through records in: a SQLite file, or a database of the embedded PostgreSQL server. */
    private String target;

    private Run ledger(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "ledger";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--ledger";
        all[args.length + 2] = target;
        return run(all);
    }

    private Run month(String asOf) {
        return run("audit", "examples/zhejiang-ledger/" + asOf + ".json", "--out", dir.resolve(asOf).toString(),
                "--ledger", target);
    }

    /** The Since last audit sheet of a month's workbook: each finding's status, and its delta where it has one. */
    private Map<String, String> sinceLastAudit(String asOf) throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve(asOf).resolve("zhejiang-ledger_" + asOf + ".xlsx")
                .toFile())) {
            for (Row row : wb.getSheet("Since last audit")) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String status = row.getCell(4).getStringCellValue();
                var delta = row.getCell(7);
                boolean none = delta == null || delta.getCellType() == CellType.BLANK;
                rows.put(row.getCell(0).getStringCellValue(), none ? status
                        : status + " " + BigDecimal.valueOf(delta.getNumericCellValue()).setScale(2));
            }
        }
        return rows;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"SQLite", "PostgreSQL"})
    void threeMonthsRecordedInTurnGiveEachFindingItsStatusAndOnlyTheRedetectedUnitIsOverdue(String database)
            throws Exception {
        target = database.equals("SQLite") ? dir.resolve("ledger.db").toString()
                : io.miningaudit.ledger.EmbeddedServer.newDatabaseUrl();
        assertThat(month("2021-09-30").out()).contains("since the last audit: 8 new, 0 changed, 0 resolved,"
                + " 0 continuing | 0 overdue");
        assertThat(ledger("clear", U2_ORDER, "--on", "2021-10-12", "--by", "Chen Jing", "--note",
                "trojan removed from 14 PCs").code()).isEqualTo(0);
        assertThat(ledger("clear", U3_ORDER, "--on", "2021-10-18", "--by", "Chen Jing", "--note",
                "servers reinstalled").code()).isEqualTo(0);
        assertThat(month("2021-10-31").out()).contains("since the last audit: 1 new, 0 changed, 1 resolved,"
                + " 7 continuing | 1 overdue");
        assertThat(month("2021-11-30").out()).contains("since the last audit: 1 new, 1 changed, 1 resolved,"
                + " 6 continuing | 1 overdue");

        Map<String, String> september = sinceLastAudit("2021-09-30");
        assertThat(september.keySet()).containsExactlyInAnyOrderElementsOf(
                concat(STANDING, List.of("LEAD-UNINSPECTED/ZL-E5")));
        assertThat(september.get(SURCHARGE)).isEqualTo("NEW 655.20");
        assertThat(september.values()).allMatch(s -> s.startsWith("NEW"));

        Map<String, String> october = sinceLastAudit("2021-10-31");
        assertThat(october).containsEntry(ESCALATION, "NEW").containsEntry("LEAD-UNINSPECTED/ZL-E5", "RESOLVED")
                .containsEntry(SURCHARGE, "CONTINUING 0.00").containsEntry(U1_ORDER, "CONTINUING").hasSize(9);

        Map<String, String> november = sinceLastAudit("2021-11-30");
        assertThat(november).containsEntry("LEAD-UNINSPECTED/ZL-E6", "NEW")
                .containsEntry(SURCHARGE, "CHANGED 262.08") // September's estimate replaced by the meter's reading
                .containsEntry(ESCALATION, "RESOLVED") // ZL-U1 inspected again on 15 November
                .hasSize(9);
        assertThat(november.entrySet()).filteredOn(e -> STANDING.contains(e.getKey()) && !e.getKey().equals(SURCHARGE))
                .allMatch(e -> e.getValue().startsWith("CONTINUING"));

        List<String> overdue = ledger("status", "--overdue").out().lines().skip(1).toList();
        assertThat(overdue).singleElement().satisfies(l -> assertThat(l).contains(U1_ORDER, "2021-10-10", " yes "));
        assertThat(ledger("history", "ZL-U2").out().lines().map(l -> l.substring(0, 20)).toList())
                .containsExactly("2021-09-30  AUDIT   ", "2021-10-12  CLEARING", "2021-10-31  AUDIT   ",
                        "2021-11-30  AUDIT   ");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}

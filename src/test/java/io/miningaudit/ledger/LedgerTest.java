package io.miningaudit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.facts.Finding;
import io.miningaudit.fixtures.ShippedRules;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger's contract, run on SQLite ({@link SqliteLedgerTest}) and on a real PostgreSQL server
 * ({@link PostgresLedgerTest}): the same tests, each on an empty database.
 */
abstract class LedgerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2022-02-01T08:00:00Z"), ZoneOffset.UTC);
    private static AuditResult hainan;

    @TempDir
    Path dir;

    /** Opens the test's ledger: the same one each time it is called within a test. */
    abstract Ledger open() throws Exception;

    /** A plain connection to the test's database, for what a test does to it behind the ledger's back. */
    abstract Connection raw() throws Exception;

    /** The name the ledger's messages give it. */
    abstract String name();

    @BeforeAll
    static void audit() throws Exception {
        hainan = ShippedRules.auditExample("hainan-2021.json");
    }

    private static AuditRecord record(LocalDate asOf, List<Finding> findings) {
        return new AuditRecord("hainan-2021", asOf, OffsetDateTime.of(2022, 1, 21, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
                "0.1.0", "a".repeat(64), "b".repeat(64), findings, hainan.dataIssues());
    }

    private static AuditRecord record(LocalDate asOf) {
        return record(asOf, hainan.findings());
    }

    private static final LocalDate JAN_20 = LocalDate.of(2022, 1, 20);

    private Map<String, Long> counts() throws Exception {
        try (Ledger ledger = open()) {
            return ledger.counts();
        }
    }

    @Test
    void anEmptyFileBecomesALedgerAndAnAuditIsRecordedWithEveryFindingAndDataIssue() throws Exception {
        try (Ledger ledger = open()) {
            assertThat(ledger.counts()).containsExactly(Map.entry("ledger_audit", 0L),
                    Map.entry("ledger_finding", 0L), Map.entry("ledger_issue", 0L), Map.entry("ledger_clearing", 0L));
            assertThat(ledger.schemaVersion()).isEqualTo("1");
            ledger.record(record(JAN_20), false);
        }

        assertThat(counts()).containsExactly(Map.entry("ledger_audit", 1L),
                Map.entry("ledger_finding", (long) hainan.findings().size()),
                Map.entry("ledger_issue", (long) hainan.dataIssues().size()), Map.entry("ledger_clearing", 0L));
        Finding surcharge = hainan.findings().stream().filter(f -> f.getRuleId().equals("HAINAN-2021"))
                .findFirst().orElseThrow();
        try (Connection c = raw();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT amount_cny, period_from, recorded_at FROM ledger_finding"
                     + " JOIN ledger_audit USING (audit_key) WHERE finding_id = '" + surcharge.getId() + "'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo(surcharge.getAmountCny().toPlainString());
            assertThat(r.getString(2)).isEqualTo(surcharge.getPeriodFrom().toString());
            assertThat(r.getString(3)).isEqualTo("2022-02-01T08:00Z");
        }
    }

    @Test
    void anAuditAsOfTheSameOrAnEarlierDayIsRefusedUnlessItReplacesTheLaterOnes() throws Exception {
        try (Ledger ledger = open()) {
            ledger.record(record(JAN_20), false);
            assertThatThrownBy(() -> ledger.record(record(JAN_20), false)).isInstanceOf(LedgerException.class)
                    .hasMessageContaining("holds case hainan-2021 as of 2022-01-20; an audit as of 2022-01-20 must"
                            + " be later");
            assertThatThrownBy(() -> ledger.record(record(JAN_20.minusDays(1)), false))
                    .hasMessageContaining("an audit as of 2022-01-19 must be later");
            ledger.record(record(JAN_20.plusDays(1)), false); // the near miss: a later day is recorded
            assertThat(ledger.counts()).containsEntry("ledger_audit", 2L);

            ledger.record(record(JAN_20, hainan.findings().subList(0, 1)), true);
            assertThat(ledger.counts()).containsEntry("ledger_audit", 1L).containsEntry("ledger_finding", 1L);
        }
    }

    @Test
    void aLaterAuditIsComparedWithTheOneBeforeAndClearingsAndHistoryAreKept() throws Exception {
        List<Finding> all = hainan.findings();
        Finding dropped = all.get(0);
        Finding changed = all.get(1);
        List<Finding> later = new ArrayList<>(all.subList(1, all.size()));
        later.set(0, changed.toBuilder().amountCny(changed.getAmountCny() == null ? java.math.BigDecimal.ONE
                : changed.getAmountCny().add(java.math.BigDecimal.TEN)).build());
        try (Ledger ledger = open()) {
            ledger.record(record(JAN_20), false);
            List<io.miningaudit.facts.SinceLastAudit> rows = ledger.recordThen(record(JAN_20.plusDays(30), later),
                    false, since -> since);

            assertThat(rows).hasSize(all.size());
            assertThat(rows).filteredOn(r -> r.getFindingId().equals(dropped.getId())).singleElement()
                    .satisfies(r -> assertThat(r.getStatus().name()).isEqualTo("RESOLVED"));
            assertThat(rows).filteredOn(r -> r.getFindingId().equals(changed.getId())).singleElement()
                    .satisfies(r -> {
                        assertThat(r.getStatus().name()).isEqualTo("CHANGED");
                        assertThat(r.getFirstSeen()).isEqualTo(JAN_20);
                    });
            assertThat(rows).filteredOn(r -> r.getStatus().name().equals("CONTINUING")).hasSize(all.size() - 2);

            ledger.clear(null, changed.getId(), JAN_20.plusDays(31), "Li Wei", "paid");
            assertThatThrownBy(() -> ledger.clear(null, "NO/SUCH", JAN_20, "x", "y"))
                    .hasMessage(name() + ": no audit in the ledger has finding NO/SUCH");

            List<Ledger.CaseStatus> status = ledger.status(null);
            assertThat(status).singleElement().satisfies(c -> {
                assertThat(c.asOf()).isEqualTo(JAN_20.plusDays(30));
                assertThat(c.rows()).filteredOn(r -> r.getFindingId().equals(changed.getId())).singleElement()
                        .satisfies(r -> assertThat(r.getClearedOn()).as("cleared after that audit's day").isNull());
            });
            assertThat(ledger.history(changed.getEntityId())).extracting(Ledger.Event::kind)
                    .containsExactly("AUDIT", "AUDIT", "CLEARING");
        }
    }

    @Test
    void anAuditThatFailsHalfwayLeavesTheLedgerAsItWas() throws Exception {
        try (Ledger ledger = open()) {
            ledger.record(record(JAN_20), false);
            List<Finding> twice = new ArrayList<>(hainan.findings());
            twice.add(hainan.findings().get(0)); // the same finding id twice: the insert fails after the audit row
            assertThatThrownBy(() -> ledger.record(record(JAN_20.plusDays(1), twice), false))
                    .isInstanceOf(LedgerException.class).hasMessageContaining("could not be recorded");
            assertThat(ledger.counts()).containsExactly(Map.entry("ledger_audit", 1L),
                    Map.entry("ledger_finding", (long) hainan.findings().size()),
                    Map.entry("ledger_issue", (long) hainan.dataIssues().size()), Map.entry("ledger_clearing", 0L));
        }
    }


    @Test
    void theWholeLedgerIsExportedAsAWorkbookWithDatesAsDatesAndAmountsAsNumbers() throws Exception {
        Finding paid = hainan.findings().stream().filter(f -> f.getAmountCny() != null).findFirst().orElseThrow();
        Path out = dir.resolve("ledger.xlsx");
        try (Ledger ledger = open()) {
            ledger.record(record(JAN_20), false);
            ledger.clear(null, paid.getId(), JAN_20.plusDays(5), "Li Wei", "paid in full");
            ledger.export(out);
        }

        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                out.toFile())) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("Audits", "Findings", "Data issues", "Clearings");
            assertThat(wb.getSheet("Findings").getLastRowNum()).isEqualTo(hainan.findings().size());
            var header = wb.getSheet("Findings").getRow(0);
            int id = -1;
            int amount = -1;
            for (var c : header) {
                id = c.getStringCellValue().equals("finding_id") ? c.getColumnIndex() : id;
                amount = c.getStringCellValue().equals("amount_cny") ? c.getColumnIndex() : amount;
            }
            boolean found = false;
            for (var row : wb.getSheet("Findings")) {
                if (row.getRowNum() > 0 && row.getCell(id).getStringCellValue().equals(paid.getId())) {
                    assertThat(row.getCell(amount).getNumericCellValue())
                            .isEqualTo(paid.getAmountCny().doubleValue());
                    found = true;
                }
            }
            assertThat(found).isTrue();
            var clearing = wb.getSheet("Clearings").getRow(1);
            assertThat(clearing.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(JAN_20.plusDays(5));
            assertThat(clearing.getCell(5).getStringCellValue()).isEqualTo("paid in full");
        }
        assertThat(dir.toFile().list()).noneMatch(n -> n.endsWith(".partial"));
    }

    @Test
    void anOpenLedgerHoldsNoLockSoThatAnotherCanReadAndRecordWhileItIsOpen() throws Exception {
        try (Ledger first = open(); Ledger second = open()) {
            first.record(record(JAN_20), false);
            long start = System.nanoTime();
            assertThat(second.counts()).containsEntry("ledger_audit", 1L);
            second.record(record(JAN_20.plusDays(1)), false);
            assertThat(first.counts()).containsEntry("ledger_audit", 2L);
            assertThat(System.nanoTime() - start).as("nobody waited for a lock").isLessThan(30_000_000_000L);
        }
    }

    @Test
    void aDatabaseOfSomethingElseIsRefusedAndLeftAsItWas() throws Exception {
        try (Connection c = raw(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE payroll (name VARCHAR(20))");
        }

        assertThatThrownBy(this::open).isInstanceOf(LedgerException.class)
                .hasMessageStartingWith(name() + ": not a ledger of this program: ");
        try (Connection c = raw(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM payroll")) {
            assertThat(r.next()).isTrue();
        }
    }

    @Test
    void aLedgerOfANewerSchemaIsRefused() throws Exception {
        open().close();
        try (Connection c = raw(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO ledger_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (2, '2', 'future', 'SQL',"
                    + " 'V2__future.sql', 0, 'x', 0, true)");
        }

        assertThatThrownBy(this::open).isInstanceOf(LedgerException.class)
                .hasMessage(name() + ": the ledger has schema version 2; this mining-audit knows version 1 (a newer"
                        + " mining-audit made it)");
    }
}

package io.miningaudit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.Measure;
import io.miningaudit.facts.SinceLastAudit;
import io.miningaudit.facts.SinceLastAudit.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusesTest {
    private static final LocalDate SEP = LocalDate.of(2021, 9, 30);
    private static final LocalDate OCT = LocalDate.of(2021, 10, 31);

    private static Statuses.Item surcharge(String id, String entity, String amount) {
        return new Statuses.Item(id, entity, "ZJ-2021", Measure.PUNITIVE_SURCHARGE, new BigDecimal(amount), null,
                LocalDate.of(2021, 6, 1), LocalDate.of(2021, 9, 30), null);
    }

    private static Statuses.Item order(String id, String entity, LocalDate deadline) {
        return new Statuses.Item(id, entity, "ENF-TROJAN-REMEDIATION", Measure.REMEDIATION_ORDER, null, null,
                LocalDate.of(2021, 9, 1), deadline, deadline);
    }

    private static SinceLastAudit row(List<SinceLastAudit> rows, String id) {
        return rows.stream().filter(r -> r.getFindingId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachFindingIsNewContinuingChangedOrResolvedWithItsDelta() {
        List<SinceLastAudit> rows = Statuses.compare(OCT,
                List.of(surcharge("S1", "E1", "100.00"), surcharge("S2", "E2", "250.50"), surcharge("S4", "E4", "7")),
                List.of(surcharge("S1", "E1", "100.0"), surcharge("S2", "E2", "200.00"), surcharge("S3", "E3", "80")),
                Map.of("S1", SEP, "S2", SEP, "S3", SEP), List.of());

        assertThat(rows).extracting(SinceLastAudit::getFindingId).containsExactly("S1", "S2", "S3", "S4");
        assertThat(row(rows, "S1").getStatus()).isEqualTo(Status.CONTINUING); // 100.0 is 100.00
        assertThat(row(rows, "S1").getDelta()).isEqualByComparingTo("0");
        assertThat(row(rows, "S2").getStatus()).isEqualTo(Status.CHANGED);
        assertThat(row(rows, "S2").getDelta()).isEqualTo(new BigDecimal("50.50"));
        assertThat(row(rows, "S3").getStatus()).isEqualTo(Status.RESOLVED);
        assertThat(row(rows, "S3").getAmountNow()).isNull();
        assertThat(row(rows, "S3").getDelta()).isEqualTo(new BigDecimal("-80"));
        assertThat(row(rows, "S4").getStatus()).isEqualTo(Status.NEW);
        assertThat(row(rows, "S4").getFirstSeen()).isEqualTo(OCT);
        assertThat(row(rows, "S2").getFirstSeen()).isEqualTo(SEP);
    }

    @Test
    void aDeadlineBeforeTheAsOfDayIsOverdueUnlessClearedAndAClearedUnitFoundAgainIsARepeat() {
        LocalDate passed = LocalDate.of(2021, 10, 20);
        List<SinceLastAudit> rows = Statuses.compare(OCT,
                List.of(order("R1", "E1", passed), order("R2", "E2", passed), order("R3", "E3", OCT),
                        surcharge("N2", "E2", "10")),
                List.of(order("R1", "E1", passed), order("R2", "E2", passed)),
                Map.of(), List.of(new Statuses.Clearing("R2", "E2", LocalDate.of(2021, 10, 15), "Li Wei", "fixed")));

        assertThat(row(rows, "R1").isOverdue()).isTrue();
        assertThat(row(rows, "R2").isOverdue()).isFalse();
        assertThat(row(rows, "R2").getClearedOn()).isEqualTo(LocalDate.of(2021, 10, 15));
        assertThat(row(rows, "R3").isOverdue()).as("a deadline on the as-of day has not passed").isFalse();
        assertThat(row(rows, "N2").getRepeatOf()).isEqualTo("finding R2 cleared on 2021-10-15 by Li Wei");
        assertThat(row(rows, "R1").getRepeatOf()).isNull();
        assertThat(row(rows, "R3").getRepeatOf()).as("E3 was never cleared").isNull();
    }

    @Test
    void aFindingClearedThatDroppedOutAndCameBackIsNewOpenAndOverdueAgain() {
        LocalDate passed = LocalDate.of(2021, 10, 20);
        List<SinceLastAudit> rows = Statuses.compare(OCT, List.of(order("R1", "E1", passed)), List.of(),
                Map.of("R1", SEP), List.of(new Statuses.Clearing("R1", "E1", LocalDate.of(2021, 9, 5), "Li Wei", "x")));

        assertThat(row(rows, "R1").getStatus()).isEqualTo(Status.NEW);
        assertThat(row(rows, "R1").getClearedOn()).isNull();
        assertThat(row(rows, "R1").isOverdue()).isTrue();
        assertThat(row(rows, "R1").getRepeatOf()).isEqualTo("finding R1 cleared on 2021-09-05 by Li Wei");
    }
}

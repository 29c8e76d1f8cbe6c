package io.miningaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.engine.Counts;
import io.miningaudit.facts.Measure;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The printed summary says where data issues stopped an amount, rather than printing 0.00. */
class PrintedSummaryTest {
    private static Counts counts(Map<Measure, Long> notComputed) {
        BigDecimal zero = BigDecimal.ZERO;
        return new Counts(0, 0, 0, 0, 0, 0, 0, 0, zero, 0, zero, zero, zero, zero, zero, 0, notComputed);
    }

    @Test
    void aZeroThatDataIssuesStoppedIsNotComputedAndAnAmountNamesThem() {
        Counts t = counts(Map.of(Measure.PUNITIVE_SURCHARGE, 2L, Measure.BACK_PAYMENT, 1L));

        assertThat(AuditCommand.amount(t, "surcharge", Measure.PUNITIVE_SURCHARGE, BigDecimal.ZERO, "%,.2f CNY"))
                .isEqualTo("surcharge not computed (2 data issues)");
        assertThat(AuditCommand.amount(t, "back-payment", Measure.BACK_PAYMENT, new BigDecimal("1234.5"),
                "%,.2f CNY")).isEqualTo("back-payment 1,234.50 CNY (not computed where 1 data issue)");
    }

    @Test
    void nearMissWithoutDataIssuesAZeroIsPrintedAsAnAmount() {
        assertThat(AuditCommand.amount(counts(Map.of()), "surcharge", Measure.PUNITIVE_SURCHARGE, BigDecimal.ZERO,
                "%,.2f CNY")).isEqualTo("surcharge 0.00 CNY");
    }
}

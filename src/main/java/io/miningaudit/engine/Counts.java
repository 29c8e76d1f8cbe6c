package io.miningaudit.engine;

import io.miningaudit.facts.Measure;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of the Summary: the counts and sums of REPORT.md for a province, or for the whole case (the load-profile
 * leads, of accounts, counted by their entity's province like the rest), and how many data issues stopped an amount
 * of each measure there (an amount they stopped is not in the sums).
 */
public record Counts(long ipsDetected, long ipsAttributed, long entitiesDetected, long publicUnitsDetected,
                     long inspections, long deliberateCases, long passiveCases, long publicUnitsDeliberate,
                     BigDecimal machinesConfiscated, long personsReferred, BigDecimal surchargeCny,
                     BigDecimal backPaymentCny, BigDecimal liquidatedPenaltyCny, BigDecimal illegalGainsCny,
                     BigDecimal energyDoubleCountKwh, long loadProfileLeads, Map<Measure, Long> notComputed) {

    /** How many data issues in this row's scope stopped an amount of {@code measure}. */
    public long notComputed(Measure measure) {
        return notComputed.getOrDefault(measure, 0L);
    }

    public boolean isEmpty() {
        return ipsDetected == 0 && ipsAttributed == 0 && entitiesDetected == 0 && inspections == 0
                && machinesConfiscated.signum() == 0 && personsReferred == 0 && surchargeCny.signum() == 0
                && backPaymentCny.signum() == 0 && liquidatedPenaltyCny.signum() == 0 && illegalGainsCny.signum() == 0
                && energyDoubleCountKwh.signum() == 0 && loadProfileLeads == 0 && notComputed.isEmpty();
    }
}

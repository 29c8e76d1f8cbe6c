package io.miningaudit.engine;

import java.math.BigDecimal;

/** One row of the Summary: the counts and sums of REPORT.md for a province, or for the whole case. */
public record Counts(long ipsDetected, long ipsAttributed, long entitiesDetected, long publicUnitsDetected,
                     long inspections, long deliberateCases, long passiveCases, long publicUnitsDeliberate,
                     BigDecimal machinesConfiscated, long personsReferred, BigDecimal surchargeCny,
                     BigDecimal backPaymentCny, BigDecimal liquidatedPenaltyCny, BigDecimal illegalGainsCny,
                     BigDecimal energyDoubleCountKwh) {

    public boolean isEmpty() {
        return ipsDetected == 0 && ipsAttributed == 0 && entitiesDetected == 0 && inspections == 0
                && machinesConfiscated.signum() == 0 && personsReferred == 0 && surchargeCny.signum() == 0
                && backPaymentCny.signum() == 0 && liquidatedPenaltyCny.signum() == 0 && illegalGainsCny.signum() == 0
                && energyDoubleCountKwh.signum() == 0;
    }
}

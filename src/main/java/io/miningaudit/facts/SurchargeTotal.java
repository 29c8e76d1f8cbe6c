package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

/**
 * The sum of surcharge lines: their rounded amounts added, their shown kWh added, their first and last day and how
 * many there are.
 */
public record SurchargeTotal(BigDecimal amountCny, BigDecimal kwh, LocalDate firstDay, LocalDate lastDay, int lines) {

    /** The total of at least one line. */
    public static SurchargeTotal of(Collection<SurchargeLine> lines) {
        return new SurchargeTotal(
                lines.stream().map(SurchargeLine::getAmountCny).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                lines.stream().map(SurchargeLine::getKwh).reduce(BigDecimal.ZERO.setScale(3), BigDecimal::add),
                lines.stream().map(SurchargeLine::getFirstDay).min(Comparator.naturalOrder()).orElseThrow(),
                lines.stream().map(SurchargeLine::getLastDay).max(Comparator.naturalOrder()).orElseThrow(),
                lines.size());
    }
}

package io.miningaudit.engine.functions;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.DateRange;
import io.miningaudit.facts.SurchargeLine;
import io.miningaudit.facts.SurchargeRate;
import io.miningaudit.facts.SurchargedAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The punitive surcharge of RULES.md "Electricity": governing rows, runs of days, lines, totals. */
public final class Surcharges {
    private Surcharges() {
    }

    /**
     * The row that governs a day for an account in {@code province}: the highest rate among the rows in force that
     * day whose jurisdiction is the nation or the province; on a tie the provincial row. Null when none is in force.
     */
    public static SurchargeRate governing(Collection<SurchargeRate> rows, io.miningaudit.facts.Province province,
                                          LocalDate day) {
        SurchargeRate best = null;
        for (SurchargeRate row : rows) {
            if (!row.appliesTo(province) || !row.inForceOn(day)) {
                continue;
            }
            if (best == null) {
                best = row;
                continue;
            }
            int c = row.getRateCnyPerKwh().compareTo(best.getRateCnyPerKwh());
            if (c > 0 || (c == 0 && best.isNational() && !row.isNational())) {
                best = row;
            }
        }
        return best;
    }

    /**
     * The surcharge lines of an account: for each consumption cycle that overlaps its window, the overlap split
     * into runs of consecutive days with the same governing row; each run's kWh pro-rated exactly, its amount
     * rounded once to 0.01 CNY. Days no row governs make no line.
     */
    public static List<SurchargeLine> lines(SurchargedAccount charged, Collection<Consumption> cycles,
                                            Collection<SurchargeRate> rows) {
        Account account = charged.getAccount();
        List<SurchargeRate> applicable = rows.stream().filter(r -> r.appliesTo(account.getProvince())).toList();
        List<Consumption> ordered = cycles.stream().sorted(Comparator.comparing(Consumption::getFrom)).toList();
        List<SurchargeLine> lines = new ArrayList<>();
        for (Consumption cycle : ordered) {
            DateRange period = cycle.getPeriod();
            for (DateRange window : charged.getWindows()) {
                if (!period.overlaps(window)) {
                    continue;
                }
                DateRange overlap = period.intersection(window);
                SurchargeRate current = null;
                LocalDate runStart = overlap.from();
                for (LocalDate day = overlap.from(); !day.isAfter(overlap.to()); day = day.plusDays(1)) {
                    SurchargeRate row = governing(applicable, account.getProvince(), day);
                    if (row != current) {
                        addLine(lines, account, cycle, current, runStart, day.minusDays(1));
                        current = row;
                        runStart = day;
                    }
                }
                addLine(lines, account, cycle, current, runStart, overlap.to());
            }
        }
        return lines;
    }

    private static void addLine(List<SurchargeLine> lines, Account account, Consumption cycle, SurchargeRate row,
                                LocalDate first, LocalDate last) {
        if (row == null || last.isBefore(first)) {
            return;
        }
        Exact kwh = Exact.proportion(cycle.getKwh(), new DateRange(first, last).days(), cycle.getPeriod().days());
        lines.add(SurchargeLine.builder().accountId(account.getId()).entityId(account.getEntityId())
                .province(account.getProvince()).firstDay(first).lastDay(last).kwh(kwh.toKwh())
                .rateCnyPerKwh(row.getRateCnyPerKwh()).amountCny(kwh.times(row.getRateCnyPerKwh()).toCny())
                .ruleId(row.getId()).build());
    }

    /** The sum of lines' rounded amounts. */
    public static BigDecimal total(Collection<SurchargeLine> lines) {
        return lines.stream().map(SurchargeLine::getAmountCny).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The sum of lines' shown kWh, for the explanation. */
    public static BigDecimal kwh(Collection<SurchargeLine> lines) {
        return lines.stream().map(SurchargeLine::getKwh).reduce(BigDecimal.ZERO.setScale(3), BigDecimal::add);
    }

    public static LocalDate firstDay(Collection<SurchargeLine> lines) {
        return lines.stream().map(SurchargeLine::getFirstDay).min(Comparator.naturalOrder()).orElseThrow();
    }

    public static LocalDate lastDay(Collection<SurchargeLine> lines) {
        return lines.stream().map(SurchargeLine::getLastDay).max(Comparator.naturalOrder()).orElseThrow();
    }
}

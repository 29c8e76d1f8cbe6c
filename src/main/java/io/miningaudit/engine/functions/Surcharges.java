package io.miningaudit.engine.functions;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.DateRange;
import io.miningaudit.facts.SurchargeLine;
import io.miningaudit.facts.SurchargeRate;
import io.miningaudit.facts.SurchargedAccount;
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
    public static List<SurchargeLine> lines(SurchargedAccount charged, Collection<SurchargeRate> rows) {
        Account account = charged.getAccount();
        List<SurchargeRate> applicable = rows.stream().filter(r -> r.appliesTo(account.getProvince())).toList();
        List<Consumption> ordered = charged.getCycles().stream().sorted(Comparator.comparing(Consumption::getFrom))
                .toList();
        List<SurchargeLine> lines = new ArrayList<>();
        for (Consumption cycle : ordered) {
            for (DateRange window : charged.getWindows()) {
                if (!cycle.getPeriod().overlaps(window)) {
                    continue;
                }
                DateRange overlap = cycle.getPeriod().intersection(window);
                for (DayRuns.Run<SurchargeRate> run : DayRuns.of(overlap,
                        day -> governing(applicable, account.getProvince(), day))) {
                    if (run.key() != null) {
                        lines.add(line(account, cycle, run.key(), run.days()));
                    }
                }
            }
        }
        return lines;
    }

    /** A line: the cycle's kWh pro-rated over the run's days, times the row's rate, rounded once to 0.01 CNY. */
    private static SurchargeLine line(Account account, Consumption cycle, SurchargeRate row, DateRange days) {
        Exact kwh = Energy.proRated(cycle, days);
        return SurchargeLine.builder().accountId(account.getId()).entityId(account.getEntityId())
                .province(account.getProvince()).firstDay(days.from()).lastDay(days.to()).kwh(kwh.toKwh())
                .rateCnyPerKwh(row.getRateCnyPerKwh()).amountCny(kwh.times(row.getRateCnyPerKwh()).toCny())
                .ruleId(row.getId()).cycle(cycle).build();
    }
}

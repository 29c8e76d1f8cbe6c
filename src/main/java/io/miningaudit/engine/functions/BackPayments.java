package io.miningaudit.engine.functions;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.BackPaymentBasis;
import io.miningaudit.facts.BackPaymentRun;
import io.miningaudit.facts.CatalogueRate;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.DateRange;
import io.miningaudit.facts.MiningAccount;
import io.miningaudit.facts.Phrase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supply rules' back-payment (供电营业规则 art. 100): for each day of a mining account's window that its
 * consumption covers, the day's pro-rated kWh times the difference between the general industrial and commercial
 * catalogue rate that day and the account's billed rate, where that difference is positive. The days are taken in
 * runs under one catalogue rate, each run's kWh pro-rated at once: the same exact sum as day by day.
 */
public final class BackPayments {
    /** The decimals a run's kWh and amount keep: exact for the report's reader, whose sum rounds to the finding. */
    static final int RUN_SCALE = 10;

    private BackPayments() {
    }

    /**
     * @param catalogue the catalogue rates of the account's province for the category the mining should have been
     *                  billed under
     */
    public static BackPaymentBasis basis(MiningAccount mining, Collection<CatalogueRate> catalogue) {
        Account account = mining.getAccount();
        BigDecimal billed = account.getBilledRateCnyPerKwh();
        Exact amount = Exact.ZERO;
        Exact kwh = Exact.ZERO;
        long covered = 0;
        long chargeable = 0;
        LocalDate first = null;
        LocalDate last = null;
        List<DateRange> missing = new ArrayList<>();
        Map<CatalogueRate, long[]> daysByRate = new LinkedHashMap<>();
        Map<CatalogueRate, Exact> kwhByRate = new LinkedHashMap<>();
        List<BackPaymentRun> runs = new ArrayList<>();
        for (Consumption cycle : mining.getCycles().stream().sorted(Comparator.comparing(Consumption::getFrom))
                .toList()) {
            for (DateRange window : mining.getWindows()) {
                if (!cycle.overlaps(window)) {
                    continue;
                }
                DateRange overlap = cycle.getPeriod().intersection(window);
                covered += overlap.days();
                first = first == null || overlap.from().isBefore(first) ? overlap.from() : first;
                last = last == null || overlap.to().isAfter(last) ? overlap.to() : last;
                for (DayRuns.Run<CatalogueRate> run : DayRuns.of(overlap, day -> rateOn(catalogue, day))) {
                    CatalogueRate rate = run.key();
                    if (rate == null) {
                        DayRuns.append(missing, run.days());
                        continue;
                    }
                    BigDecimal difference = rate.getRateCnyPerKwh().subtract(billed);
                    if (difference.signum() > 0) {
                        Exact runKwh = Energy.proRated(cycle, run.days());
                        Exact runAmount = runKwh.times(difference);
                        kwh = kwh.plus(runKwh);
                        amount = amount.plus(runAmount);
                        runs.add(BackPaymentRun.builder().accountId(account.getId()).entityId(account.getEntityId())
                                .firstDay(run.days().from()).lastDay(run.days().to()).kwh(runKwh.round(RUN_SCALE))
                                .catalogueRateCnyPerKwh(rate.getRateCnyPerKwh()).billedRateCnyPerKwh(billed)
                                .differenceCnyPerKwh(difference).amountCny(runAmount.round(RUN_SCALE)).build());
                        chargeable += run.days().days();
                        daysByRate.computeIfAbsent(rate, r -> new long[1])[0] += run.days().days();
                        kwhByRate.merge(rate, runKwh, Exact::plus);
                    }
                }
            }
        }
        List<Phrase> used = new ArrayList<>();
        daysByRate.forEach((rate, days) -> used.add(Phrase.of(Phrase.RATE_USED, "rate", rate.getRateCnyPerKwh(),
                "from", rate.getFrom(), "days", days[0], "kwh", kwhByRate.get(rate).toKwh(),
                "difference", rate.getRateCnyPerKwh().subtract(billed))));
        return new BackPaymentBasis(account, mining.getInspectionIds(), first, last, covered, chargeable, kwh.toKwh(),
                amount.toCny(),
                List.copyOf(missing), List.copyOf(used), List.copyOf(runs));
    }

    /** The liquidated penalty: the multiple times the rounded back-payment, rounded to 0.01 CNY. */
    public static BigDecimal penalty(BigDecimal multiple, BigDecimal backPaymentCny) {
        return Exact.of(backPaymentCny).times(multiple).toCny();
    }

    private static CatalogueRate rateOn(Collection<CatalogueRate> catalogue, LocalDate day) {
        for (CatalogueRate rate : catalogue) {
            if (rate.inForceOn(day)) {
                return rate;
            }
        }
        return null;
    }
}

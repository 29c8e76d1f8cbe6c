package io.miningaudit.engine.functions;

import io.miningaudit.facts.AccountReadings;
import io.miningaudit.facts.LoadProfile;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The load-profile features of RULES.md, "Leads from electricity data", as pure functions of an account's read days.
 * Sums and differences are exact; a quotient or a square root is taken to 34 significant digits
 * ({@link MathContext#DECIMAL128}), and two step changes are compared exactly, as fractions.
 */
public final class LoadProfiles {
    /** The precision of a mean, a variation or a step change. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    private LoadProfiles() {
    }

    /** The largest step change and the position, among the read days, of the first day after the step. */
    public record Step(BigDecimal ratio, int at) {
    }

    /**
     * The features of {@code readings} over the {@code screeningDays} days ending on {@code asOf}, or null where
     * none of those days was read (or the window is empty).
     */
    public static LoadProfile of(AccountReadings readings, LocalDate asOf, int screeningDays, int stepDays) {
        if (screeningDays < 1) {
            return null;
        }
        LocalDate first = asOf.minusDays(screeningDays - 1L);
        List<LocalDate> days = new ArrayList<>();
        List<BigDecimal> kwh = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            LocalDate day = readings.getDays().get(i);
            if (!day.isBefore(first) && !day.isAfter(asOf)) {
                days.add(day);
                kwh.add(readings.getKwh().get(i));
            }
        }
        if (days.isEmpty()) {
            return null;
        }
        Step step = stepChange(kwh, stepDays);
        return new LoadProfile(readings.getAccount(), first, asOf, days.size(), days.get(0),
                days.get(days.size() - 1), mean(kwh), variation(kwh), step == null ? null : step.ratio(),
                step == null ? null : days.get(step.at()), null);
    }

    /** The mean of {@code kwh} (not empty). */
    public static BigDecimal mean(List<BigDecimal> kwh) {
        return sum(kwh, 0, kwh.size()).divide(BigDecimal.valueOf(kwh.size()), PRECISION);
    }

    /**
     * The population standard deviation of {@code kwh} (not empty) divided by its mean; 0 when the mean is 0. As
     * √(n·Σx² − (Σx)²) ÷ Σx, so that only the root and one quotient are not exact.
     */
    public static BigDecimal variation(List<BigDecimal> kwh) {
        BigDecimal sum = sum(kwh, 0, kwh.size());
        if (sum.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal x : kwh) {
            squares = squares.add(x.multiply(x));
        }
        BigDecimal spread = squares.multiply(BigDecimal.valueOf(kwh.size())).subtract(sum.multiply(sum));
        if (spread.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return spread.sqrt(PRECISION).divide(sum, PRECISION);
    }

    /**
     * The largest, over the read days d with {@code stepDays} read days before and from d on, of the mean of the
     * {@code stepDays} days from d on divided by the mean of the {@code stepDays} days before d; a zero mean before
     * is no step. Null where no day qualifies. On equal ratios the earlier day is kept.
     */
    public static Step stepChange(List<BigDecimal> kwh, int stepDays) {
        if (stepDays < 1 || kwh.size() < 2L * stepDays) {
            return null;
        }
        BigDecimal[] prefix = new BigDecimal[kwh.size() + 1];
        prefix[0] = BigDecimal.ZERO;
        for (int i = 0; i < kwh.size(); i++) {
            prefix[i + 1] = prefix[i].add(kwh.get(i));
        }
        BigDecimal bestAfter = null;
        BigDecimal bestBefore = null;
        int bestAt = -1;
        for (int d = stepDays; d + stepDays <= kwh.size(); d++) {
            BigDecimal before = prefix[d].subtract(prefix[d - stepDays]);
            if (before.signum() == 0) {
                continue;
            }
            BigDecimal after = prefix[d + stepDays].subtract(prefix[d]);
            // The means are of equal counts: their ratio is that of the sums, compared as fractions.
            if (bestAt < 0 || after.multiply(bestBefore).compareTo(bestAfter.multiply(before)) > 0) {
                bestAfter = after;
                bestBefore = before;
                bestAt = d;
            }
        }
        return bestAt < 0 ? null : new Step(bestAfter.divide(bestBefore, PRECISION), bestAt);
    }

    private static BigDecimal sum(List<BigDecimal> kwh, int from, int to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = from; i < to; i++) {
            sum = sum.add(kwh.get(i));
        }
        return sum;
    }
}

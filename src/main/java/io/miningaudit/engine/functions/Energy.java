package io.miningaudit.engine.functions;

import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.DateRange;
import java.util.Collection;
import java.util.List;

/** Pro-rating of RULES.md: a cycle's kWh spread evenly over its days, and the part of it inside windows. */
public final class Energy {
    private Energy() {
    }

    /** The kWh of {@code cycle} on the days it shares with {@code window}, exactly. */
    public static Exact proRated(Consumption cycle, DateRange window) {
        DateRange period = cycle.getPeriod();
        if (!period.overlaps(window)) {
            return Exact.ZERO;
        }
        return Exact.proportion(cycle.getKwh(), period.intersection(window).days(), period.days());
    }

    /** The kWh of all {@code cycles} inside the union of {@code windows}; a day in two windows counts once. */
    public static Exact proRated(Collection<Consumption> cycles, Collection<DateRange> windows) {
        List<DateRange> union = DateRange.union(windows);
        Exact total = Exact.ZERO;
        for (Consumption cycle : cycles) {
            for (DateRange window : union) {
                total = total.plus(proRated(cycle, window));
            }
        }
        return total;
    }

    /** The kWh of all {@code cycles} inside one window. */
    public static Exact proRated(Collection<Consumption> cycles, DateRange window) {
        return proRated(cycles, List.of(window));
    }

    /** The number of days of {@code window} that some cycle covers. */
    public static long coveredDays(Collection<Consumption> cycles, DateRange window) {
        List<DateRange> covered = DateRange.union(cycles.stream().map(Consumption::getPeriod)
                .filter(p -> p.overlaps(window)).map(p -> p.intersection(window)).toList());
        return covered.stream().mapToLong(DateRange::days).sum();
    }
}

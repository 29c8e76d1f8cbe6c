package io.miningaudit.engine.functions;

import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.DateRange;
import io.miningaudit.facts.Project;
import io.miningaudit.facts.ProjectEnergy;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * The energy of a new project: {@code cycles} are the cycles of its accounts that overlap its window, pro-rated
     * over the window exactly, then shown to 3 decimals once and counted twice.
     */
    public static ProjectEnergy ofProject(Project project, Collection<String> accountIds,
                                          Collection<Consumption> cycles) {
        Exact kwh = proRated(cycles, project.getRange());
        Set<String> consumed = new HashSet<>();
        cycles.forEach(c -> consumed.add(c.getAccountId()));
        List<String> accounts = accountIds.stream().sorted(NaturalOrder.INSTANCE).toList();
        return new ProjectEnergy(project, accounts, accounts.stream().filter(a -> !consumed.contains(a)).toList(),
                cycles.size(), kwh.toKwh(), kwh.times(2).toKwh());
    }
}

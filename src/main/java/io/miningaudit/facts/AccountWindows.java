package io.miningaudit.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An account with the windows of the cases whose machines it powered and its consumption cycles: the windows as their
 * union (disjoint ranges in date order), the cases by id. Two kinds, classified once in {@code rules/terms}: the
 * {@link MiningAccount} counts deliberate cases only, the {@link SurchargedAccount} every case that pays surcharges.
 */
public abstract sealed class AccountWindows permits MiningAccount, SurchargedAccount {
    private final Account account;
    private final List<DateRange> windows;
    private final List<String> inspectionIds;
    private final List<Consumption> cycles;

    AccountWindows(Account account, Collection<AccountWindow> caseWindows, Collection<Consumption> cycles) {
        this.account = Objects.requireNonNull(account, "account");
        this.windows = List.copyOf(DateRange.union(caseWindows.stream().map(AccountWindow::getRange).toList()));
        this.inspectionIds = caseWindows.stream().map(AccountWindow::getInspectionId).distinct().sorted().toList();
        this.cycles = List.copyOf(cycles);
    }

    /**
     * The accounts that the windows of {@code caseWindows} make of {@code account}: a surcharged account over all of
     * them, and a mining account over the deliberate cases' windows when there are any.
     */
    public static List<AccountWindows> of(Account account, Collection<AccountWindow> caseWindows,
                                          Collection<Consumption> cycles) {
        List<AccountWindows> made = new ArrayList<>(2);
        if (!caseWindows.isEmpty()) {
            made.add(new SurchargedAccount(account, caseWindows, cycles));
        }
        List<AccountWindow> deliberate = caseWindows.stream().filter(AccountWindow::isDeliberate).toList();
        if (!deliberate.isEmpty()) {
            made.add(new MiningAccount(account, deliberate, cycles));
        }
        return made;
    }

    public Account getAccount() {
        return account;
    }

    public String getAccountId() {
        return account.getId();
    }

    public String getEntityId() {
        return account.getEntityId();
    }

    public List<DateRange> getWindows() {
        return windows;
    }

    public List<String> getInspectionIds() {
        return inspectionIds;
    }

    /** All the account's consumption cycles, in the case's order. */
    public List<Consumption> getCycles() {
        return cycles;
    }

    public boolean overlaps(Consumption cycle) {
        return windows.stream().anyMatch(cycle::overlaps);
    }

    /** Whether some consumption cycle of the account overlaps its window. */
    public boolean isConsumedInWindow() {
        return cycles.stream().anyMatch(this::overlaps);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && account.equals(((AccountWindows) o).account)
                && windows.equals(((AccountWindows) o).windows)
                && inspectionIds.equals(((AccountWindows) o).inspectionIds)
                && cycles.equals(((AccountWindows) o).cycles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), account.getId(), windows, inspectionIds);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + account.getId() + ", " + windows + ", cases " + inspectionIds + ")";
    }
}

package io.miningaudit.facts;

import java.util.List;
import lombok.NonNull;
import lombok.Value;

/**
 * An account that powered a machine of a deliberate case. Its window is the union of those cases' windows:
 * {@code windows} holds the union as disjoint ranges in date order, and {@code inspectionIds} the cases.
 */
@Value
public class MiningAccount {
    @NonNull Account account;
    @NonNull List<DateRange> windows;
    @NonNull List<String> inspectionIds;

    /** The account's mining window: the union of its cases' windows. */
    public static MiningAccount of(Account account, java.util.Collection<AccountWindow> caseWindows) {
        List<DateRange> union = DateRange.union(caseWindows.stream().map(AccountWindow::getRange).toList());
        List<String> cases = caseWindows.stream().map(AccountWindow::getInspectionId).distinct().sorted().toList();
        return new MiningAccount(account, List.copyOf(union), cases);
    }

    public String getAccountId() {
        return account.getId();
    }

    public String getEntityId() {
        return account.getEntityId();
    }

    public boolean overlaps(Consumption cycle) {
        return windows.stream().anyMatch(cycle::overlaps);
    }
}

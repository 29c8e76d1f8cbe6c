package io.miningaudit.facts;

import java.util.Collection;
import java.util.List;
import lombok.NonNull;
import lombok.Value;

/**
 * An account that pays punitive surcharges, with the days it pays them: a mining account with its window, or,
 * when the parameters make passive cases pay, an account of a trojan-infected case with that case's window.
 */
@Value
public class SurchargedAccount {
    @NonNull Account account;
    @NonNull List<DateRange> windows;
    @NonNull List<String> inspectionIds;

    public static SurchargedAccount of(Account account, Collection<AccountWindow> caseWindows) {
        return new SurchargedAccount(account,
                DateRange.union(caseWindows.stream().map(AccountWindow::getRange).toList()),
                caseWindows.stream().map(AccountWindow::getInspectionId).distinct().sorted().toList());
    }

    public String getAccountId() {
        return account.getId();
    }
}

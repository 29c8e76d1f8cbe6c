package io.miningaudit.facts;

import java.util.Collection;

/** An account that powered a machine of a deliberate case, over the union of those cases' windows. */
public final class MiningAccount extends AccountWindows {
    public MiningAccount(Account account, Collection<AccountWindow> caseWindows, Collection<Consumption> cycles) {
        super(account, caseWindows, cycles);
    }
}

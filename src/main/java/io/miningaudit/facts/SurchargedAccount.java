package io.miningaudit.facts;

import java.util.Collection;

/**
 * An account that pays punitive surcharges, with the days it pays them: a mining account with its window, and, when
 * the parameters make passive cases pay, the windows of the trojan-infected cases whose machines it powered.
 */
public final class SurchargedAccount extends AccountWindows {
    public SurchargedAccount(Account account, Collection<AccountWindow> caseWindows, Collection<Consumption> cycles) {
        super(account, caseWindows, cycles);
    }
}

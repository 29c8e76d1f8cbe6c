package io.miningaudit.engine;

import io.miningaudit.facts.Finding;
import io.miningaudit.facts.LoadProfile;

/**
 * A load-profile lead with its rank (1 is inspected first): the account's profile as the rule saw it, whether its
 * entity is also an IP lead, and the finding.
 */
public record LoadLead(int priority, LoadProfile profile, boolean ipLead, Finding finding) {
    public String accountId() {
        return profile.getAccountId();
    }

    public String entityId() {
        return profile.getAccount().getEntityId();
    }
}

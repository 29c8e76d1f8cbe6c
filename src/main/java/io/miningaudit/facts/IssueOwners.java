package io.miningaudit.facts;

import java.util.HashMap;
import java.util.Map;

/**
 * The entity a data issue lies on, told by its location: {@code accounts/<id>} and {@code inspections/<id>} name
 * their record's entity, {@code entities/<id>} the entity itself. The one reading of a location that the Summary and
 * the By entity sheet share.
 */
public final class IssueOwners {
    private static final String ENTITIES = "entities/";

    private final Map<String, String> owners = new HashMap<>();

    private IssueOwners(CaseFile facts) {
        facts.getAccounts().forEach(a -> owners.put("accounts/" + a.getId(), a.getEntityId()));
        facts.getInspections().forEach(i -> owners.put("inspections/" + i.getId(), i.getEntityId()));
    }

    public static IssueOwners of(CaseFile facts) {
        return new IssueOwners(facts);
    }

    /** The id of the entity {@code issue} lies on, or null when its location names none of the case's records. */
    public String entityOf(DataIssue issue) {
        String location = issue.getLocation();
        String owner = owners.get(location);
        if (owner == null && location.startsWith(ENTITIES)) {
            owner = location.substring(ENTITIES.length());
        }
        return owner;
    }
}

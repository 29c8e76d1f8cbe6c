package io.miningaudit.facts;

/** What an entity is; the first three kinds are public units. */
public enum EntityKind {
    STATE_OWNED_ENTERPRISE(true),
    PUBLIC_INSTITUTION(true),
    PARTY_GOVERNMENT_AGENCY(true),
    PRIVATE_ENTERPRISE(false),
    INDIVIDUAL(false);

    private final boolean publicUnit;

    EntityKind(boolean publicUnit) {
        this.publicUnit = publicUnit;
    }

    public boolean isPublicUnit() {
        return publicUnit;
    }
}

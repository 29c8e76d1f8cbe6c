package io.miningaudit.facts;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.Builder;
import lombok.NonNull;
import lombok.Singular;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

/** A unit or person behind mining IPs and electricity accounts. */
@Value
@Builder
@Jacksonized
public class Entity {
    @NonNull String id;
    @NonNull String name;
    @NonNull EntityKind kind;
    @NonNull Province province;
    String city;
    String creditCode;
    boolean dataCenter;
    @Singular List<Preference> preferences;

    /** Each preference once, in the order first listed: a preference listed twice is enjoyed, and revoked, once. */
    public Set<Preference> getDistinctPreferences() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(preferences));
    }

    /** A state-owned enterprise, public institution or Party and government agency. */
    public boolean isPublicUnit() {
        return kind.isPublicUnit();
    }
}

package io.miningaudit.facts;

import java.util.Collection;
import java.util.List;
import lombok.NonNull;
import lombok.Value;

/** An entity with at least one deliberate case, and those cases by id in natural order. */
@Value
public class DeliberateMiner {
    @NonNull Entity entity;
    @NonNull List<String> inspectionIds;

    public static DeliberateMiner of(Entity entity, Collection<String> inspectionIds) {
        return new DeliberateMiner(entity, inspectionIds.stream().sorted().toList());
    }

    public String getEntityId() {
        return entity.getId();
    }
}

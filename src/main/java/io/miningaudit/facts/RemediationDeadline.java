package io.miningaudit.facts;

import java.time.LocalDate;
import lombok.NonNull;
import lombok.Value;

/** The day by which an entity whose devices mined through a trojan infection must have cleaned them. */
@Value
public class RemediationDeadline {
    @NonNull String inspectionId;
    @NonNull Entity entity;
    @NonNull LocalDate inspectedOn;
    int days;
    @NonNull LocalDate deadline;

    public String getEntityId() {
        return entity.getId();
    }
}

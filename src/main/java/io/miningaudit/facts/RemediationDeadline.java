package io.miningaudit.facts;

import java.time.LocalDate;
import lombok.NonNull;
import lombok.Value;

/** The day by which an entity whose devices mined through a trojan infection must have cleaned them. */
@Value
public class RemediationDeadline {
    @NonNull String inspectionId;
    @NonNull String entityId;
    @NonNull LocalDate inspectedOn;
    int days;
    @NonNull LocalDate deadline;
}

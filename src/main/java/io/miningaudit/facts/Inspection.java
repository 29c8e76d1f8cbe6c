package io.miningaudit.facts;

import java.time.LocalDate;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

/** An on-site inspection of an entity and what it found. */
@Value
@Builder
@Jacksonized
public class Inspection {
    @NonNull String id;
    @NonNull String entityId;
    @NonNull LocalDate date;
    @NonNull InspectionOutcome outcome;
    /** Required when mining was found, absent otherwise. */
    MiningCause cause;
    LocalDate miningStartedOn;
    /** Null while the mining was still running at the inspection. */
    LocalDate miningEndedOn;
    String team;

    /** A confirmed case: mining was found. */
    public boolean isConfirmed() {
        return outcome == InspectionOutcome.MINING_FOUND;
    }

    /** A confirmed case of deliberate mining. */
    public boolean isDeliberate() {
        return isConfirmed() && cause == MiningCause.SELF_INITIATED;
    }

    /** A confirmed case of devices mining through a trojan infection. */
    public boolean isPassive() {
        return isConfirmed() && cause == MiningCause.TROJAN_INFECTION;
    }

    /** Mining had not stopped by the inspection. */
    public boolean isOngoing() {
        return miningEndedOn == null;
    }
}

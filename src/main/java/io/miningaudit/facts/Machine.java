package io.miningaudit.facts;

import java.math.BigDecimal;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

/** A machine an inspection found. */
@Value
@Builder
@Jacksonized
public class Machine {
    @NonNull String id;
    @NonNull String inspectionId;
    @NonNull MachineKind kind;
    String coin;
    BigDecimal powerWatts;
    /** The electricity account that powered it, if known. */
    String accountId;
}

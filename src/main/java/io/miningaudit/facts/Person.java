package io.miningaudit.facts;

import java.math.BigDecimal;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

/** A person involved in a case. */
@Value
@Builder(toBuilder = true)
@Jacksonized
public class Person {
    @NonNull String id;
    @NonNull String name;
    @NonNull String entityId;
    @NonNull String inspectionId;
    @NonNull PersonRole role;
    boolean publicEmployee;
    boolean partyMember;
    BigDecimal illegalGainsCny;
}

package io.miningaudit.facts;

import java.time.LocalDate;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

/** The case record; {@code asOf} here is the audit's effective reference date. */
@Value
@Builder(toBuilder = true)
@Jacksonized
public class CaseInfo {
    @NonNull String id;
    String title;
    LocalDate asOf;
}

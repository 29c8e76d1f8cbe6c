package io.miningaudit.facts;

import lombok.NonNull;
import lombok.Value;

/** Something the audit could not compute, or a caveat on what it did compute, with where it lies. */
@Value
public class DataIssue {
    @NonNull Severity severity;
    @NonNull String code;
    @NonNull String location;
    @NonNull String message;
    /** The rule that raised it, or null when the engine did. */
    String ruleId;
}

package io.miningaudit.facts;

import java.util.Set;
import lombok.NonNull;
import lombok.Value;

/** Something the audit could not compute, or a caveat on what it did compute, with where it lies. */
@Value
public class DataIssue implements java.io.Serializable {
    @NonNull Severity severity;
    @NonNull String code;
    @NonNull String location;
    @NonNull String message;
    /** The rule that raised it, or null when the engine did. */
    String ruleId;
    /** The measures whose amounts it stopped for its location: the report says "not computed" there, not 0.00. */
    Set<Measure> notComputed;

    public DataIssue(Severity severity, String code, String location, String message, String ruleId) {
        this(severity, code, location, message, ruleId, Set.of());
    }

    public DataIssue(@NonNull Severity severity, @NonNull String code, @NonNull String location,
                     @NonNull String message, String ruleId, Set<Measure> notComputed) {
        this.severity = severity;
        this.code = code;
        this.location = location;
        this.message = message;
        this.ruleId = ruleId;
        this.notComputed = notComputed == null ? Set.of() : Set.copyOf(notComputed);
    }
}

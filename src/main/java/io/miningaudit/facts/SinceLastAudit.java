package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;

/**
 * One finding of a case across two audits in the ledger: what it was in the audit before, what it is now, since
 * when it stands, and whether its deadline passed uncleared. A finding the audit before had and this one has not is
 * {@link Status#RESOLVED}, its amount now null.
 */
@Value
@Builder
public class SinceLastAudit {
    /** How a finding stands against the case's audit before. */
    public enum Status {
        /** Not in the audit before. */
        NEW,
        /** In the audit before, with the same amount, quantity and period. */
        CONTINUING,
        /** In the audit before, with another amount, quantity or period. */
        CHANGED,
        /** In the audit before, not in this one. */
        RESOLVED
    }

    @NonNull String findingId;
    @NonNull String entityId;
    @NonNull String ruleId;
    @NonNull Measure measure;
    @NonNull Status status;
    BigDecimal amountBefore;
    BigDecimal amountNow;
    /** Now less before, where either has an amount (a missing one counts as zero); null where neither has. */
    BigDecimal delta;
    /** The as-of day of the first audit of the case with this finding. */
    @NonNull LocalDate firstSeen;
    LocalDate deadline;
    /** The deadline is before this audit's as-of day and the finding was not cleared, nor resolved. */
    boolean overdue;
    /** The day its latest clearing was recorded for, up to this audit's as-of day; null when never cleared. */
    LocalDate clearedOn;
    /**
     * For a new finding of an entity one of whose findings was cleared before: that clearing ("finding F cleared on
     * D by N"), since the unit is found again; null otherwise.
     */
    String repeatOf;
}

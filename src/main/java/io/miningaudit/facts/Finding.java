package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lombok.Builder;
import lombok.NonNull;
import lombok.Singular;
import lombok.Value;

/**
 * What a rule concluded about one subject: the measure, the amount or quantity, the rule and legal basis
 * behind it, a sentence built from the facts' own values, and the ids of the facts that matched.
 */
@Value
@Builder(toBuilder = true)
public class Finding implements java.io.Serializable {
    /** Stable for the same inputs: rule ID, subject id and, where a rule emits several per subject, a qualifier. */
    @NonNull String id;
    @NonNull String ruleId;
    /** The name of the rule of the rule base that emitted it. */
    @NonNull String ruleName;
    @NonNull Measure measure;
    @NonNull SubjectType subjectType;
    @NonNull String subjectId;
    @NonNull String entityId;
    BigDecimal amountCny;
    BigDecimal quantity;
    String unit;
    LocalDate periodFrom;
    LocalDate periodTo;
    @NonNull String basis;
    /** The explanation in English, as the findings JSON has it. */
    @NonNull String explanation;
    /** The template key and named fields the explanation was rendered from; null for a finding made by hand. */
    Explanation explained;
    @Singular List<String> facts;

    /** The day the unit must have complied by: a remediation order's last day; null for other measures. */
    public LocalDate getDeadline() {
        return measure == Measure.REMEDIATION_ORDER ? periodTo : null;
    }
}

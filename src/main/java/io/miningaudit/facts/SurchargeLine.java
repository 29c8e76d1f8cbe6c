package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;

/**
 * One run of days of one consumption cycle of a mining account under one governing schedule row: the
 * pro-rated kWh (shown to 3 decimals), the row's rate and the amount, rounded once to 0.01 CNY.
 */
@Value
@Builder
public class SurchargeLine implements java.io.Serializable {
    @NonNull String accountId;
    @NonNull String entityId;
    @NonNull Province province;
    @NonNull LocalDate firstDay;
    @NonNull LocalDate lastDay;
    @NonNull BigDecimal kwh;
    @NonNull BigDecimal rateCnyPerKwh;
    @NonNull BigDecimal amountCny;
    @NonNull String ruleId;
    /** The consumption cycle the line's days belong to. */
    @NonNull Consumption cycle;

    /** How many days the line covers. */
    public long getDaysInLine() {
        return new DateRange(firstDay, lastDay).days();
    }
}

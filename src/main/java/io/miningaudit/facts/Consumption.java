package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

/** One meter-reading cycle of an account: {@code kwh} used from {@code from} to {@code to}, both inclusive. */
@Value
@Builder
@Jacksonized
public class Consumption implements java.io.Serializable {
    @NonNull String accountId;
    @NonNull LocalDate from;
    @NonNull LocalDate to;
    @NonNull BigDecimal kwh;

    /** {@code from} under a name DRL can use ({@code from} is a DRL keyword). */
    public LocalDate getFirstDay() {
        return from;
    }

    /** {@code to} under the name the other facts use. */
    public LocalDate getLastDay() {
        return to;
    }

    public DateRange getPeriod() {
        return new DateRange(from, to);
    }

    /** Whether any day of the cycle falls inside {@code range}. */
    public boolean overlaps(DateRange range) {
        return getPeriod().overlaps(range);
    }
}

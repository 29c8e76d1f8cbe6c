package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

/** One smart-meter daily reading of an account: {@code kwh} used on {@code date}. */
@Value
@Builder
@Jacksonized
public class DailyReading {
    @NonNull String accountId;
    @NonNull LocalDate date;
    @NonNull BigDecimal kwh;
}

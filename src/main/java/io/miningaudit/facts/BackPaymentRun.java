package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;

/**
 * One run of days behind a back-payment: days of one consumption cycle under one catalogue rate, their pro-rated
 * kWh, the catalogue and billed rates and their difference, and the run's amount. kWh and amount are exact to ten
 * decimals (the pro-rating rarely ends sooner); the back-payment rounds their sum once to 0.01 CNY.
 */
@Value
@Builder
public class BackPaymentRun implements java.io.Serializable {
    @NonNull String accountId;
    @NonNull String entityId;
    @NonNull LocalDate firstDay;
    @NonNull LocalDate lastDay;
    @NonNull BigDecimal kwh;
    @NonNull BigDecimal catalogueRateCnyPerKwh;
    @NonNull BigDecimal billedRateCnyPerKwh;
    @NonNull BigDecimal differenceCnyPerKwh;
    @NonNull BigDecimal amountCny;
}

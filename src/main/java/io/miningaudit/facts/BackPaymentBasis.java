package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lombok.NonNull;
import lombok.Value;

/**
 * What the supply rules' back-payment of a mining account on a cheaper tariff rests on: the days of its window
 * its consumption covers, their pro-rated kWh, the back-payment (rounded once) over the days where the general
 * industrial and commercial catalogue rate exceeds the billed rate, and the days no catalogue rate covers.
 */
@Value
public class BackPaymentBasis {
    @NonNull Account account;
    /** The deliberate cases whose machines the account powered. */
    @NonNull List<String> inspectionIds;
    /** First and last covered day of the window; null when no day is covered. */
    LocalDate firstDay;
    LocalDate lastDay;
    long coveredDays;
    long chargeableDays;
    /** Pro-rated kWh of the chargeable days, shown to 3 decimals. */
    @NonNull BigDecimal chargeableKwh;
    @NonNull BigDecimal backPaymentCny;
    /** Runs of covered days with no catalogue rate: the back-payment cannot be computed while any remain. */
    @NonNull List<DateRange> missingRateDays;
    /** Each catalogue rate used, with its days, kWh and the difference it gives, as a phrase of the explanation. */
    @NonNull List<Phrase> ratesUsed;
    /** The chargeable runs of days, each within one cycle and under one catalogue rate, in date order. */
    @NonNull List<BackPaymentRun> runs;

    public String getAccountId() {
        return account.getId();
    }

    public boolean isComputable() {
        return missingRateDays.isEmpty();
    }
}

package io.miningaudit.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import lombok.NonNull;
import lombok.Value;
import lombok.With;

/**
 * The features of an account's daily load over the screening window (RULES.md, "Leads from electricity data"): how
 * many days were read, their mean kWh, the variation (population standard deviation ÷ mean) and the largest step
 * change, with the day it starts. Exact to 34 significant digits; shown to 3 decimals ({@link #shown}). The
 * load-profile rule compares them with its parameters (the features decide nothing themselves) and inserts the
 * profile of each account it makes a lead, with the signal it found, for the report to show.
 */
@Value
public class LoadProfile implements java.io.Serializable {
    @NonNull Account account;
    /** The screening window's first and last day. */
    @NonNull LocalDate windowFrom;
    @NonNull LocalDate windowTo;
    /** Days of the window that were read, and the first and last of them. */
    int days;
    @NonNull LocalDate firstDay;
    @NonNull LocalDate lastDay;
    @NonNull BigDecimal mean;
    @NonNull BigDecimal variation;
    /** The largest step change, or null where none can be measured (too few read days, or only zero means before). */
    BigDecimal stepChange;
    /** The day the largest step change starts on, or null with it. */
    LocalDate stepOn;
    /** The test the rule found passed, once it made the account a lead; null before. */
    @With LoadSignal signal;

    public String getAccountId() {
        return account.getId();
    }

    /** A feature as the report shows it: to 3 decimals, half up. */
    public static BigDecimal shown(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.HALF_UP);
    }
}

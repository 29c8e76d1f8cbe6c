package io.miningaudit.facts;

import java.time.LocalDate;
import lombok.NonNull;
import lombok.Value;

/** An account that powered a machine of a confirmed case, with that case's mining window. */
@Value
public class AccountWindow {
    @NonNull String accountId;
    @NonNull String inspectionId;
    @NonNull LocalDate firstDay;
    @NonNull LocalDate lastDay;
    /** Whether the case was deliberate; only deliberate cases make a mining account. */
    boolean deliberate;

    public static AccountWindow of(String accountId, MiningWindow window) {
        return new AccountWindow(accountId, window.getInspectionId(), window.getFirstDay(), window.getLastDay(),
                window.isDeliberate());
    }

    public DateRange getRange() {
        return new DateRange(firstDay, lastDay);
    }
}

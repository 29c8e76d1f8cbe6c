package io.miningaudit.facts;

import java.time.LocalDate;
import lombok.NonNull;
import lombok.Value;

/**
 * The days a confirmed case mined, both inclusive. {@code presumedStart} says the start was not established
 * and was presumed back from the inspection date, or from the end where mining ended before it; {@code openEnd}
 * says the end is the as-of date. Windows are made for deliberate cases, and for passive ones only when the
 * parameters make passive cases pay surcharges.
 */
@Value
public class MiningWindow {
    @NonNull String inspectionId;
    @NonNull String entityId;
    @NonNull LocalDate firstDay;
    @NonNull LocalDate lastDay;
    boolean presumedStart;
    boolean openEnd;
    boolean deliberate;

    public DateRange getRange() {
        return new DateRange(firstDay, lastDay);
    }
}

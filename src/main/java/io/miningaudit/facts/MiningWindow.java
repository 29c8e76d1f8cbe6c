package io.miningaudit.facts;

import java.time.LocalDate;
import lombok.NonNull;
import lombok.Value;

/**
 * The days a deliberate case mined, both inclusive. {@code presumedStart} says the start was not established
 * and was presumed from the inspection date; {@code openEnd} says the end is the as-of date.
 */
@Value
public class MiningWindow {
    @NonNull String inspectionId;
    @NonNull String entityId;
    @NonNull LocalDate firstDay;
    @NonNull LocalDate lastDay;
    boolean presumedStart;
    boolean openEnd;

    public DateRange getRange() {
        return new DateRange(firstDay, lastDay);
    }
}

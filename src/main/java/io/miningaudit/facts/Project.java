package io.miningaudit.facts;

import java.time.LocalDate;
import lombok.NonNull;
import lombok.Value;

/** A deliberate case classified as a new or an existing mining project, with its window. */
@Value
public class Project {
    @NonNull String inspectionId;
    @NonNull String entityId;
    @NonNull ProjectAge age;
    @NonNull LocalDate firstDay;
    @NonNull LocalDate lastDay;
    /** Whether the first day is the presumed start, the case's start not being established. */
    boolean startPresumed;

    public static Project of(MiningWindow window, ProjectAge age) {
        return new Project(window.getInspectionId(), window.getEntityId(), age, window.getFirstDay(),
                window.getLastDay(), window.isPresumedStart());
    }

    public DateRange getRange() {
        return new DateRange(firstDay, lastDay);
    }
}

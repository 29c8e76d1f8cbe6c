package io.miningaudit.engine.functions;

import io.miningaudit.facts.DateRange;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.MiningWindow;
import java.time.LocalDate;

/** Date arithmetic of RULES.md "Terms": mining windows, deadlines. */
public final class Windows {
    private Windows() {
    }

    /**
     * The mining window of a confirmed case: from {@code miningStartedOn}, or the inspection date less
     * {@code presumedMonths} calendar months; to {@code miningEndedOn}, or the as-of date. When mining ended
     * before the presumed start, the window starts on the day it ended: a window is never empty.
     */
    public static MiningWindow miningWindow(Inspection inspection, int presumedMonths, LocalDate asOf) {
        boolean presumed = inspection.getMiningStartedOn() == null;
        boolean open = inspection.getMiningEndedOn() == null;
        LocalDate to = open ? asOf : inspection.getMiningEndedOn();
        LocalDate from = presumed ? inspection.getDate().minusMonths(presumedMonths) : inspection.getMiningStartedOn();
        if (from.isAfter(to)) {
            from = to;
        }
        return new MiningWindow(inspection.getId(), inspection.getEntityId(), from, to, presumed, open,
                inspection.isDeliberate());
    }

    /** The deadline {@code days} calendar days after {@code date}. */
    public static LocalDate deadline(LocalDate date, int days) {
        return date.plusDays(days);
    }
}

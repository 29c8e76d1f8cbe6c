package io.miningaudit.engine.functions;

import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.MiningWindow;
import io.miningaudit.facts.RemediationDeadline;
import java.time.LocalDate;

/** Date arithmetic of RULES.md "Terms": mining windows, deadlines. */
public final class Windows {
    private Windows() {
    }

    /**
     * The mining window of a confirmed case: from {@code miningStartedOn}, or the presumed start; to
     * {@code miningEndedOn}, or the as-of date. The window is never empty: the presumed start lies before the end.
     */
    public static MiningWindow miningWindow(Inspection inspection, int presumedMonths, LocalDate asOf) {
        boolean presumed = inspection.getMiningStartedOn() == null;
        boolean open = inspection.getMiningEndedOn() == null;
        LocalDate to = open ? asOf : inspection.getMiningEndedOn();
        LocalDate from = presumed ? presumedStart(inspection, presumedMonths) : inspection.getMiningStartedOn();
        return new MiningWindow(inspection.getId(), inspection.getEntityId(), from, to, presumed, open,
                inspection.isDeliberate());
    }

    /**
     * The presumed start of a case whose start is not established: the inspection date, or {@code miningEndedOn}
     * where that is earlier, less {@code presumedMonths} calendar months (a day the earlier month lacks lands on its
     * last day: 2022-05-31 less 3 months is 2022-02-28).
     */
    public static LocalDate presumedStart(Inspection inspection, int presumedMonths) {
        LocalDate ended = inspection.getMiningEndedOn();
        LocalDate last = ended != null && ended.isBefore(inspection.getDate()) ? ended : inspection.getDate();
        return last.minusMonths(presumedMonths);
    }

    /** The deadline {@code days} calendar days after {@code date}. */
    public static LocalDate deadline(LocalDate date, int days) {
        return date.plusDays(days);
    }

    /** The remediation deadline of a passive case of {@code entity}: {@code days} days after the inspection. */
    public static RemediationDeadline remediationDeadline(Inspection inspection, Entity entity, int days) {
        return new RemediationDeadline(inspection.getId(), entity, inspection.getDate(), days,
                deadline(inspection.getDate(), days));
    }
}

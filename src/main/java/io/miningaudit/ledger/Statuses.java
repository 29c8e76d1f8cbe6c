package io.miningaudit.ledger;

import io.miningaudit.engine.functions.NaturalOrder;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.SinceLastAudit;
import io.miningaudit.facts.SinceLastAudit.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How each finding of an audit stands against the case's audit before: new, continuing, changed or resolved, since
 * when, overdue or cleared, and whether a new one finds a cleared unit again. Pure: the ledger reads what it needs and
 * hands it here.
 */
final class Statuses {
    private Statuses() {
    }

    /** A finding as the ledger keeps it. */
    record Item(String id, String entityId, String ruleId, Measure measure, BigDecimal amount, BigDecimal quantity,
                LocalDate from, LocalDate to, LocalDate deadline) {
        static Item of(Finding f) {
            return new Item(f.getId(), f.getEntityId(), f.getRuleId(), f.getMeasure(), f.getAmountCny(),
                    f.getQuantity(), f.getPeriodFrom(), f.getPeriodTo(), f.getDeadline());
        }

        boolean sameAs(Item other) {
            return same(amount, other.amount) && same(quantity, other.quantity) && Objects.equals(from, other.from)
                    && Objects.equals(to, other.to);
        }

        private static boolean same(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /** A clearing as the ledger keeps it. */
    record Clearing(String findingId, String entityId, LocalDate on, String by, String note) {
        String describe() {
            return "finding " + findingId + " cleared on " + on + " by " + by;
        }
    }

    private static final Comparator<SinceLastAudit> ORDER = Comparator
            .comparing(SinceLastAudit::getEntityId, NaturalOrder.INSTANCE)
            .thenComparing(SinceLastAudit::getFindingId, NaturalOrder.INSTANCE);

    /**
     * @param asOf      the as-of day of the audit {@code now} comes from
     * @param now       its findings
     * @param before    the findings of the case's audit before it (empty for the first)
     * @param firstSeen the as-of day of the first earlier audit of the case with each finding id
     * @param clearings the case's clearings recorded for a day up to {@code asOf}, in the order of their days
     */
    static List<SinceLastAudit> compare(LocalDate asOf, List<Item> now, List<Item> before,
                                        Map<String, LocalDate> firstSeen, List<Clearing> clearings) {
        Map<String, Item> earlier = new LinkedHashMap<>();
        before.forEach(i -> earlier.put(i.id(), i));
        Map<String, Clearing> cleared = new LinkedHashMap<>();
        Map<String, Clearing> clearedEntity = new LinkedHashMap<>();
        for (Clearing c : clearings) {
            cleared.put(c.findingId(), c);
            if (c.on().isBefore(asOf)) {
                clearedEntity.put(c.entityId(), c);
            }
        }
        List<SinceLastAudit> rows = new ArrayList<>();
        for (Item item : now) {
            Item was = earlier.remove(item.id());
            Status status = was == null ? Status.NEW : item.sameAs(was) ? Status.CONTINUING : Status.CHANGED;
            // A new finding's clearing, if its id has one, belongs to an earlier run of it: not to this one.
            Clearing clearing = status == Status.NEW ? null : cleared.get(item.id());
            Clearing unit = status == Status.NEW ? clearedEntity.get(item.entityId()) : null;
            rows.add(row(item, status, was == null ? null : was.amount(), item.amount(),
                    firstSeen.getOrDefault(item.id(), asOf), clearing, unit, asOf));
        }
        for (Item gone : earlier.values()) {
            rows.add(row(gone, Status.RESOLVED, gone.amount(), null, firstSeen.getOrDefault(gone.id(), asOf),
                    cleared.get(gone.id()), null, asOf));
        }
        rows.sort(ORDER);
        return rows;
    }

    private static SinceLastAudit row(Item item, Status status, BigDecimal before, BigDecimal now,
                                      LocalDate firstSeen, Clearing clearing, Clearing unit, LocalDate asOf) {
        BigDecimal delta = before == null && now == null ? null
                : (now == null ? BigDecimal.ZERO : now).subtract(before == null ? BigDecimal.ZERO : before);
        boolean open = status != Status.RESOLVED && clearing == null;
        return SinceLastAudit.builder().findingId(item.id()).entityId(item.entityId()).ruleId(item.ruleId())
                .measure(item.measure()).status(status).amountBefore(before).amountNow(now).delta(delta)
                .firstSeen(firstSeen).deadline(item.deadline())
                .overdue(open && item.deadline() != null && item.deadline().isBefore(asOf))
                .clearedOn(clearing == null ? null : clearing.on())
                .repeatOf(unit == null ? null : unit.describe()).build();
    }
}

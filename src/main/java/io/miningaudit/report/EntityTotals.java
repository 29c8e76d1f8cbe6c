package io.miningaudit.report;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.functions.NaturalOrder;
import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.IssueOwners;
import io.miningaudit.facts.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A row of the By entity sheet: an entity with any finding, its totals per money measure and in all, the measures it
 * is subject to, the earliest remediation deadline, and how many data issues lie on its records (an amount a data
 * issue stopped is not in the totals: the count says the totals are short).
 */
record EntityTotals(Entity entity, long findings, BigDecimal surchargeCny, BigDecimal backPaymentCny,
                    BigDecimal liquidatedPenaltyCny, BigDecimal illegalGainsCny, Set<Measure> measures,
                    LocalDate earliestDeadline, long dataIssues, Set<Measure> notComputed) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    BigDecimal totalCny() {
        return surchargeCny.add(backPaymentCny).add(liquidatedPenaltyCny).add(illegalGainsCny);
    }

    /** An amount as the sheet shows it: "not computed" where it is zero because data issues stopped it. */
    Object amount(Measure measure, BigDecimal value) {
        return value.signum() == 0 && notComputed.contains(measure) ? Columns.NOT_COMPUTED : value;
    }

    /** The measures as the sheet lists them, in the catalogue's order. */
    List<Measure> measureNames() {
        return List.copyOf(measures);
    }

    /** One row per entity with a finding, in entity order. */
    static List<EntityTotals> of(AuditResult result) {
        Map<String, Entity> entities = new HashMap<>();
        result.facts().getEntities().forEach(e -> entities.put(e.getId(), e));
        IssueOwners owners = IssueOwners.of(result.facts());
        Map<String, Long> issues = new HashMap<>();
        Map<String, Set<Measure>> stopped = new HashMap<>();
        for (DataIssue issue : result.dataIssues()) {
            String owner = owners.entityOf(issue);
            if (owner != null) {
                issues.merge(owner, 1L, Long::sum);
                stopped.computeIfAbsent(owner, o -> EnumSet.noneOf(Measure.class)).addAll(issue.getNotComputed());
            }
        }
        Map<String, Builder> rows = new TreeMap<>(NaturalOrder.INSTANCE);
        for (Finding f : result.findings()) {
            rows.computeIfAbsent(f.getEntityId(), id -> new Builder()).add(f);
        }
        List<EntityTotals> list = new ArrayList<>();
        rows.forEach((id, b) -> list.add(new EntityTotals(entities.get(id), b.findings, b.surcharge, b.backPayment,
                b.penalty, b.gains, b.measures, b.deadline, issues.getOrDefault(id, 0L),
                stopped.getOrDefault(id, Set.of()))));
        return list;
    }

    private static final class Builder {
        private long findings;
        private BigDecimal surcharge = ZERO;
        private BigDecimal backPayment = ZERO;
        private BigDecimal penalty = ZERO;
        private BigDecimal gains = ZERO;
        private final Set<Measure> measures = EnumSet.noneOf(Measure.class);
        private LocalDate deadline;

        void add(Finding f) {
            findings++;
            measures.add(f.getMeasure());
            BigDecimal amount = f.getAmountCny() == null ? ZERO : f.getAmountCny();
            switch (f.getMeasure()) {
                case PUNITIVE_SURCHARGE -> surcharge = surcharge.add(amount);
                case BACK_PAYMENT -> backPayment = backPayment.add(amount);
                case LIQUIDATED_PENALTY -> penalty = penalty.add(amount);
                case ILLEGAL_GAINS_CONFISCATION -> gains = gains.add(amount);
                default -> { }
            }
            if (f.getDeadline() != null && (deadline == null || f.getDeadline().isBefore(deadline))) {
                deadline = f.getDeadline();
            }
        }
    }
}

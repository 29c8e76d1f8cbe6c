package io.miningaudit.engine;

import io.miningaudit.engine.functions.NaturalOrder;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.SubjectType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What changes in one case's audit when its rules change: findings added, removed and changed (matched by their
 * stable id), and the totals by rule, by province and by account, before and after.
 */
public record AuditDiff(List<Change> changes, List<Total> byRule, List<Total> byProvince, List<Total> byAccount,
                        Total overall) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One finding that differs; {@code before} or {@code after} is null for an added or removed one. */
    public record Change(Kind kind, Finding before, Finding after) {
        public Finding either() {
            return after != null ? after : before;
        }

        public BigDecimal amountDelta() {
            return amount(after).subtract(amount(before));
        }

        public BigDecimal quantityDelta() {
            return quantity(after).subtract(quantity(before));
        }
    }

    /** Counts and amounts of a group of findings before and after. */
    public record Total(String key, long findingsBefore, long findingsAfter, BigDecimal amountBefore,
                        BigDecimal amountAfter) {
        public BigDecimal amountDelta() {
            return amountAfter.subtract(amountBefore);
        }

        public long findingsDelta() {
            return findingsAfter - findingsBefore;
        }
    }

    public static AuditDiff between(AuditResult before, AuditResult after) {
        Map<String, Finding> was = index(before.findings());
        Map<String, Finding> is = index(after.findings());
        List<Change> changes = new ArrayList<>();
        for (Finding f : after.findings()) {
            Finding old = was.get(f.getId());
            if (old == null) {
                changes.add(new Change(Kind.ADDED, null, f));
            } else if (!Objects.equals(old.getAmountCny(), f.getAmountCny())
                    || !Objects.equals(old.getQuantity(), f.getQuantity())
                    || !Objects.equals(old.getPeriodFrom(), f.getPeriodFrom())
                    || !Objects.equals(old.getPeriodTo(), f.getPeriodTo())) {
                changes.add(new Change(Kind.CHANGED, old, f));
            }
        }
        for (Finding f : before.findings()) {
            if (!is.containsKey(f.getId())) {
                changes.add(new Change(Kind.REMOVED, f, null));
            }
        }
        changes.sort(Comparator.comparing((Change c) -> c.either().getEntityId(), NaturalOrder.INSTANCE)
                .thenComparing(c -> c.either().getId(), NaturalOrder.INSTANCE));
        Map<String, Entity> entities = new LinkedHashMap<>();
        before.facts().getEntities().forEach(e -> entities.put(e.getId(), e));
        after.facts().getEntities().forEach(e -> entities.put(e.getId(), e));
        return new AuditDiff(changes,
                totals(before, after, Finding::getRuleId),
                totals(before, after, f -> entities.get(f.getEntityId()).getProvince().name()),
                totals(before.findings().stream().filter(f -> f.getSubjectType() == SubjectType.ACCOUNT).toList(),
                        after.findings().stream().filter(f -> f.getSubjectType() == SubjectType.ACCOUNT).toList(),
                        Finding::getSubjectId),
                totals(before, after, f -> "Total").get(0));
    }

    /**
     * The headline: {@code +3 findings (3 added, 0 removed, 2 changed); surcharges +12,480.00 CNY; all amounts ...}.
     */
    public String headline() {
        return String.format(java.util.Locale.ROOT, "%+d findings (%d added, %d removed, %d changed); surcharges "
                + "%+,.2f CNY;"
                        + " all amounts %+,.2f CNY", findingsDelta(), count(Kind.ADDED), count(Kind.REMOVED),
                count(Kind.CHANGED), amountDelta(io.miningaudit.facts.Measure.PUNITIVE_SURCHARGE),
                        overall.amountDelta());
    }

    /** The number of findings after less before. */
    public long findingsDelta() {
        return overall.findingsDelta();
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** The change in the sum of the amounts of one measure's findings. */
    public BigDecimal amountDelta(io.miningaudit.facts.Measure measure) {
        return changes.stream().filter(c -> c.either().getMeasure() == measure).map(Change::amountDelta)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static Map<String, Finding> index(List<Finding> findings) {
        Map<String, Finding> map = new LinkedHashMap<>();
        findings.forEach(f -> map.put(f.getId(), f));
        return map;
    }

    private static List<Total> totals(AuditResult before, AuditResult after, Function<Finding, String> key) {
        return totals(before.findings(), after.findings(), key);
    }

    private static List<Total> totals(List<Finding> before, List<Finding> after, Function<Finding, String> key) {
        Map<String, long[]> counts = new TreeMap<>(NaturalOrder.INSTANCE);
        Map<String, BigDecimal[]> amounts = new TreeMap<>(NaturalOrder.INSTANCE);
        for (int side = 0; side < 2; side++) {
            for (Finding f : side == 0 ? before : after) {
                String k = key.apply(f);
                counts.computeIfAbsent(k, x -> new long[2])[side]++;
                BigDecimal[] a = amounts.computeIfAbsent(k, x -> new BigDecimal[] {zero(), zero()});
                a[side] = a[side].add(amount(f));
            }
        }
        List<Total> totals = new ArrayList<>();
        counts.forEach((k, c) -> totals.add(new Total(k, c[0], c[1], amounts.get(k)[0], amounts.get(k)[1])));
        if (totals.isEmpty()) {
            totals.add(new Total("Total", 0, 0, zero(), zero()));
        }
        return totals;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    static BigDecimal amount(Finding f) {
        return f == null || f.getAmountCny() == null ? zero() : f.getAmountCny();
    }

    static BigDecimal quantity(Finding f) {
        return f == null || f.getQuantity() == null ? BigDecimal.ZERO : f.getQuantity();
    }
}

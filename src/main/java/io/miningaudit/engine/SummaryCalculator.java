package io.miningaudit.engine;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.DistinctIps;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.IpDetectionColumns;
import io.miningaudit.facts.IssueOwners;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Province;
import io.miningaudit.facts.SubjectType;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the Summary in one pass over the facts and findings. IPs are distinct addresses counted by the detection's
 * province; everything else by the province of the entity concerned. The total counts distinct IPs over the whole
 * case, so an address detected in two provinces counts in each province's row but once in the total.
 */
final class SummaryCalculator {
    private final CaseFile facts;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<Province, Tally> byProvince = new EnumMap<>(Province.class);
    private final Tally total = new Tally();
    private boolean factsCounted;

    SummaryCalculator(CaseFile facts) {
        this.facts = facts;
        facts.getEntities().forEach(e -> entities.put(e.getId(), e));
    }

    /** The counts of one province, or of the whole case, as they accumulate. */
    static final class Tally {
        long ips;
        long attributedIps;
        final Set<String> detected = new HashSet<>();
        final Set<String> publicDetected = new HashSet<>();
        final Set<String> publicDeliberate = new HashSet<>();
        final Set<String> referred = new HashSet<>();
        long inspections;
        long deliberate;
        long passive;
        BigDecimal machines = BigDecimal.ZERO;
        BigDecimal surcharge = money();
        BigDecimal backPayment = money();
        BigDecimal penalty = money();
        BigDecimal gains = money();
        BigDecimal energy = BigDecimal.ZERO.setScale(3);
        long loadProfileLeads;
        final Map<Measure, Long> notComputed = new EnumMap<>(Measure.class);

        Counts counts() {
            return new Counts(ips, attributedIps, detected.size(), publicDetected.size(), inspections,
                    deliberate, passive, publicDeliberate.size(), machines, referred.size(), surcharge, backPayment,
                    penalty, gains, energy, loadProfileLeads, Map.copyOf(notComputed));
        }

        private static BigDecimal money() {
            return BigDecimal.ZERO.setScale(2);
        }
    }

    /**
     * Counts what the case's facts alone give (IPs, detected entities, inspections), which needs no finding: the
     * auditor has it done while the rules run. Returns this calculator.
     */
    SummaryCalculator countFacts() {
        DistinctIps ips = new DistinctIps(Province.values().length);
        // An entity counts once however often it is detected: only its first detection looks it up. Entities are
        // told by their position in the case (the detections' columns hold it), not by their ids in a set.
        List<Entity> entityList = facts.getEntities();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < entityList.size(); i++) {
            positions.put(entityList.get(i).getId(), i);
        }
        boolean[] seen = new boolean[entityList.size()];
        IpDetectionColumns detections = IpDetectionColumns.of(facts.getIpDetections());
        for (int d = 0; d < detections.size(); d++) {
            Province province = detections.provinceAt(d);
            int owner = detections.ownerIndexAt(d, entityList, positions);
            byProvince.computeIfAbsent(province, p -> new Tally());
            ips.add(detections.ipAt(d), province.ordinal(), owner >= 0);
            if (owner >= 0 && !seen[owner]) {
                seen[owner] = true;
                Entity e = entityList.get(owner);
                for (Tally t : List.of(byProvince.computeIfAbsent(e.getProvince(), p -> new Tally()), total)) {
                    t.detected.add(e.getId());
                    if (e.isPublicUnit()) {
                        t.publicDetected.add(e.getId());
                    }
                }
            }
        }
        count(ips, byProvince, total);
        for (Inspection i : facts.getInspections()) {
            Entity e = entities.get(i.getEntityId());
            for (Tally t : List.of(byProvince.computeIfAbsent(e.getProvince(), p -> new Tally()), total)) {
                t.inspections++;
                if (i.isDeliberate()) {
                    t.deliberate++;
                    if (e.isPublicUnit()) {
                        t.publicDeliberate.add(e.getId());
                    }
                } else if (i.isPassive()) {
                    t.passive++;
                }
            }
        }
        factsCounted = true;
        return this;
    }

    /** The Summary of the facts and {@code findings}. */
    Summary compute(List<Finding> findings) {
        return compute(findings, List.of(), Set.of());
    }

    /**
     * The Summary of the facts, {@code findings} and the data issues that stopped amounts: an issue counts in the
     * province of the entity whose account or inspection it names. {@code loadLeads} are the ids of the findings that
     * are load-profile leads (those the auditor ranked with their profiles), which the Summary counts.
     */
    Summary compute(List<Finding> findings, List<DataIssue> issues, Set<String> loadLeads) {
        if (!factsCounted) {
            countFacts();
        }
        IssueOwners owners = issues.isEmpty() ? null : IssueOwners.of(facts);
        for (DataIssue issue : issues) {
            String owner = owners.entityOf(issue);
            Entity e = owner == null ? null : entities.get(owner);
            for (Measure m : issue.getNotComputed()) {
                List<Tally> tallies = e == null ? List.of(total)
                        : List.of(byProvince.computeIfAbsent(e.getProvince(), p -> new Tally()), total);
                tallies.forEach(t -> t.notComputed.merge(m, 1L, Long::sum));
            }
        }
        for (Finding f : findings) {
            Entity e = entities.get(f.getEntityId());
            for (Tally t : List.of(byProvince.computeIfAbsent(e.getProvince(), p -> new Tally()), total)) {
                add(t, f, loadLeads);
            }
        }
        Map<Province, Counts> rows = new LinkedHashMap<>();
        byProvince.forEach((province, tally) -> {
            Counts c = tally.counts();
            if (!c.isEmpty()) {
                rows.put(province, c);
            }
        });
        return new Summary(rows, total.counts());
    }

    /** Distinct addresses by the detection's province, and over the case (attributed: among attributed detections). */
    static void count(DistinctIps ips, Map<Province, Tally> byProvince, Tally total) {
        DistinctIps.Counts counts = ips.count();
        byProvince.forEach((province, tally) -> {
            tally.ips += counts.byGroup()[province.ordinal()];
            tally.attributedIps += counts.markedByGroup()[province.ordinal()];
        });
        total.ips += counts.total();
        total.attributedIps += counts.markedTotal();
    }

    private static void add(Tally t, Finding f, Set<String> loadLeads) {
        BigDecimal amount = f.getAmountCny() == null ? BigDecimal.ZERO : f.getAmountCny();
        BigDecimal quantity = f.getQuantity() == null ? BigDecimal.ZERO : f.getQuantity();
        switch (f.getMeasure()) {
            case EQUIPMENT_CONFISCATION -> t.machines = t.machines.add(quantity);
            case DISCIPLINE_REFERRAL -> {
                if (f.getSubjectType() == SubjectType.PERSON) {
                    t.referred.add(f.getSubjectId());
                }
            }
            case PUNITIVE_SURCHARGE -> t.surcharge = t.surcharge.add(amount);
            case BACK_PAYMENT -> t.backPayment = t.backPayment.add(amount);
            case LIQUIDATED_PENALTY -> t.penalty = t.penalty.add(amount);
            case ILLEGAL_GAINS_CONFISCATION -> t.gains = t.gains.add(amount);
            case ENERGY_DOUBLE_COUNT -> t.energy = t.energy.add(quantity);
            case INSPECTION_LEAD -> {
                if (loadLeads.contains(f.getId())) {
                    t.loadProfileLeads++;
                }
            }
            default -> {
                // Other measures are counted in no Summary column.
            }
        }
    }
}

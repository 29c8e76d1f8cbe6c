package io.miningaudit.report;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.functions.NaturalOrder;
import io.miningaudit.facts.DistinctIps;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.IpDetectionColumns;
import io.miningaudit.facts.Machine;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.MiningCause;
import io.miningaudit.facts.SubjectType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A row of the Flagged agencies sheet: one public unit and one measure among discipline referral, remediation
 * order and escalation. A unit with two remediation orders has one row naming both cases, with the later
 * deadline.
 */
record FlaggedAgency(Entity entity, Measure measure, MiningCause cause, String ruleId, List<String> inspectionIds,
                     long ipsDetected, long machines, LocalDate deadline, String basis) {

    private static final Set<Measure> MEASURES = Set.of(Measure.DISCIPLINE_REFERRAL, Measure.REMEDIATION_ORDER,
            Measure.ESCALATION);

    static List<FlaggedAgency> of(AuditResult result) {
        Map<String, Entity> entities = result.facts().getEntities().stream()
                .collect(Collectors.toMap(Entity::getId, Function.identity()));
        Map<String, Inspection> inspections = result.facts().getInspections().stream()
                .collect(Collectors.toMap(Inspection::getId, Function.identity()));
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        Map<String, Integer> flagged = new java.util.HashMap<>();
        for (Finding f : result.findings()) {
            Entity e = entities.get(f.getEntityId());
            if (f.getSubjectType() == SubjectType.ENTITY && MEASURES.contains(f.getMeasure()) && e.isPublicUnit()) {
                groups.computeIfAbsent(f.getEntityId() + "\u0000" + f.getMeasure(), k -> new ArrayList<>()).add(f);
                flagged.putIfAbsent(f.getEntityId(), flagged.size());
            }
        }
        // One pass over the detections for all rows, counting the addresses of the flagged units alone, as the
        // Summary and the leads count them.
        DistinctIps distinct = new DistinctIps(Math.max(1, flagged.size()));
        IpDetectionColumns detections = IpDetectionColumns.of(result.facts().getIpDetections());
        for (int d = 0; d < detections.size(); d++) {
            String owner = detections.entityIdAt(d);
            Integer unit = owner == null ? null : flagged.get(owner);
            if (unit != null) {
                distinct.add(detections.ipAt(d), unit, false);
            }
        }
        long[] ipsByUnit = distinct.count().byGroup();
        Map<String, Long> machinesByInspection = result.facts().getMachines().stream()
                .collect(Collectors.groupingBy(Machine::getInspectionId, Collectors.counting()));
        List<FlaggedAgency> rows = new ArrayList<>();
        for (List<Finding> group : groups.values()) {
            Finding first = group.get(0);
            Entity entity = entities.get(first.getEntityId());
            List<String> cases = group.stream().flatMap(f -> f.getFacts().stream()).filter(inspections::containsKey)
                    .distinct().sorted(NaturalOrder.INSTANCE).toList();
            MiningCause cause = first.getMeasure() == Measure.DISCIPLINE_REFERRAL ? MiningCause.SELF_INITIATED
                    : MiningCause.TROJAN_INFECTION;
            long ips = ipsByUnit[flagged.get(entity.getId())];
            long machines = cases.stream().mapToLong(c -> machinesByInspection.getOrDefault(c, 0L)).sum();
            LocalDate deadline = first.getMeasure() == Measure.DISCIPLINE_REFERRAL ? null
                    : group.stream().map(Finding::getPeriodTo).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .orElse(null);
            rows.add(new FlaggedAgency(entity, first.getMeasure(), cause, first.getRuleId(), cases, ips, machines,
                    deadline, first.getBasis()));
        }
        rows.sort(Comparator.comparing((FlaggedAgency a) -> a.entity().getId(), NaturalOrder.INSTANCE)
                .thenComparing(FlaggedAgency::measure));
        return rows;
    }
}

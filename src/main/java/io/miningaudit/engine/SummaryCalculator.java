package io.miningaudit.engine;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Province;
import io.miningaudit.facts.SubjectType;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Computes the Summary. IPs are distinct addresses counted by the detection's province; everything else by the
 * province of the entity concerned. The total counts distinct IPs over the whole case, so an address detected in
 * two provinces counts in each province's row but once in the total.
 */
final class SummaryCalculator {
    private final CaseFile facts;
    private final List<Finding> findings;
    private final Map<String, Entity> entities = new HashMap<>();

    SummaryCalculator(CaseFile facts, List<Finding> findings) {
        this.facts = facts;
        this.findings = findings;
        facts.getEntities().forEach(e -> entities.put(e.getId(), e));
    }

    Summary compute() {
        Map<Province, Counts> byProvince = new LinkedHashMap<>();
        for (Province p : Province.values()) {
            Counts c = counts(d -> d.getProvince() == p, e -> e != null && e.getProvince() == p);
            if (!c.isEmpty()) {
                byProvince.put(p, c);
            }
        }
        return new Summary(byProvince, counts(d -> true, e -> true));
    }

    private Counts counts(Predicate<IpDetection> detectionIn, Predicate<Entity> entityIn) {
        List<IpDetection> detections = facts.getIpDetections().stream().filter(detectionIn).toList();
        List<IpDetection> attributed = detections.stream().filter(IpDetection::isAttributed).toList();
        List<Entity> detected = facts.getIpDetections().stream().filter(IpDetection::isAttributed)
                .map(d -> entities.get(d.getEntityId())).filter(entityIn).distinct().toList();
        List<Inspection> inspections = facts.getInspections().stream()
                .filter(i -> entityIn.test(entities.get(i.getEntityId()))).toList();
        List<Finding> mine = findings.stream().filter(f -> entityIn.test(entities.get(f.getEntityId()))).toList();
        return new Counts(
                distinctIps(detections),
                distinctIps(attributed),
                detected.size(),
                detected.stream().filter(Entity::isPublicUnit).count(),
                inspections.size(),
                inspections.stream().filter(Inspection::isDeliberate).count(),
                inspections.stream().filter(Inspection::isPassive).count(),
                inspections.stream().filter(Inspection::isDeliberate).map(i -> entities.get(i.getEntityId()))
                        .filter(Entity::isPublicUnit).distinct().count(),
                sum(mine, Measure.EQUIPMENT_CONFISCATION, Finding::getQuantity),
                mine.stream().filter(f -> f.getMeasure() == Measure.DISCIPLINE_REFERRAL
                        && f.getSubjectType() == SubjectType.PERSON).map(Finding::getSubjectId).distinct().count(),
                money(sum(mine, Measure.PUNITIVE_SURCHARGE, Finding::getAmountCny)),
                money(sum(mine, Measure.BACK_PAYMENT, Finding::getAmountCny)),
                money(sum(mine, Measure.LIQUIDATED_PENALTY, Finding::getAmountCny)),
                money(sum(mine, Measure.ILLEGAL_GAINS_CONFISCATION, Finding::getAmountCny)),
                sum(mine, Measure.ENERGY_DOUBLE_COUNT, Finding::getQuantity).setScale(3));
    }

    private static long distinctIps(Collection<IpDetection> detections) {
        return detections.stream().map(d -> canonical(d.getIp())).collect(Collectors.toSet()).size();
    }

    /** One address written two ways (IPv6 case or zero compression) is one address. */
    private static String canonical(String ip) {
        if (ip.indexOf(':') < 0) {
            return ip;
        }
        try {
            return java.net.InetAddress.getByName(ip).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return ip;
        }
    }

    private static BigDecimal sum(List<Finding> findings, Measure measure,
                                  java.util.function.Function<Finding, BigDecimal> value) {
        return findings.stream().filter(f -> f.getMeasure() == measure).map(value).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}

package io.miningaudit.engine;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.facts.Province;
import io.miningaudit.facts.SubjectType;
import io.miningaudit.intake.Identifiers;
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
    private final List<Finding> findings;
    private final Map<String, Entity> entities = new HashMap<>();

    SummaryCalculator(CaseFile facts, List<Finding> findings) {
        this.facts = facts;
        this.findings = findings;
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

        Counts counts() {
            return new Counts(ips, attributedIps, detected.size(), publicDetected.size(), inspections,
                    deliberate, passive, publicDeliberate.size(), machines, referred.size(), surcharge, backPayment,
                    penalty, gains, energy);
        }

        private static BigDecimal money() {
            return BigDecimal.ZERO.setScale(2);
        }
    }

    Summary compute() {
        Map<Province, Tally> byProvince = new EnumMap<>(Province.class);
        Tally total = new Tally();
        DistinctIps ips = new DistinctIps();
        for (IpDetection d : facts.getIpDetections()) {
            byProvince.computeIfAbsent(d.getProvince(), p -> new Tally());
            ips.add(d.getIp(), d.getProvince(), d.isAttributed());
            if (d.isAttributed()) {
                Entity e = entities.get(d.getEntityId());
                for (Tally t : List.of(byProvince.computeIfAbsent(e.getProvince(), p -> new Tally()), total)) {
                    t.detected.add(e.getId());
                    if (e.isPublicUnit()) {
                        t.publicDetected.add(e.getId());
                    }
                }
            }
        }
        ips.count(byProvince, total);
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
        for (Finding f : findings) {
            Entity e = entities.get(f.getEntityId());
            for (Tally t : List.of(byProvince.computeIfAbsent(e.getProvince(), p -> new Tally()), total)) {
                add(t, f);
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

    private static void add(Tally t, Finding f) {
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
            default -> {
                // Other measures are counted in no Summary column.
            }
        }
    }

    /**
     * Distinct addresses by province and over the case. A dotted IPv4 address is packed with its province and
     * whether it is attributed into one long, eight bytes a detection where a set of strings takes ten times that;
     * sorting the longs puts each address's detections together. An address is first made canonical
     * ({@link IpDetection#canonicalAddress}, as the leads count it), so an IPv4-mapped IPv6 address is packed as
     * its IPv4 address; other IPv6 addresses go to sets of their canonical text.
     */
    static final class DistinctIps {
        private long[] keys = new long[1024];
        private int size;
        private final Map<Province, Set<String>> others = new EnumMap<>(Province.class);
        private final Map<Province, Set<String>> othersAttributed = new EnumMap<>(Province.class);

        void add(String text, Province province, boolean attributed) {
            String ip = IpDetection.canonicalAddress(text);
            long v4 = Identifiers.ipv4(ip);
            if (v4 >= 0) {
                if (size == keys.length) {
                    keys = java.util.Arrays.copyOf(keys, size + (size >> 1));
                }
                keys[size++] = v4 << 8 | (long) province.ordinal() << 1 | (attributed ? 1 : 0);
                return;
            }
            others.computeIfAbsent(province, p -> new HashSet<>()).add(ip);
            if (attributed) {
                othersAttributed.computeIfAbsent(province, p -> new HashSet<>()).add(ip);
            }
        }

        void count(Map<Province, Tally> byProvince, Tally total) {
            java.util.Arrays.sort(keys, 0, size);
            Province[] provinces = Province.values();
            int i = 0;
            while (i < size) {
                long ip = keys[i] >>> 8;
                boolean anyAttributed = false;
                while (i < size && keys[i] >>> 8 == ip) {
                    int province = (int) (keys[i] >>> 1) & 0x7f;
                    boolean attributed = false;
                    while (i < size && keys[i] >>> 1 == (ip << 7 | province)) {
                        attributed |= (keys[i] & 1) == 1;
                        i++;
                    }
                    Tally there = byProvince.get(provinces[province]);
                    there.ips++;
                    if (attributed) {
                        there.attributedIps++;
                        anyAttributed = true;
                    }
                }
                total.ips++;
                if (anyAttributed) {
                    total.attributedIps++;
                }
            }
            Set<String> all = new HashSet<>();
            Set<String> allAttributed = new HashSet<>();
            others.forEach((province, set) -> {
                byProvince.get(province).ips += set.size();
                all.addAll(set);
            });
            othersAttributed.forEach((province, set) -> {
                byProvince.get(province).attributedIps += set.size();
                allAttributed.addAll(set);
            });
            total.ips += all.size();
            total.attributedIps += allAttributed.size();
        }

    }
}

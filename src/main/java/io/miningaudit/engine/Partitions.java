package io.miningaudit.engine;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.DailyReading;
import io.miningaudit.facts.DailyReadingColumns;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.facts.IpDetectionColumns;
import io.miningaudit.facts.Machine;
import io.miningaudit.facts.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Splits a case into parts that can be audited apart. Every rule but the summary needs only the facts of one entity
 * and of what is linked to it; entities linked by a fact (a machine on another entity's account, a person of another
 * entity's case) land in the same part. Each part holds its entities' detections, inspections, machines, persons,
 * accounts, consumption and daily readings, the case record and all catalogue rates; unattributed detections feed
 * only the summary.
 */
final class Partitions {
    private Partitions() {
    }

    static List<Plan> split(CaseFile facts, int entitiesPerPart) {
        Map<String, Integer> index = new HashMap<>();
        List<Entity> entities = facts.getEntities();
        for (int i = 0; i < entities.size(); i++) {
            index.put(entities.get(i).getId(), i);
        }
        int[] parent = new int[entities.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Inspection> inspections = new HashMap<>();
        facts.getInspections().forEach(i -> inspections.put(i.getId(), i));
        Map<String, Account> accounts = new HashMap<>();
        facts.getAccounts().forEach(a -> accounts.put(a.getId(), a));
        for (Machine m : facts.getMachines()) {
            Account a = m.getAccountId() == null ? null : accounts.get(m.getAccountId());
            if (a != null) {
                union(parent, index.get(inspections.get(m.getInspectionId()).getEntityId()),
                        index.get(a.getEntityId()));
            }
        }
        for (Person p : facts.getPersons()) {
            union(parent, index.get(p.getEntityId()), index.get(inspections.get(p.getInspectionId()).getEntityId()));
        }

        // Whole groups of linked entities, in the case's order, gathered into parts of about the size asked.
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            groups.computeIfAbsent(find(parent, i), g -> new ArrayList<>()).add(i);
        }
        int[] partOf = new int[entities.size()];
        int parts = 0;
        int filled = 0;
        for (List<Integer> group : groups.values()) {
            if (filled > 0 && filled + group.size() > entitiesPerPart) {
                parts++;
                filled = 0;
            }
            for (int i : group) {
                partOf[i] = parts;
            }
            filled += group.size();
        }
        int count = entities.isEmpty() ? 0 : parts + 1;
        List<Plan> plans = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            plans.add(new Plan(facts));
        }
        for (int i = 0; i < entities.size(); i++) {
            plans.get(partOf[i]).entities.add(entities.get(i));
        }
        IpDetectionColumns detections = IpDetectionColumns.of(facts.getIpDetections());
        for (int d = 0; d < detections.size(); d++) {
            int owner = detections.ownerIndexAt(d, entities, index);
            if (owner >= 0) {
                plans.get(partOf[owner]).detections.add(d);
            }
        }
        for (Inspection i : facts.getInspections()) {
            plans.get(partOf[index.get(i.getEntityId())]).inspections.add(i);
        }
        for (Machine m : facts.getMachines()) {
            plans.get(partOf[index.get(inspections.get(m.getInspectionId()).getEntityId())]).machines.add(m);
        }
        for (Person p : facts.getPersons()) {
            plans.get(partOf[index.get(p.getEntityId())]).persons.add(p);
        }
        for (Account a : facts.getAccounts()) {
            plans.get(partOf[index.get(a.getEntityId())]).accounts.add(a);
        }
        List<Consumption> consumption = facts.getConsumption();
        for (int c = 0; c < consumption.size(); c++) {
            plans.get(partOf[index.get(accounts.get(consumption.get(c).getAccountId())
                    .getEntityId())]).consumption.add(c);
        }
        DailyReadingColumns readings = DailyReadingColumns.of(facts.getDailyReadings());
        for (int r = 0; r < readings.size(); r++) {
            plans.get(partOf[index.get(accounts.get(readings.accountIdAt(r)).getEntityId())]).readings.add(r);
        }
        return List.copyOf(plans);
    }

    /**
     * One part as a plan: its entities and the records linked to them, the large tables by position only. The
     * part's facts are made when it is audited, so that only the parts being audited are in memory.
     */
    static final class Plan {
        private final CaseFile whole;
        private final List<Entity> entities = new ArrayList<>();
        private final IntStream.Builder detections = IntStream.builder();
        private final List<Inspection> inspections = new ArrayList<>();
        private final List<Machine> machines = new ArrayList<>();
        private final List<Person> persons = new ArrayList<>();
        private final List<Account> accounts = new ArrayList<>();
        private final IntStream.Builder consumption = IntStream.builder();
        private final IntStream.Builder readings = IntStream.builder();

        private Plan(CaseFile whole) {
            this.whole = whole;
        }

        /** The part's facts; call once. */
        CaseFile facts() {
            List<IpDetection> allDetections = whole.getIpDetections();
            List<Consumption> allConsumption = whole.getConsumption();
            List<DailyReading> allReadings = whole.getDailyReadings();
            return CaseFile.of(whole.getCaseInfo(), entities,
                    detections.build().mapToObj(allDetections::get).toList(), inspections, machines, persons,
                    accounts, consumption.build().mapToObj(allConsumption::get).toList(), whole.getCatalogueRates(),
                    readings.build().mapToObj(allReadings::get).toList());
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}

package io.miningaudit.engine;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.facts.Machine;
import io.miningaudit.facts.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a case into parts that can be audited apart. Every rule but the summary needs only the facts of one entity
 * and of what is linked to it; entities linked by a fact (a machine on another entity's account, a person of another
 * entity's case) land in the same part. Each part holds its entities' detections, inspections, machines, persons,
 * accounts and consumption, the case record and all catalogue rates; unattributed detections feed only the summary.
 */
final class Partitions {
    private Partitions() {
    }

    static List<CaseFile> split(CaseFile facts, int entitiesPerPart) {
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
                union(parent, index.get(inspections.get(m.getInspectionId()).getEntityId()), index.get(a.getEntityId()));
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
        List<CaseFile.CaseFileBuilder> builders = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            builders.add(CaseFile.builder().caseInfo(facts.getCaseInfo()).catalogueRates(facts.getCatalogueRates()));
        }
        for (int i = 0; i < entities.size(); i++) {
            builders.get(partOf[i]).entity(entities.get(i));
        }
        for (IpDetection d : facts.getIpDetections()) {
            if (d.isAttributed()) {
                builders.get(partOf[index.get(d.getEntityId())]).ipDetection(d);
            }
        }
        for (Inspection i : facts.getInspections()) {
            builders.get(partOf[index.get(i.getEntityId())]).inspection(i);
        }
        for (Machine m : facts.getMachines()) {
            builders.get(partOf[index.get(inspections.get(m.getInspectionId()).getEntityId())]).machine(m);
        }
        for (Person p : facts.getPersons()) {
            builders.get(partOf[index.get(p.getEntityId())]).person(p);
        }
        for (Account a : facts.getAccounts()) {
            builders.get(partOf[index.get(a.getEntityId())]).account(a);
        }
        for (Consumption c : facts.getConsumption()) {
            builders.get(partOf[index.get(accounts.get(c.getAccountId()).getEntityId())]).consumption(c);
        }
        return builders.stream().map(CaseFile.CaseFileBuilder::build).toList();
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

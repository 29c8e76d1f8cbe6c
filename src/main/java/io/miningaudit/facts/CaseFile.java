package io.miningaudit.facts;

import java.util.List;
import lombok.Builder;
import lombok.NonNull;
import lombok.Singular;
import lombok.Value;

/** All the facts of one case, as the inspector handed them over. */
@Value
@Builder(toBuilder = true)
public class CaseFile {
    @NonNull CaseInfo caseInfo;
    @Singular List<Entity> entities;
    @Singular List<IpDetection> ipDetections;
    @Singular List<Inspection> inspections;
    @Singular List<Machine> machines;
    @Singular List<Person> persons;
    @Singular List<Account> accounts;
    @Singular("consumption") List<Consumption> consumption;
    @Singular List<CatalogueRate> catalogueRates;
    /** The smart-meter daily readings, if the grid company gave any (may be only the screening window's days). */
    @Singular List<DailyReading> dailyReadings;

    /**
     * A case over lists built elsewhere, taken as they are, not copied: a large table may be a compact list that
     * makes each record when it is asked for.
     */
    public static CaseFile of(CaseInfo caseInfo, List<Entity> entities, List<IpDetection> ipDetections,
                              List<Inspection> inspections, List<Machine> machines, List<Person> persons,
                              List<Account> accounts, List<Consumption> consumption,
                              List<CatalogueRate> catalogueRates) {
        return of(caseInfo, entities, ipDetections, inspections, machines, persons, accounts, consumption,
                catalogueRates, List.of());
    }

    /** As {@link #of(CaseInfo, List, List, List, List, List, List, List, List)}, with daily readings. */
    public static CaseFile of(CaseInfo caseInfo, List<Entity> entities, List<IpDetection> ipDetections,
                              List<Inspection> inspections, List<Machine> machines, List<Person> persons,
                              List<Account> accounts, List<Consumption> consumption,
                              List<CatalogueRate> catalogueRates, List<DailyReading> dailyReadings) {
        return new CaseFile(caseInfo, entities, ipDetections, inspections, machines, persons, accounts, consumption,
                catalogueRates, dailyReadings);
    }

    /**
     * What a rule session is given of this case: every record in table order, but the IP detections gathered per
     * entity ({@link EntityDetections}, in the order of the entities), for a province holds millions of them and the
     * rules ask of an entity's detections together; likewise the daily readings, per account ({@link
     * AccountReadings}).
     */
    public List<Object> sessionFacts() {
        var all = new java.util.ArrayList<Object>();
        all.add(caseInfo);
        all.addAll(entities);
        all.addAll(EntityDetections.of(entities, ipDetections));
        all.addAll(inspections);
        all.addAll(machines);
        all.addAll(persons);
        all.addAll(accounts);
        all.addAll(consumption);
        all.addAll(catalogueRates);
        all.addAll(AccountReadings.of(accounts, dailyReadings));
        return all;
    }
}

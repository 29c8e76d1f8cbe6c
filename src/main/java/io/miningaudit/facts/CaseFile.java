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

    /** Every record of the case, in table order, ready to be inserted into a rule session. */
    public List<Object> allFacts() {
        var all = new java.util.ArrayList<Object>();
        all.add(caseInfo);
        all.addAll(entities);
        all.addAll(ipDetections);
        all.addAll(inspections);
        all.addAll(machines);
        all.addAll(persons);
        all.addAll(accounts);
        all.addAll(consumption);
        all.addAll(catalogueRates);
        return all;
    }
}

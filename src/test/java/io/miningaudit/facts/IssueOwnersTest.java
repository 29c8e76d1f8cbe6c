package io.miningaudit.facts;

import static io.miningaudit.fixtures.Cases.caseFile;
import static io.miningaudit.fixtures.Cases.cleanInspectionOf;
import static io.miningaudit.fixtures.Cases.commercialAccountOf;
import static io.miningaudit.fixtures.Cases.privateFirm;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A data issue's location tells the entity it lies on, for the Summary and By entity alike. */
class IssueOwnersTest {
    private final Entity firm = privateFirm("F1");
    private final IssueOwners owners = IssueOwners.of(caseFile().entity(firm)
            .account(commercialAccountOf(firm, "A1"))
            .inspection(cleanInspectionOf(firm, "I1", "2021-07-01")).build());

    private static DataIssue at(String location) {
        return new DataIssue(Severity.WARNING, "X", location, "m", null);
    }

    @Test
    void anAccountAnInspectionAndAnEntityNameTheirEntity() {
        assertThat(owners.entityOf(at("accounts/A1"))).isEqualTo("F1");
        assertThat(owners.entityOf(at("inspections/I1"))).isEqualTo("F1");
        assertThat(owners.entityOf(at("entities/F1"))).isEqualTo("F1");
    }

    @Test
    void nearMissALocationNamingNoRecordOfTheCaseHasNoEntity() {
        assertThat(owners.entityOf(at("accounts/A2"))).isNull();
        assertThat(owners.entityOf(at("case"))).isNull();
    }
}

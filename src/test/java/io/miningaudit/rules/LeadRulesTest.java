package io.miningaudit.rules;

import static io.miningaudit.fixtures.Cases.caseFile;
import static io.miningaudit.fixtures.Cases.cleanInspectionOf;
import static io.miningaudit.fixtures.Cases.day;
import static io.miningaudit.fixtures.Cases.detectionOf;
import static io.miningaudit.fixtures.Cases.privateFirm;
import static io.miningaudit.fixtures.Cases.publicUnit;
import static io.miningaudit.fixtures.ShippedRules.auditWith;
import static io.miningaudit.fixtures.ShippedRules.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Lead;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Measure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** LEAD-UNINSPECTED and the ranking of leads. */
class LeadRulesTest {
    /** The rule files under test; they fire with the classifications and tables only. */
    private static AuditResult audit(CaseFile facts) {
        return auditWith(facts, "enforcement/leads.drl");
    }

    private final Entity unit = publicUnit("U1");

    @Test
    void entityWithDetectionsAndNoInspectionSinceIsALead() {
        AuditResult result = audit(caseFile().entity(unit)
                .inspection(cleanInspectionOf(unit, "I0", "2021-06-30"))
                .ipDetection(detectionOf(unit, "D1", "198.18.0.1", "2021-07-01"))
                .ipDetection(detectionOf(unit, "D2", "198.18.0.1", "2021-07-20"))
                .ipDetection(detectionOf(unit, "D3", "198.18.0.2", "2021-07-05")).build());

        assertThat(findings(result, "LEAD-UNINSPECTED")).singleElement().satisfies(f -> {
            assertThat(f.getMeasure()).isEqualTo(Measure.INSPECTION_LEAD);
            assertThat(f.getSubjectId()).isEqualTo("U1");
            assertThat(f.getQuantity()).isEqualByComparingTo(BigDecimal.valueOf(2));
            assertThat(f.getPeriodFrom()).isEqualTo(day("2021-07-01"));
            assertThat(f.getPeriodTo()).isEqualTo(day("2021-07-20"));
            assertThat(f.getFacts()).containsExactly("U1", "D1", "D2", "D3");
        });
        assertThat(result.leads()).extracting(Lead::priority, Lead::entityId, Lead::distinctIps)
                .containsExactly(tuple(1, "U1", 2L));
    }

    @Test
    void nearMissInspectionOnTheDayOfTheFirstDetectionClosesTheLead() {
        AuditResult result = audit(caseFile().entity(unit)
                .inspection(cleanInspectionOf(unit, "I1", "2021-07-01"))
                .ipDetection(detectionOf(unit, "D1", "198.18.0.1", "2021-07-01")).build());

        assertThat(findings(result, "LEAD-UNINSPECTED")).isEmpty();
        assertThat(result.leads()).isEmpty();
    }

    @Test
    void nearMissUnattributedDetectionsMakeNoLead() {
        AuditResult result = audit(caseFile().entity(unit)
                .ipDetection(detectionOf(null, "D1", "198.18.0.1", "2021-07-01")).build());

        assertThat(result.leads()).isEmpty();
    }

    @Test
    void leadsRankPublicUnitsFirstThenMoreIpsThenLaterLastDetectionThenEntityId() {
        Entity f2 = privateFirm("F2");
        Entity f10 = privateFirm("F10");
        Entity f3 = privateFirm("F3");
        Entity f4 = privateFirm("F4");
        AuditResult result = audit(caseFile().entity(unit).entity(f2).entity(f10).entity(f3).entity(f4)
                .ipDetection(detectionOf(unit, "D1", "198.18.0.1", "2021-07-01"))
                // F3: three IPs, the most of the firms.
                .ipDetection(detectionOf(f3, "D2", "198.18.1.1", "2021-07-01"))
                .ipDetection(detectionOf(f3, "D3", "198.18.1.2", "2021-07-01"))
                .ipDetection(detectionOf(f3, "D4", "198.18.1.3", "2021-07-01"))
                // F4: one IP, detected last.
                .ipDetection(detectionOf(f4, "D5", "198.18.2.1", "2021-08-01"))
                // F2 and F10: one IP each on the same day: entity id decides, naturally ordered.
                .ipDetection(detectionOf(f10, "D6", "198.18.3.1", "2021-07-15"))
                .ipDetection(detectionOf(f2, "D7", "198.18.3.2", "2021-07-15")).build());

        assertThat(result.leads()).extracting(Lead::priority, Lead::entityId)
                .containsExactly(tuple(1, "U1"), tuple(2, "F3"), tuple(3, "F4"), tuple(4, "F2"), tuple(5, "F10"));
    }
}

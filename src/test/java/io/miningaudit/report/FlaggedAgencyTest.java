package io.miningaudit.report;

import static io.miningaudit.fixtures.Cases.caseFile;
import static io.miningaudit.fixtures.Cases.day;
import static io.miningaudit.fixtures.Cases.deliberateCaseAt;
import static io.miningaudit.fixtures.Cases.detectionOf;
import static io.miningaudit.fixtures.Cases.passiveCaseAt;
import static io.miningaudit.fixtures.Cases.privateFirm;
import static io.miningaudit.fixtures.Cases.publicUnit;
import static io.miningaudit.fixtures.Cases.rigOf;
import static io.miningaudit.fixtures.Cases.stateOwnedEnterprise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.MiningCause;
import io.miningaudit.fixtures.ShippedRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One row per public unit and measure, naming its cases, its IPs and machines, and the later deadline. */
class FlaggedAgencyTest {

    @Test
    void aUnitWithTwoRemediationOrdersHasOneRowWithBothCasesAndTheLaterDeadline() {
        Entity school = publicUnit("U1");
        Entity soe = stateOwnedEnterprise("U2");
        Entity firm = privateFirm("F1");
        Inspection first = passiveCaseAt(school, "I1", "2021-10-01");
        Inspection second = passiveCaseAt(school, "I2", "2021-11-01");
        Inspection mined = deliberateCaseAt(soe, "I3", "2021-03-01").build();
        var result = ShippedRules.audit(caseFile().entity(school).entity(soe).entity(firm)
                .inspection(first).inspection(second).inspection(mined)
                .inspection(passiveCaseAt(firm, "I4", "2021-10-01"))
                .machine(rigOf(first, "M1", null))
                .machine(rigOf(mined, "M2", null)).machine(rigOf(mined, "M3", null)).machine(rigOf(mined, "M4", null))
                .ipDetection(detectionOf(school, "D1", "198.18.0.1", "2021-07-01"))
                .ipDetection(detectionOf(school, "D2", "198.18.0.1", "2021-08-01"))
                .ipDetection(detectionOf(school, "D3", "198.18.0.2", "2021-09-01"))
                .ipDetection(detectionOf(soe, "D4", "198.18.0.9", "2021-02-01")).build());

        List<FlaggedAgency> rows = FlaggedAgency.of(result);

        assertThat(rows).extracting(r -> r.entity().getId(), FlaggedAgency::measure, FlaggedAgency::cause,
                        FlaggedAgency::ruleId, FlaggedAgency::inspectionIds, FlaggedAgency::ipsDetected,
                        FlaggedAgency::machines, FlaggedAgency::deadline)
                .containsExactly(
                        tuple("U1", Measure.REMEDIATION_ORDER, MiningCause.TROJAN_INFECTION, "ENF-TROJAN-REMEDIATION",
                                List.of("I1", "I2"), 2L, 1L, day("2021-12-01")),
                        tuple("U2", Measure.DISCIPLINE_REFERRAL, MiningCause.SELF_INITIATED, "ENF-PUBLIC-REFERRAL",
                                List.of("I3"), 1L, 3L, null));
    }
}

package io.miningaudit.engine;

import static io.miningaudit.fixtures.Cases.caseFile;
import static io.miningaudit.fixtures.Cases.commercialAccountOf;
import static io.miningaudit.fixtures.Cases.cycle;
import static io.miningaudit.fixtures.Cases.deliberateCaseAt;
import static io.miningaudit.fixtures.Cases.personOf;
import static io.miningaudit.fixtures.Cases.privateFirm;
import static io.miningaudit.fixtures.Cases.publicUnit;
import static io.miningaudit.fixtures.Cases.rigOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Inspection;
import io.miningaudit.fixtures.ShippedRules;
import io.miningaudit.generate.CaseGenerator;
import io.miningaudit.intake.CaseReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An audit done in parts on several threads gives exactly what an audit in one piece gives. */
class PartitionedAuditTest {

    private static void assertSameAudit(CaseFile facts) throws Exception {
        AuditResult whole = new Auditor(ShippedRules.ruleBase(), Integer.MAX_VALUE, 1).audit(facts);
        AuditResult parts = new Auditor(ShippedRules.ruleBase(), 1, 2).audit(facts);

        assertThat(whole.findings()).as("a comparison of no findings would prove nothing").isNotEmpty();
        assertThat(parts.findings()).isEqualTo(whole.findings());
        assertThat(parts.surchargeLines()).isEqualTo(whole.surchargeLines());
        assertThat(parts.dataIssues()).isEqualTo(whole.dataIssues());
        assertThat(parts.leads()).isEqualTo(whole.leads());
        assertThat(parts.summary()).isEqualTo(whole.summary());
        assertThat(parts.findingsByRule()).isEqualTo(whole.findingsByRule());
        assertThat(parts.findingsByParameter()).isEqualTo(whole.findingsByParameter()).isNotEmpty();
    }

    @Test
    void theExamplesAuditTheSameInParts() throws Exception {
        for (String example : List.of("zhejiang-2021.json", "hainan-2021.json", "inner-mongolia-2022.json")) {
            assertSameAudit(new CaseReader(Clock.systemUTC()).read(Path.of("examples", example), null));
        }
    }

    @Test
    void aGeneratedCaseAuditsTheSameInParts() throws Exception {
        assertSameAudit(CaseGenerator.generate(new CaseGenerator.Size(400, 40, 30, 3, LocalDate.of(2022, 6, 30))));
    }

    @Test
    void entitiesLinkedByAnAccountOrAPersonAreAuditedTogether() throws Exception {
        Entity unit = publicUnit("U1");
        Entity landlord = privateFirm("F1");
        Entity staffing = privateFirm("F2");
        Inspection mined = deliberateCaseAt(unit, "I1", "2021-10-11").build();
        // The rig at U1 runs on F1's account; F2's employee took part in U1's case.
        CaseFile facts = caseFile().entity(unit).entity(landlord).entity(staffing).inspection(mined)
                .machine(rigOf(mined, "M1", "A1")).account(commercialAccountOf(landlord, "A1"))
                .consumption(cycle("A1", "2021-10-01", "2021-12-14", "7500"))
                .person(personOf(mined, "P1").entityId("F2").partyMember(true).build()).build();

        assertThat(Partitions.split(facts, 1)).singleElement()
                .satisfies(part -> assertThat(part.facts().getEntities()).hasSize(3));
        AuditResult result = new Auditor(ShippedRules.ruleBase(), 1, 2).audit(facts);
        assertThat(result.findings()).extracting(f -> f.getRuleId())
                .contains("NDRC-1283-6", "NDRC-1283-13", "ENF-PERSON-REFERRAL");
        assertSameAudit(facts);
    }
}

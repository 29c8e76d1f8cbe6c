package io.miningaudit.engine;

import static io.miningaudit.fixtures.Cases.caseFile;
import static io.miningaudit.fixtures.Cases.deliberateCaseAt;
import static io.miningaudit.fixtures.Cases.detectionOf;
import static io.miningaudit.fixtures.Cases.publicUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.fixtures.RulesUnderTest;
import io.miningaudit.fixtures.ShippedRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Auditor#onlyRulesFrom}: the agenda filter that lets a rule test fire one rule file and what it needs. */
class AuditorRuleFilterTest {
    private final Entity miner = publicUnit("U1");
    private final Entity detected = publicUnit("U2");
    /** U1 mined deliberately (a referral, from enforcement/public-units.drl); U2 was detected, never inspected. */
    private final CaseFile detectedUnit = caseFile().entity(miner).entity(detected)
            .inspection(deliberateCaseAt(miner, "I1", "2021-06-01").build())
            .ipDetection(detectionOf(detected, "D1", "198.18.0.1", "2021-07-01")).build();

    private static Set<String> ruleIds(AuditResult result) {
        return Set.copyOf(result.findings().stream().map(Finding::getRuleId).toList());
    }

    @Test
    void onlyTheRulesOfTheChosenFilesFire() throws Exception {
        Auditor auditor = new Auditor(ShippedRules.ruleBase());

        assertThat(ruleIds(auditor.audit(detectedUnit))).contains("LEAD-UNINSPECTED", "ENF-PUBLIC-REFERRAL");
        assertThat(ruleIds(auditor.onlyRulesFrom(Set.of("terms", "enforcement/leads.drl")).audit(detectedUnit)))
                .containsExactly("LEAD-UNINSPECTED");
    }

    @Test
    void nearMissAFolderStandsForEveryFileInIt() throws Exception {
        Auditor auditor = new Auditor(ShippedRules.ruleBase()).onlyRulesFrom(Set.of("terms", "enforcement"));

        assertThat(ruleIds(auditor.audit(detectedUnit))).contains("LEAD-UNINSPECTED", "ENF-PUBLIC-REFERRAL");
    }

    @Test
    void aNameThatIsNoRuleFileIsRefusedWithTheFilesThereAre() {
        Auditor auditor = new Auditor(ShippedRules.ruleBase());

        assertThatThrownBy(() -> auditor.onlyRulesFrom(Set.of("enforcement/lead.drl")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no rule file enforcement/lead.drl in " + RulesUnderTest.dir()
                        + "; the rule files are ")
                .hasMessageContaining("enforcement/leads.drl, enforcement/public-units.drl");
    }
}

package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.fixtures.ShippedRules;
import io.miningaudit.intake.CaseReader;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The Rules sheet's counts: a DRL rule counts the findings it emitted; a row of the surcharge schedule, which emits
 * none itself, counts the findings that bear its rule ID.
 */
class RuleCountsTest {

    @Test
    void aScheduleRowCountsTheFindingsOfItsRuleIdAndADrlRuleItsOwn() throws Exception {
        CaseFile hainan = new CaseReader(Clock.systemUTC()).read(Path.of("examples", "hainan-2021.json"), null);

        AuditResult result = ShippedRules.audit(hainan);

        // The Hainan account pays one line under the national row and four under the Hainan row, one finding each.
        assertThat(count(result, "NDRC-1283-13", true)).isEqualTo(1);
        assertThat(count(result, "HAINAN-2021", true)).isEqualTo(1);
        assertThat(count(result, "INNER-MONGOLIA-2022-115", true)).isZero();
        // The DRL rule that emits both surcharge findings counts them too.
        assertThat(count(result, "SURCHARGE-FINDINGS", false)).isEqualTo(2);
        assertThat(count(result, "ECL-EQUIPMENT", false)).isEqualTo(1);
    }

    private static long count(AuditResult result, String ruleId, boolean scheduleRow) {
        RuleInfo rule = result.rules().stream().filter(r -> r.scheduleRow() == scheduleRow && r.ruleId().equals(ruleId))
                .findFirst().orElseThrow();
        return result.findingsByRule().get(rule.name());
    }
}

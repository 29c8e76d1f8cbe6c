package io.miningaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.fixtures.RulesFolder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench leads}: its scores, its baseline and its halved and doubled parameters. */
class LeadsBenchTest {
    @TempDir
    Path dir;

    @Test
    void theBenchmarkScoresTheRuleAndTheBaselineAndSweepsEveryParameter() {
        CommandLineTest.Run r = CommandLineTest.run("bench", "leads", "--accounts", "400", "--days", "120");

        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("400 accounts, 120 days: 48,000 readings (seed 1)")
                .containsPattern("without its readings \\(baseline\\)\\s+\\d+\\.\\d\\d")
                .containsPattern("the readings cost -?\\d+\\.\\d\\d s per million readings");
        Matcher rule = Pattern.compile("LEAD-LOAD-PROFILE \\(shipped parameters\\)\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)")
                .matcher(r.out());
        assertThat(rule.find()).as(r.out()).isTrue();
        Matcher naive = Pattern.compile("baseline: top accounts by mean kWh\\s+(\\d+)\\s+(\\d+)").matcher(r.out());
        assertThat(naive.find()).isTrue();
        // The baseline flags as many accounts as the rule.
        assertThat(naive.group(1)).isEqualTo(rule.group(1));
        for (String parameter : LeadsBenchCommand.PARAMETERS) {
            assertThat(Pattern.compile("(?m)^" + parameter + "\\s+\\S+\\s+\\d+").matcher(r.out()).results().count())
                    .as(parameter).isEqualTo(2);
        }
        assertThat(r.out()).containsPattern("(?m)^maxVariation\\s+0\\.05\\s").containsPattern("(?m)^stepDays\\s+28\\s");
    }

    @Test
    void aScoreIsPrecisionRecallAndF1AgainstTheTruth() {
        LeadsBenchCommand.Score s = LeadsBenchCommand.Score.of(Set.of("A", "B", "C", "D"), Set.of("A", "B", "X"));

        assertThat(s.hits()).isEqualTo(2);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(2.0 / 3);
        assertThat(s.f1()).isEqualTo(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3));
        assertThat(LeadsBenchCommand.Score.of(Set.of(), Set.of("A")).f1()).isZero();
    }

    @Test
    void theBaselineTakesTheHighestMeansKnownMinersAsideAndAParameterIsHalvedOrDoubled() throws Exception {
        Map<String, BigDecimal> means = Map.of("A", new BigDecimal("10"), "B", new BigDecimal("900"), "C",
                new BigDecimal("50"), "K", new BigDecimal("5000"));
        assertThat(LeadsBenchCommand.topByMean(means, Set.of("K"), 2)).containsExactlyInAnyOrder("B", "C");

        assertThat(LeadsBenchCommand.scaled("90", false)).isEqualTo("45");
        assertThat(LeadsBenchCommand.scaled("15", false)).isEqualTo("7");
        assertThat(LeadsBenchCommand.scaled("14", true)).isEqualTo("28");
        assertThat(LeadsBenchCommand.scaled("0.10", false)).isEqualTo("0.05");
        assertThat(LeadsBenchCommand.scaled("3.0", true)).isEqualTo("6.0");

        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"));
        LeadsBenchCommand.setParameter(rules.file("parameters/Parameters.drl.xlsx"), "minStepRatio", "6.0");
        assertThat(io.miningaudit.engine.RuleBase.compile(rules.root()).parameters().get("minStepRatio").getValue())
                .isEqualTo("6.0");
    }
}

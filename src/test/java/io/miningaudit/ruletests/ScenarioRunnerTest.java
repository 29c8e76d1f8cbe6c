package io.miningaudit.ruletests;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.fixtures.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario passes on exactly the findings it expects and says what differs when it does not. */
class ScenarioRunnerTest {
    private static final String FACTS = """
            facts:
              case: {id: t, asOf: 2021-12-14}
              entities:
                - {id: U1, name: A bureau, kind: PARTY_GOVERNMENT_AGENCY, province: Zhejiang}
              inspections:
                - {id: I1, entityId: U1, date: 2021-11-01, outcome: MINING_FOUND, cause: SELF_INITIATED, miningStartedOn: 2021-03-01}
              persons:
                - {id: P1, name: A clerk, entityId: U1, inspectionId: I1, role: OPERATOR, illegalGainsCny: 1200.5}
            """;

    @TempDir
    Path dir;

    private ScenarioRunner runner;

    @BeforeEach
    void setUp() {
        runner = new ScenarioRunner(ShippedRules.ruleBase(), Clock.systemUTC());
    }

    private ScenarioResult run(String text) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, text);
        return runner.run(file);
    }

    @Test
    void exactlyTheExpectedFindingsPass() throws Exception {
        ScenarioResult r = run("scenario: all findings\n" + FACTS + """
                expect:
                  - {ruleId: ENF-PUBLIC-REFERRAL, measure: DISCIPLINE_REFERRAL, subject: U1}
                  - {ruleId: NDRC-1283-17, measure: ORDERLY_EXIT_ORDER, subject: I1}
                  - {ruleId: ENF-ILLEGAL-GAINS, measure: ILLEGAL_GAINS_CONFISCATION, subject: P1, amount: 1200.50}
                """);

        assertThat(r.passed()).as(r.details().toString()).isTrue();
        assertThat(r.name()).isEqualTo("all findings");
    }

    @Test
    void aWrongAmountShowsExpectedAndActualAndAnUnlistedFindingIsUnexpected() throws Exception {
        ScenarioResult r = run("scenario: wrong\n" + FACTS + """
                expect:
                  - {ruleId: ENF-PUBLIC-REFERRAL, measure: DISCIPLINE_REFERRAL, subject: U1}
                  - {ruleId: ENF-ILLEGAL-GAINS, measure: ILLEGAL_GAINS_CONFISCATION, subject: P1, amount: 1200.00}
                  - {ruleId: ECL-EQUIPMENT, measure: EQUIPMENT_CONFISCATION, subject: I1, quantity: 2}
                """);

        Path file = dir.resolve("s.yaml");
        assertThat(r.passed()).isFalse();
        assertThat(r.details()).containsExactly(
                "expected: ENF-ILLEGAL-GAINS ILLEGAL_GAINS_CONFISCATION P1 amount 1200.00  (" + file + ":12:5)",
                "actual:   ENF-ILLEGAL-GAINS ILLEGAL_GAINS_CONFISCATION P1 amount 1200.50",
                "expected: ECL-EQUIPMENT EQUIPMENT_CONFISCATION I1 quantity 2  (" + file + ":13:5)",
                "actual:   no such finding",
                "unexpected: NDRC-1283-17 ORDERLY_EXIT_ORDER I1");
    }

    @Test
    void onlyRestrictsTheComparisonToItsRuleIds() throws Exception {
        ScenarioResult r = run("scenario: only\n" + FACTS + """
                only: [ENF-PUBLIC-REFERRAL]
                expect:
                  - {ruleId: ENF-PUBLIC-REFERRAL, measure: DISCIPLINE_REFERRAL, subject: U1}
                """);

        assertThat(r.passed()).isTrue();
    }

    @Test
    void aMisspeltRuleIdInOnlyFailsTheScenarioInsteadOfComparingNothing() throws Exception {
        ScenarioResult r = run("scenario: typo\n" + FACTS + """
                only: [ENF-PUBLIC-REFERAL]
                expect: []
                """);

        assertThat(r.passed()).isFalse();
        assertThat(r.details()).containsExactly(dir.resolve("s.yaml")
                + ": only: no rule has the ID \"ENF-PUBLIC-REFERAL\" (did you mean 'ENF-PUBLIC-REFERRAL'?)");
    }

    @Test
    void invalidFactsFailTheScenarioWithTheirLocation() throws Exception {
        ScenarioResult r = run(("scenario: bad facts\n" + FACTS + "expect: []\n")
                .replace("kind: PARTY_GOVERNMENT_AGENCY",
                "kind: AGENCY"));

        assertThat(r.passed()).isFalse();
        assertThat(r.details()).singleElement().asString().startsWith("the facts are not a valid case:\n  "
                + dir.resolve("s.yaml") + ":5:38: entities[0].kind: \"AGENCY\" is not one of");
    }

    @Test
    void anUnknownKeyOrMeasureIsReported() throws Exception {
        assertThat(run("scenario: x\n" + FACTS + "expected: []\n").details()).singleElement().asString()
                .endsWith(": expected: unknown key; a scenario has [scenario, facts, only, expect, dataIssues]");
        assertThat(run("scenario: x\n" + FACTS + "expect:\n  - {ruleId: X, measure: FINE, subject: U1}\n").details())
                .singleElement().asString().contains("expect: measure \"FINE\" is not one of");
    }

    /** U1's rig runs on A1, which has no consumption at all: the one data issue of the case. */
    @Test
    void expectedDataIssuesMustBeExactlyThoseOfTheAudit() throws Exception {
        String facts = FACTS + """
                  machines:
                    - {id: M1, inspectionId: I1, kind: GPU_RIG, accountId: A1}
                  accounts:
                    - {id: A1, entityId: U1, province: Zhejiang, category: RESIDENTIAL, billedRateCnyPerKwh: 0.538}
                """;
        ScenarioResult passes = run("scenario: issues\n" + facts + """
                only: [DATA-NO-CONSUMPTION]
                expect: []
                dataIssues:
                  - {code: NO_CONSUMPTION_IN_WINDOW, location: accounts/A1}
                """);
        ScenarioResult fails = run("scenario: issues\n" + facts + """
                only: [DATA-NO-CONSUMPTION]
                expect: []
                dataIssues:
                  - {code: NO_CONSUMPTION_IN_WINDOW, location: accounts/A2, severity: WARNING}
                """);

        assertThat(passes.passed()).as(passes.details().toString()).isTrue();
        assertThat(fails.details()).containsExactly(
                "expected: data issue NO_CONSUMPTION_IN_WINDOW at accounts/A2 WARNING  (" + dir.resolve("s.yaml")
                        + ":17:5)",
                "actual:   no such data issue",
                "unexpected: data issue NO_CONSUMPTION_IN_WINDOW at accounts/A1 WARNING");
    }

    @Test
    void nearMissWithoutDataIssuesTheyAreNotCompared() throws Exception {
        ScenarioResult r = run("scenario: no issues key\n" + FACTS + """
                  machines:
                    - {id: M1, inspectionId: I1, kind: GPU_RIG, accountId: A1}
                  accounts:
                    - {id: A1, entityId: U1, province: Zhejiang, category: RESIDENTIAL, billedRateCnyPerKwh: 0.538}
                only: [DATA-NO-CONSUMPTION]
                expect: []
                """);

        assertThat(r.passed()).as(r.details().toString()).isTrue();
    }

    @Test
    void aDataIssueWithoutItsLocationOrWithAnUnknownSeverityIsReported() throws Exception {
        assertThat(run("scenario: x\n" + FACTS + "expect: []\ndataIssues:\n  - {code: X}\n").details())
                .singleElement().asString().endsWith(": dataIssues: location is required");
        assertThat(run("scenario: x\n" + FACTS + "expect: []\ndataIssues:\n  - {code: X, location: Y, severity: BAD}\n")
                .details()).singleElement().asString().contains("dataIssues: severity \"BAD\" is not one of");
    }
}

package io.miningaudit.ruletests;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.fixtures.ShippedRules;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario the analysts keep under rules/tests passes against the shipped rules: mvn verify runs them. */
class ShippedRuleTestsTest {

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioPasses() throws Exception {
        ScenarioRunner runner = new ScenarioRunner(ShippedRules.ruleBase(), Clock.systemUTC());
        assertThat(ScenarioRunner.scenarioFiles(Path.of("rules"))).isNotEmpty();
        return ScenarioRunner.scenarioFiles(Path.of("rules")).stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> {
                    ScenarioResult result = runner.run(file);
                    assertThat(result.passed()).as(String.join("\n", result.details())).isTrue();
                }));
    }
}

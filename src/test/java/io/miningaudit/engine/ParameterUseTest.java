package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.miningaudit.fixtures.RulesFolder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parameters the rules read against those the parameter table sets: a misspelt name in a rule is refused at its
 * string, a parameter no rule reads is a warning at its cell, a column the table does not have is refused at its cell.
 */
class ParameterUseTest {
    private static final String PARAMETERS = "parameters/Parameters.drl.xlsx";
    private static final String TROJAN = "terms/classifications.drl";

    @TempDir
    Path dir;

    private RulesFolder shipped() throws Exception {
        return RulesFolder.copyOfShipped(dir.resolve("rules"));
    }

    private static List<String> problems(RulesFolder rules) {
        RulesException e = catchThrowableOfType(RulesException.class, () -> RuleBase.compile(rules.root()));
        assertThat(e).as("the rules compiled").isNotNull();
        return e.problems().stream().map(RuleProblem::toString).toList();
    }

    @Test
    void aRuleReadingAParameterTheTableDoesNotSetIsRefusedAtTheString() throws Exception {
        RulesFolder rules = shipped().replace(TROJAN, "Parameter(name == \"remediationDays\"",
                "Parameter(name == \"remediationDay\"");

        // classifications.drl line 113: '    Parameter(name == "remediationDay", ...': the string starts in column 23.
        assertThat(problems(rules)).containsExactly(
                rules.file(TROJAN) + ":113:23: rule \"Remediation deadline\" reads"
                        + " parameter 'remediationDay', which the parameter table does not set, so the rule never fires"
                        + " (did you mean 'remediationDays'?)",
                rules.file(PARAMETERS)
                        + " › Parameters › B11: warning: parameter 'remediationDays' is read by no rule");
    }

    @Test
    void nearMissTheShippedRulesReadEveryParameterTheTableSetsAndNoOther() throws Exception {
        RuleBase rules = RuleBase.compile(shipped().root());

        assertThat(rules.warnings()).isEmpty();
        assertThat(rules.parameters()).hasSize(11);
    }

    @Test
    void aParameterNamedTheOtherWayRoundOrAmongOtherConstraintsIsReadToo() throws Exception {
        RulesFolder rules = shipped().replace(TROJAN, "Parameter(name == \"remediationDays\", $days : intValue)",
                "$p : Parameter( $days : intValue, \"remediationDays\" == name )");

        assertThat(RuleBase.compile(rules.root()).warnings()).isEmpty();
    }

    @Test
    void nearMissAMisspeltNameInACommentOrAnExplanationIsNoRead() throws Exception {
        RulesFolder rules = shipped().replace(TROJAN, "Parameter(name == \"remediationDays\", $days : intValue)",
                "Parameter(name == \"remediationDays\", $days : intValue) // not Parameter(name == "
                        + "\"remediationDay\")");

        assertThat(RuleBase.compile(rules.root()).warnings()).isEmpty();
    }

    @Test
    void nearMissWhileTheParameterTableDoesNotCompileNoRuleIsSaidToReadAnUnsetParameter() throws Exception {
        RulesFolder rules = shipped().setCell(PARAMETERS, "Parameters", "C7", "insert(p.valu(\"$param\"));");

        assertThat(problems(rules)).isNotEmpty().noneMatch(p -> p.contains("reads parameter"))
                .allMatch(p -> p.startsWith(rules.file(PARAMETERS).toString()));
    }

    @Test
    void aParameterNoRuleReadsIsAWarningAtItsNameAndTheRulesStillRun() throws Exception {
        RulesFolder rules = shipped().setCell(PARAMETERS, "Parameters", "B20", "graceDays")
                .setCell(PARAMETERS, "Parameters", "C20", "15");

        RuleBase compiled = RuleBase.compile(rules.root());

        assertThat(compiled.warnings()).map(RuleProblem::toString).containsExactly(
                rules.file(RulesFolder.LABELS) + " › Bases: warning: rule ID PARAM:graceDays has no zh-CN basis: a"
                        + " report in zh-CN cites its own @basis",
                rules.file(PARAMETERS) + " › Parameters › B20: warning: parameter 'graceDays' is read by no rule");
        assertThat(compiled.parameters()).containsKey("graceDays");
    }

    @Test
    void aColumnTheParameterTableDoesNotHaveIsRefusedAtItsLabel() throws Exception {
        // A DESCRIPTION column Drools would accept and ignore.
        RulesFolder rules = shipped().setCell(PARAMETERS, "Parameters", "F5", "DESCRIPTION")
                .setCell(PARAMETERS, "Parameters", "F8", "Unit").setCell(PARAMETERS, "Parameters", "F9", "months");

        assertThat(problems(rules)).containsExactly(rules.file(PARAMETERS) + " › Parameters › F8: unknown column"
                + " \"Unit\" in the parameter table: its columns are Parameter, Value, Meaning, Basis");
    }

    @Test
    void aRenamedColumnIsUnknownWithTheNameItWasLikelyMeantToHave() throws Exception {
        RulesFolder rules = shipped().setCell(PARAMETERS, "Parameters", "D8", "Meanings");

        assertThat(problems(rules)).containsExactly(rules.file(PARAMETERS) + " › Parameters › D8: unknown column"
                + " \"Meanings\" in the parameter table: its columns are Parameter, Value, Meaning, Basis"
                + " (did you mean 'Meaning'?)");
    }

    @Test
    void aColumnWithAKeywordAndNoLabelIsRefusedAtItsKeyword() throws Exception {
        RulesFolder rules = shipped().setCell(PARAMETERS, "Parameters", "F5", "DESCRIPTION");

        assertThat(problems(rules)).containsExactly(rules.file(PARAMETERS) + " › Parameters › F5: a column without"
                + " a label in the parameter table: its columns are Parameter, Value, Meaning, Basis");
    }

    @Test
    void readsFindsEachNameWithTheLineAndColumnOfItsString() {
        String drl = """
                rule "A"
                when
                    Parameter(name == "one", $v : intValue)
                    io.miningaudit.facts.Parameter("two"==name)
                    // Parameter(name == "commented")
                    Thing(label == "Parameter(name == \\"quoted\\")")
                then
                    Parameter.named("made");
                end
                rule "B"
                when
                    $p : Parameter(flag == true, name == "three")
                then
                end
                """;

        assertThat(ParameterUse.reads(drl, Path.of("x.drl")))
                .extracting(ParameterUse.Read::name, ParameterUse.Read::line, ParameterUse.Read::column,
                        ParameterUse.Read::rule)
                .containsExactly(
                        tuple("one", 3, 23, "A"),
                        tuple("two", 4, 36, "A"),
                        tuple("three", 12, 42, "B"));
    }
}

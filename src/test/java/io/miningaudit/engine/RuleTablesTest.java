package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.miningaudit.fixtures.RulesFolder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameter and schedule spreadsheets: an analyst's edit that breaks them is refused, row by row. */
class RuleTablesTest {
    private static final String PARAMETERS = "parameters/Parameters.drl.xlsx";
    private static final String SCHEDULE = "surcharges/Schedule.drl.xlsx";

    @TempDir
    Path dir;

    private List<String> problems(RulesFolder rules) {
        RulesException e = catchThrowableOfType(RulesException.class, () -> RuleBase.compile(rules.root()));
        assertThat(e).as("the rules compiled").isNotNull();
        return e.problems().stream().map(RuleProblem::toString).toList();
    }

    @Test
    void twoOverlappingRowsOfOneJurisdictionAreAnErrorNamingBothRows() throws Exception {
        // Row 13 (SICHUAN-2022-186) becomes a Shanxi row that overlaps row 14 (SHANXI-2022).
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .setCell(SCHEDULE, "Schedule", "C13", "Shanxi");
        String file = rules.file(SCHEDULE).toString();

        assertThat(problems(rules)).containsExactly(file + " › Schedule › row 14: schedule row SHANXI-2022"
                + " (2022-05-10 to open) overlaps row SICHUAN-2022-186 (2022-04-15 to 2027-04-14) at " + file
                + " › Schedule › row 13: two rows of Shanxi may not overlap");
    }

    @Test
    void nearMissRowsOfOneJurisdictionThatMeetWithoutOverlapAreFine() throws Exception {
        // SICHUAN-2022-186 ends 2027-04-14; a Sichuan row from 2027-04-15 follows it.
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .setCell(SCHEDULE, "Schedule", "C14", "Sichuan").setCell(SCHEDULE, "Schedule", "D14", "2027-04-15");

        assertThat(RuleBase.compile(rules.root()).schedule()).hasSize(6);
    }

    @Test
    void everyBadCellOfTheTablesIsReportedAtOnceByItsCell() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .setCell(SCHEDULE, "Schedule", "D11", "2022-13-01")
                .setCell(SCHEDULE, "Schedule", "F12", "0,50")
                .setCell(SCHEDULE, "Schedule", "C10", "Hainan Island")
                .setCell(PARAMETERS, "Parameters", "C9", "three");
        String schedule = rules.file(SCHEDULE).toString();

        assertThat(problems(rules)).containsExactly(
                rules.file(PARAMETERS) + " › Parameters › C9: parameter 'presumedDurationMonths': \"three\" is not"
                        + " a whole number",
                schedule + " › Schedule › C10: jurisdiction \"Hainan Island\" is neither NATIONAL nor a province"
                        + " ([Beijing, Tianjin, Hebei, Shanxi, InnerMongolia, Liaoning, Jilin, Heilongjiang, Shanghai,"
                        + " Jiangsu, Zhejiang, Anhui, Fujian, Jiangxi, Shandong, Henan, Hubei, Hunan, Guangdong, "
                                + "Guangxi,"
                        + " Hainan, Chongqing, Sichuan, Guizhou, Yunnan, Tibet, Shaanxi, Gansu, Qinghai, Ningxia,"
                        + " Xinjiang])",
                schedule + " › Schedule › D11: from \"2022-13-01\" is not a date (YYYY-MM-DD)",
                schedule + " › Schedule › F12: rateCnyPerKwh \"0,50\" is not a decimal number");
    }

    @Test
    void aMissingParameterValueIsReportedAtItsRowAndAsNotSet() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules")).setCell(PARAMETERS, "Parameters", "C11",
                null);

        assertThat(problems(rules)).containsExactly(
                rules.root() + ": parameter 'remediationDays' is not set (days after the inspection by which a"
                        + " trojan-infected unit must be cleaned): add a row for it to the parameter table",
                rules.file(PARAMETERS) + " › Parameters › row 11: this row inserts nothing: a required cell (the last"
                        + " one) is empty");
    }

    @Test
    void aTypoInASnippetCellIsReportedForEveryRowItBreaks() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .setCell(PARAMETERS, "Parameters", "C7", "insert(p.valu(\"$param\"));");
        String file = rules.file(PARAMETERS).toString();

        assertThat(problems(rules)).hasSize(11).first().isEqualTo(file + " › Parameters › row 9 (cells from B9): Rule"
                + " Compilation error The method valu(String) is undefined for the type Parameter.Named");
    }

    @Test
    void aParameterSetTwiceIsAnError() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .setCell(PARAMETERS, "Parameters", "B10", "presumedDurationMonths")
                .setCell(PARAMETERS, "Parameters", "C10", "3");
        String file = rules.file(PARAMETERS).toString();

        assertThat(problems(rules)).contains(file + " › Parameters › row 10: parameter 'presumedDurationMonths' is"
                + " set twice (also at " + file + " › Parameters › row 9)");
    }

    @Test
    void changingARateInTheScheduleChangesTheNextAudit() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .setCell(SCHEDULE, "Schedule", "F10", "1.20");

        assertThat(RuleBase.compile(rules.root()).schedule()).filteredOn(r -> r.getId().equals("HAINAN-2021"))
                .singleElement().satisfies(r -> assertThat(r.getRateCnyPerKwh()).isEqualByComparingTo("1.20"));
    }

    @Test
    void columnLettersFollowTheSpreadsheet() {
        assertThat(List.of(0, 1, 25, 26, 27, 51, 52, 701, 702)).map(TableLayout::column)
                .containsExactly("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA");
    }

    @Test
    void aScheduleRowIdUsedTwiceIsAnErrorNamingBothRows() throws Exception {
        // Row 14 (SHANXI-2022) takes the id of row 13.
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .setCell(SCHEDULE, "Schedule", "B14", "SICHUAN-2022-186");

        String file = rules.file(SCHEDULE).toString();

        assertThat(problems(rules)).containsExactly(file + " › Schedule › row 14: schedule row id 'SICHUAN-2022-186'"
                + " is used twice (also at " + file + " › Schedule › row 13)");
    }

    @Test
    void everyKindOfParameterValueIsCheckedByItsCellAlsoOneARuleConditionReads() throws Exception {
        // C12 is read by a condition ('flag == true') as the tables run: it is reported, not thrown.
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .setCell(PARAMETERS, "Parameters", "C10", "2021-02-30")
                .setCell(PARAMETERS, "Parameters", "C11", "-5")
                .setCell(PARAMETERS, "Parameters", "C12", "maybe")
                .setCell(PARAMETERS, "Parameters", "C13", "two");

        String file = rules.file(PARAMETERS) + " › Parameters › ";

        assertThat(problems(rules)).containsExactly(
                file + "C10: parameter 'newProjectCutoff': \"2021-02-30\" is not a date (YYYY-MM-DD)",
                file + "C11: parameter 'remediationDays': must not be negative",
                file + "C12: parameter 'passiveCasesPaySurcharge': \"maybe\" is not true or false",
                file + "C13: parameter 'penaltyMultiple': \"two\" is not a decimal number");
    }

    @Test
    void aRulesFolderWithNoRuleFilesIsRefused() throws Exception {
        Path empty = java.nio.file.Files.createDirectories(dir.resolve("empty"));

        RulesException e = catchThrowableOfType(RulesException.class, () -> RuleBase.compile(empty));
        assertThat(e.getMessage()).isEqualTo("1 error in the rules");
        assertThat(e.problems()).map(RuleProblem::toString)
                .containsExactly(empty + ": holds no rule files (*.drl, *.drl.xlsx, *.drl.xls, *.drl.csv)");
    }
}

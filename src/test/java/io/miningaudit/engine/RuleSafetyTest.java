package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.miningaudit.fixtures.RulesFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules are code: a rule that reaches beyond the fact model and the allowed libraries is refused, with exit 4. */
class RuleSafetyTest {
    @TempDir
    Path dir;

    /** A rule file whose import line and consequence the test chooses. */
    private Path ruleFile(RulesFolder rules, String imports, String consequence) throws Exception {
        Path file = rules.file("extra/unsafe.drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package rules.extra;

                import io.miningaudit.facts.*;
                %s

                rule "An analyst's rule"
                    @ruleId("X-1")
                    @basis("test")
                when
                    $case : Inspection(deliberate)
                then
                    %s
                end
                """.formatted(imports, consequence));
        return file;
    }

    private List<RuleProblem> problems(RulesFolder rules) {
        RulesException e = catchThrowableOfType(RulesException.class, () -> RuleBase.compile(rules.root()));
        assertThat(e).as("the rules compiled").isNotNull();
        return e.problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            System.exit                  |                                        | System.exit(1);                                               | 12:5  | System
            a file opened                |                                        | new java.io.FileReader("/etc/passwd");                        | 12:9  | java.io.FileReader
            java.nio imported            | import java.nio.file.Files;            | Files.readAllBytes(null);                                     | 4:8   | import java.nio.file.Files
            the network                  |                                        | new java.net.URL("http://example.invalid").openStream();      | 12:9  | java.net.URL
            a thread                     |                                        | new Thread(() -> {}).start();                                 | 12:9  | Thread
            a process                    |                                        | new ProcessBuilder("sh").start();                             | 12:9  | ProcessBuilder
            the runtime                  |                                        | Runtime.getRuntime().halt(0);                                 | 12:5  | Runtime
            reflection                   |                                        | $case.getClass().getDeclaredMethods();                        | 12:5  | getClass
            java.lang.reflect imported   | import java.lang.reflect.Method;       | Method m = null;                                              | 4:8   | import java.lang.reflect.Method
            an executor                  | import java.util.concurrent.Executors; | Executors.newSingleThreadExecutor();                          | 4:8   | import java.util.concurrent.Executors
            the engine itself            |                                        | kcontext.getKieRuntime().halt();                              | 12:5  | getKieRuntime
            """)
    void aForbiddenConstructIsRefusedWithItsFileLineAndColumn(String construct, String imports, String consequence,
                                                               String at, String what) throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"));
        Path file = ruleFile(rules, imports == null ? "" : imports, consequence);

        assertThat(problems(rules)).map(RuleProblem::toString)
                .contains(file + ":" + at + ": forbidden: " + what + " (" + RuleSafety.ALLOWED + ")");
    }

    @Test
    void nearMissAllowedLibrariesAndForbiddenWordsInStringsAndCommentsPass() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"));
        ruleFile(rules, "import java.time.LocalDate;\nimport java.math.BigDecimal;\nimport java.util.List;\n"
                        + "import io.miningaudit.engine.functions.*;",
                "// System.exit(0) would be refused\n    String s = \"System.exit(0); java.io.File\";\n"
                        + "    LocalDate d = LocalDate.now(); BigDecimal b = BigDecimal.ONE; List<String> l = "
                                + "List.of(s);");

        assertThat(RuleBase.compile(rules.root()).rules()).anyMatch(r -> r.ruleId().equals("X-1"));
    }

    @Test
    void anUnsafeSnippetInADecisionTableIsRefusedBeforeAnyRowRuns() throws Exception {
        // Were the row run, the test JVM would exit.
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .setCell("parameters/Parameters.drl.xlsx", "Parameters", "C7", "System.exit(3); "
                        + "insert(p.value(\"$param\"));");

        assertThat(problems(rules)).map(RuleProblem::toString).contains(rules.file("parameters/Parameters.drl.xlsx")
                + " › Parameters › row 9 (cells from B9): forbidden: System (" + RuleSafety.ALLOWED + ")");
    }

    @Test
    void aRuleWithoutARuleIdOrBasisIsAnError() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .replace("energylaw/equipment.drl", "    @ruleId(\"ECL-EQUIPMENT\")\n", "");

        assertThat(problems(rules)).map(RuleProblem::toString).containsExactly(rules.file("energylaw/equipment.drl")
                + " › rule ECL-EQUIPMENT Confiscate mining equipment: the rule has no @ruleId: every rule names its"
                + " rule ID and legal basis");
    }

    @Test
    void aGapInAJurisdictionsScheduleIsAWarning() throws Exception {
        // A second Sichuan row from 2027-05-01 leaves 15 April to 30 April 2027 without a Sichuan rate.
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .setCell("surcharges/Schedule.drl.xlsx", "Schedule", "C14", "Sichuan")
                .setCell("surcharges/Schedule.drl.xlsx", "Schedule", "D14", "2027-05-01");

        RuleBase compiled = RuleBase.compile(rules.root());

        assertThat(compiled.warnings()).map(RuleProblem::toString).containsExactly(
                rules.file("surcharges/Schedule.drl.xlsx") + " › Schedule › row 14: warning: gap in the Sichuan"
                        + " schedule: row SICHUAN-2022-186 ends 2027-04-14 and row SHANXI-2022 starts 2027-05-01; the"
                        + " days between pay no Sichuan surcharge");
    }
}

package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.miningaudit.facts.SurchargeRate;
import io.miningaudit.fixtures.RulesFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiled rule files kept on disk: reused while a file is unchanged, never after it changed. */
class RuleCacheTest {
    private static final String SCHEDULE = "surcharges/Schedule.drl.xlsx";
    private static final String EQUIPMENT = "energylaw/equipment.drl";

    @TempDir
    Path dir;

    private RuleCache cache() {
        return RuleCache.at(dir.resolve("cache"));
    }

    private long entries() throws Exception {
        try (Stream<Path> list = Files.list(dir.resolve("cache"))) {
            return list.filter(p -> p.toString().endsWith(".jar")).count();
        }
    }

    @Test
    void anotherVersionOfTheAllowListFindsNoEntryCheckedAgainstAnOlderOne() {
        byte[] content = "rule \"R\" when then end".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(RuleCache.key("x.drl", content)).isEqualTo(RuleCache.key("x.drl", content, RuleBytecode.VERSION))
                .isNotEqualTo(RuleCache.key("x.drl", content, RuleBytecode.VERSION + 1));
    }

    @Test
    void aSecondCompileOfUnchangedFilesCompilesNothing() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"));

        RuleBase first = RuleBase.compile(rules.root(), cache());
        RuleBase second = RuleBase.compile(rules.root(), cache());

        assertThat(first.recompiled()).hasSize(12);
        assertThat(entries()).isEqualTo(12);
        assertThat(second.recompiled()).isEmpty();
        assertThat(second.rules()).isEqualTo(first.rules()).isNotEmpty();
        assertThat(second.parameters()).isEqualTo(first.parameters()).isNotEmpty();
    }

    @Test
    void anEditedTableIsCompiledAgainAndItsNewRateIsTheOneUsed() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"));
        RuleBase.compile(rules.root(), cache());

        rules.setCell(SCHEDULE, "Schedule", "F10", "1.20");
        RuleBase edited = RuleBase.compile(rules.root(), cache());

        assertThat(edited.recompiled()).containsExactly(SCHEDULE);
        assertThat(edited.schedule()).filteredOn(r -> r.getId().equals("HAINAN-2021"))
                .map(SurchargeRate::getRateCnyPerKwh)
                .singleElement().satisfies(rate -> assertThat(rate).isEqualByComparingTo("1.20"));
    }

    @Test
    void anEditedRuleRunsAsEditedAndTheEditUndoneFindsTheFirstEntryAgain() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"));
        Path file = rules.file(EQUIPMENT);
        String original = Files.readString(file);
        RuleBase.compile(rules.root(), cache());

        Files.writeString(file,
                original.replace("@basis(\"Energy Conservation Law;", "@basis(\"Energy Conservation Law (edited);"));
        RuleBase edited = RuleBase.compile(rules.root(), cache());
        Files.writeString(file, original);
        RuleBase undone = RuleBase.compile(rules.root(), cache());

        assertThat(edited.recompiled()).containsExactly(EQUIPMENT);
        assertThat(basisOfEquipment(edited)).startsWith("Energy Conservation Law (edited);");
        assertThat(undone.recompiled()).isEmpty();
        assertThat(basisOfEquipment(undone)).startsWith("Energy Conservation Law;");
    }

    @Test
    void aFileMovedToAnotherPathIsCompiledAgainAndNamedByItsNewPath() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"));
        RuleBase.compile(rules.root(), cache());

        Files.createDirectories(rules.file("energy"));
        Files.move(rules.file(EQUIPMENT), rules.file("energy/equipment.drl"));
        RuleBase moved = RuleBase.compile(rules.root(), cache());

        assertThat(moved.recompiled()).containsExactly("energy/equipment.drl");
        assertThat(moved.rules()).filteredOn(r -> r.ruleId().equals("ECL-EQUIPMENT")).singleElement()
                .satisfies(r -> assertThat(r.source()).isEqualTo(rules.file("energy/equipment.drl").toString()));
    }

    @Test
    void aDamagedEntryIsCompiledAgainAndReplaced() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"));
        RuleBase.compile(rules.root(), cache());
        String key = RuleCache.key(EQUIPMENT, Files.readAllBytes(rules.file(EQUIPMENT)));
        Files.write(dir.resolve("cache").resolve(key + ".jar"), new byte[] {'P', 'K', 3, 4, 0, 0});

        RuleBase again = RuleBase.compile(rules.root(), cache());

        assertThat(again.recompiled()).containsExactly(EQUIPMENT);
        assertThat(again.rules()).extracting(RuleInfo::ruleId).contains("ECL-EQUIPMENT");
        assertThat(RuleBase.compile(rules.root(), cache()).recompiled()).isEmpty();
    }

    @Test
    void aFileThatDoesNotCompileIsNeverKept() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"));
        Files.writeString(rules.file(EQUIPMENT), Files.readString(rules.file(EQUIPMENT)).replace("$machines.size()",
                "$machines.sizee()"));

        catchThrowableOfType(RulesException.class, () -> RuleBase.compile(rules.root(), cache()));
        RulesException again = catchThrowableOfType(RulesException.class, () -> RuleBase.compile(rules.root(),
                cache()));

        assertThat(again).isNotNull();
        assertThat(entries()).isEqualTo(11);
    }

    @Test
    void aBrokenRuleFileHidesNoProblemOfTheTables() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .setCell("parameters/Parameters.drl.xlsx", "Parameters", "C9", "three")
                .setCell(SCHEDULE, "Schedule", "D11", "2022-13-01");
        Files.writeString(rules.file(EQUIPMENT), Files.readString(rules.file(EQUIPMENT)).replace("then", "then then"));

        RulesException e = catchThrowableOfType(RulesException.class, () -> RuleBase.compile(rules.root(), cache()));

        List<String> problems = e.problems().stream().map(RuleProblem::toString).toList();
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith(rules.file(EQUIPMENT) + ":");
        assertThat(problems.subList(1, 3)).containsExactly(
                rules.file("parameters/Parameters.drl.xlsx") + " › Parameters › C9: parameter 'presumedDurationMonths':"
                        + " \"three\" is not a whole number",
                rules.file(SCHEDULE) + " › Schedule › D11: from \"2022-13-01\" is not a date (YYYY-MM-DD)");
    }

    private static String basisOfEquipment(RuleBase rules) {
        return rules.rules().stream().filter(r -> r.ruleId().equals("ECL-EQUIPMENT")).findFirst().orElseThrow().basis();
    }
}

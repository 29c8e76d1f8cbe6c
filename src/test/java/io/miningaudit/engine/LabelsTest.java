package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.engine.functions.Exact;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.Explanation;
import io.miningaudit.facts.Phrase;
import io.miningaudit.facts.TariffCategory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The labels workbook: how values show in each language, and what validate refuses of it. */
class LabelsTest {
    private static final Map<Language, String> YES = Map.of(Language.EN, "yes", Language.ZH_CN, "是");

    private static Labels labels() {
        return Labels.of(Map.of("TRUE", YES, "RESIDENTIAL", Map.of(Language.EN, "residential", Language.ZH_CN,
                        "居民生活用电")),
                Map.of("Findings", Map.of(Language.EN, "Findings", Language.ZH_CN, "全部结论")),
                Map.of("R-1/BACK_PAYMENT", Map.of(Language.EN, "Account {account} ({category}) pays {amount} CNY"
                                + " ({rates}) since {since}; public: {public}",
                        Language.ZH_CN, "用电户{account}（{category}）补交{amount}元（{rates}），自{since}起；公职：{public}")),
                Map.of(Phrase.PRESUMED_DAY, Map.of(Language.EN, "{day} (presumed)", Language.ZH_CN, "{day}（推定）"),
                        Phrase.RATE_USED, Map.of(Language.EN, "{rate} from {from}", Language.ZH_CN, "自{from}起{rate}"),
                        Phrase.STEP, Map.of(Language.EN, "{ratio} from {on}", Language.ZH_CN, "自{on}起{ratio}倍"),
                        Phrase.NO_STEP, Map.of(Language.EN, "none measurable", Language.ZH_CN, "无法计算")),
                Map.of("R-1", Map.of(Language.ZH_CN, "《供电营业规则》第一百条")));
    }

    private static String show(Object value) {
        return labels().show(value, Language.EN);
    }

    @Test
    void decimalsArePlainAndExactValuesShowAsKwhToThreeDecimals() {
        assertThat(show(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(show(new BigDecimal("1234.50"))).isEqualTo("1234.50");
        assertThat(show(new BigDecimal("0.0000001"))).isEqualTo("0.0000001");
        assertThat(show(Exact.of(100).dividedBy(3))).isEqualTo("33.333");
    }

    @Test
    void collectionsAreSortedNaturallyAfterTheirElementsAreShown() {
        assertThat(show(List.of("I-10", "I-2", "I-1"))).isEqualTo("I-1, I-2, I-10");
        assertThat(show(new LinkedHashSet<>(List.of("E-10", "E-9")))).isEqualTo("E-9, E-10");
        assertThat(show(Set.of("only"))).isEqualTo("only");
        assertThat(show(List.of())).isEqualTo("");
        // 1E+1 shows as "10", and "10" sorts after "9".
        assertThat(show(List.of(new BigDecimal("1E+1"), new BigDecimal("9")))).isEqualTo("9, 10");
        assertThat(labels().show(List.of("I-2", "I-1"), Language.ZH_CN)).isEqualTo("I-1、I-2");
    }

    @Test
    void datesAreIsoCodesAreCodesInEnglishAndLabelsInChineseAndYesIsLabelledInBoth() {
        assertThat(show(LocalDate.of(2021, 10, 1))).isEqualTo("2021-10-01");
        assertThat(show(TariffCategory.RESIDENTIAL)).isEqualTo("RESIDENTIAL");
        assertThat(labels().show(TariffCategory.RESIDENTIAL, Language.ZH_CN)).isEqualTo("居民生活用电");
        assertThat(show(true)).isEqualTo("yes");
        assertThat(labels().show(true, Language.ZH_CN)).isEqualTo("是");
        // A code without a label shows as the code, in any language.
        assertThat(labels().show(EntityKind.INDIVIDUAL, Language.ZH_CN)).isEqualTo("INDIVIDUAL");
        assertThat(show(null)).isEqualTo("null");
        assertThat(show(2)).isEqualTo("2");
    }

    @Test
    void anExplanationIsItsTemplateWithItsFieldsAndPhrasesKeepTheirOrder() {
        Explanation e = new Explanation("R-1/BACK_PAYMENT", List.of("account", "category", "amount", "rates", "since",
                "public"), java.util.Arrays.asList("A-1", TariffCategory.RESIDENTIAL, new BigDecimal("12.30"),
                List.of(Phrase.of(Phrase.RATE_USED, "rate", new BigDecimal("0.9"), "from", LocalDate.of(2021, 1, 1)),
                        Phrase.of(Phrase.RATE_USED, "rate", new BigDecimal("0.8"), "from", LocalDate.of(2020, 1, 1))),
                Phrase.of(Phrase.PRESUMED_DAY, "day", LocalDate.of(2021, 9, 24)), false));
        assertThat(labels().render(e, Language.EN)).isEqualTo("Account A-1 (RESIDENTIAL) pays 12.30 CNY"
                + " (0.9 from 2021-01-01; 0.8 from 2020-01-01) since 2021-09-24 (presumed); public: FALSE");
        assertThat(labels().render(e, Language.ZH_CN)).isEqualTo("用电户A-1（居民生活用电）补交12.30元"
                + "（自2021-01-01起0.9; 自2020-01-01起0.8），自2021-09-24（推定）起；公职：FALSE");
    }

    @Test
    void theBasisInEnglishIsTheRulesOwnAndInChineseTheLabelledOne() {
        assertThat(labels().basis("R-1", "Supply rules art. 100", Language.EN)).isEqualTo("Supply rules art. 100");
        assertThat(labels().basis("R-1", "Supply rules art. 100", Language.ZH_CN)).isEqualTo("《供电营业规则》第一百条");
        assertThat(labels().basis("R-2", "own", Language.ZH_CN)).isEqualTo("own");
        assertThat(labels().text("Findings", Language.ZH_CN)).isEqualTo("全部结论");
        assertThat(labels().text("Unlabelled", Language.ZH_CN)).isEqualTo("Unlabelled");
    }

    // ---- the shipped workbook and what validate refuses ----

    private static final Path SHIPPED = Path.of("rules");

    @Test
    void theShippedLabelsLabelEveryCodeAndExplainEveryFindingOfTheShippedRules() throws Exception {
        List<RuleProblem> problems = new ArrayList<>();
        Labels shipped = Labels.read(SHIPPED, problems);
        assertThat(problems).isEmpty();
        List<Labels.ExplainingRule> rules = Explaining.rules(RuleFiles.find(SHIPPED, new ArrayList<>()), problems);
        assertThat(rules).hasSize(18);
        assertThat(shipped.check(rules, List.of("NDRC-1283-6", "SUPPLY-RULES-100"))).isEmpty();
        assertThat(shipped.label(io.miningaudit.facts.Measure.PUNITIVE_SURCHARGE, Language.ZH_CN))
                .isEqualTo("惩罚性电价加价");
    }

    @Test
    void aTemplateNamingAFieldItsRuleDoesNotGiveIsRefusedAtItsCell() {
        List<Labels.ExplainingRule> rules = List.of(new Labels.ExplainingRule("R-1 Back-payment", "R-1/BACK_PAYMENT",
                new LinkedHashSet<>(List.of("account", "category", "amount", "rates", "since")), "x.drl:7"));
        List<RuleProblem> problems = labels().check(rules, List.of());
        assertThat(problems).extracting(RuleProblem::toString).contains(
                "R-1/BACK_PAYMENT: the en template of R-1/BACK_PAYMENT names field {public}, which rule \"R-1"
                        + " Back-payment\" does not give; it gives {account}, {category}, {amount}, {rates}, {since}",
                "R-1/BACK_PAYMENT: the zh-CN template of R-1/BACK_PAYMENT names field {public}, which rule \"R-1"
                        + " Back-payment\" does not give; it gives {account}, {category}, {amount}, {rates}, {since}");
    }

    @Test
    void nearMissATemplateNamingOnlyGivenFieldsPassesAndARuleWithoutATemplateIsRefusedAtTheRule() {
        List<Labels.ExplainingRule> rules = List.of(new Labels.ExplainingRule("R-1 Back-payment", "R-1/BACK_PAYMENT",
                Set.of("account", "category", "amount", "rates", "since", "public"), "x.drl:7"),
                new Labels.ExplainingRule("R-2 Other", "R-2/SHUTDOWN_ORDER", Set.of(), "x.drl:20"));
        List<String> problems = labels().check(rules, List.of("R-1")).stream()
                .filter(p -> p.level() == RuleProblem.Level.ERROR && !p.message().startsWith("code "))
                .map(RuleProblem::toString).toList();
        assertThat(problems).containsExactly("x.drl:20: rule \"R-2 Other\" builds findings, but labels › Explanations"
                + " has no template for R-2/SHUTDOWN_ORDER");
    }

    @Test
    void aCodeOrALanguageWithoutALabelIsRefused() {
        List<String> problems = labels().check(List.of(), List.of("R-9")).stream().map(RuleProblem::toString)
                .toList();
        assertThat(problems).contains("labels › Codes: code FALSE has no en label",
                "labels › Codes: code STATE_OWNED_ENTERPRISE has no zh-CN label",
                "labels › Bases: warning: rule ID R-9 has no zh-CN basis: a report in zh-CN cites its own @basis");
        assertThat(problems).noneMatch(p -> p.contains("code TRUE") || p.contains("code RESIDENTIAL"));
    }

    @Test
    void theFieldsOfADrlRulesFindingsAreReadFromItsText() {
        String drl = """
                rule "R-1 Two findings"
                    @ruleId("R-1")
                then
                    // .field("commented", 1)
                    insertLogical(Findings.of(kcontext, Measure.BACK_PAYMENT).account($a)
                        .field("account", $a.getId()).field( "amount" , $x).build());
                    insertLogical(Findings.of(kcontext, Measure.LIQUIDATED_PENALTY).account($a)
                        .field("penalty", $p).build());
                end
                rule "R-2 None"
                    @ruleId("R-2")
                then
                    insert(new Object());
                end
                """;
        assertThat(Explaining.of(drl, "f.drl")).containsExactly(
                new Labels.ExplainingRule("R-1 Two findings", "R-1/BACK_PAYMENT", Set.of("account", "amount"),
                        "f.drl:5"),
                new Labels.ExplainingRule("R-1 Two findings", "R-1/LIQUIDATED_PENALTY", Set.of("penalty"), "f.drl:7"));
    }

    @Test
    void aRulesFolderWithoutALabelsWorkbookIsRefusedAtThePathItLooksFor(@org.junit.jupiter.api.io.TempDir Path dir) {
        List<RuleProblem> problems = new ArrayList<>();
        assertThat(Labels.read(dir, problems)).isNull();
        assertThat(problems).extracting(RuleProblem::toString).containsExactly(dir.resolve(Labels.FILE)
                + ": no labels workbook: the report's words and each finding's explanation template are read from it");
    }

    @Test
    void aCodeLabelledTwiceAndALanguageColumnMissingAreRefusedAtTheirCells(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        io.miningaudit.fixtures.RulesFolder rules = io.miningaudit.fixtures.RulesFolder.copyOfShipped(
                dir.resolve("rules"));
        rules.setCell(io.miningaudit.fixtures.RulesFolder.LABELS, "Codes", "A3", "STATE_OWNED_ENTERPRISE")
                .setCell(io.miningaudit.fixtures.RulesFolder.LABELS, "Phrases", "C1", "fr");
        List<RuleProblem> problems = new ArrayList<>();
        Labels.read(rules.root(), problems);
        String file = rules.file(io.miningaudit.fixtures.RulesFolder.LABELS).toString();
        assertThat(problems).extracting(RuleProblem::toString).containsExactly(
                file + " › Codes › A3: \"STATE_OWNED_ENTERPRISE\" is labelled twice",
                file + " › Phrases › A1: no column for language zh-CN: every language of en, zh-CN needs one");
    }

    @Test
    void theCellsTheCacheKeepsReadBackAsTheyWereTabsNewlinesAndBackslashesIncluded() {
        Map<String, Map<Integer, Map<Integer, String>>> grids = new java.util.LinkedHashMap<>();
        for (String sheet : List.of("Codes", "Texts", "Explanations", "Phrases", "Bases")) {
            grids.put(sheet, new java.util.TreeMap<>());
        }
        grids.get("Texts").put(0, new java.util.TreeMap<>(Map.of(0, "en", 1, "zh-CN")));
        grids.get("Texts").put(3, new java.util.TreeMap<>(Map.of(0, "a\tb\nc\\d\\t", 1, "汇总")));
        assertThat(Labels.cells(Labels.text(grids))).isEqualTo(grids);
        assertThat(Labels.cells("labels 1\nTexts\tx\t0\tv\n")).as("a damaged entry").isNull();
        assertThat(Labels.cells("something else\n")).isNull();
    }

    @Test
    void aSecondReadTakesTheCellsFromTheCacheAndADamagedEntryIsReadAgain(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        RuleCache cache = RuleCache.at(dir.resolve("cache"));
        List<RuleProblem> problems = new ArrayList<>();
        Labels first = Labels.read(SHIPPED, cache, problems);
        List<Path> entries;
        try (var list = java.nio.file.Files.list(dir.resolve("cache"))) {
            entries = list.filter(p -> p.toString().endsWith(Labels.CACHED)).toList();
        }
        assertThat(entries).hasSize(1);
        Labels second = Labels.read(SHIPPED, cache, problems);
        assertThat(second.text("Findings", Language.ZH_CN)).isEqualTo(first.text("Findings", Language.ZH_CN))
                .isEqualTo("全部结论");
        java.nio.file.Files.writeString(entries.get(0), "damaged");
        assertThat(Labels.read(SHIPPED, cache, problems).label(io.miningaudit.facts.Measure.BACK_PAYMENT,
                Language.ZH_CN)).isEqualTo("补交电费差价");
        assertThat(problems).isEmpty();
    }
}

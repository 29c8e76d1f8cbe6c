package io.miningaudit.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.SubjectType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

class FindingsTest {

    @Test
    void bigDecimalsArePlain() {
        assertThat(Findings.Text.format("%s CNY", new BigDecimal("1E+3"))).isEqualTo("1000 CNY");
        assertThat(Findings.Text.format("%s", new BigDecimal("1234.50"))).isEqualTo("1234.50");
        assertThat(Findings.Text.format("%s", new BigDecimal("0.0000001"))).isEqualTo("0.0000001");
    }

    @Test
    void exactValuesShowAsKwhToThreeDecimals() {
        assertThat(Findings.Text.format("%s kWh", Exact.of(100).dividedBy(3))).isEqualTo("33.333 kWh");
    }

    @Test
    void collectionsAreSortedNaturallyAndJoinedWithCommas() {
        assertThat(Findings.Text.format("cases %s", List.of("I-10", "I-2", "I-1"))).isEqualTo("cases I-1, I-2, I-10");
        assertThat(Findings.Text.format("%s", new LinkedHashSet<>(List.of("E-10", "E-9")))).isEqualTo("E-9, E-10");
        assertThat(Findings.Text.format("%s", Set.of("only"))).isEqualTo("only");
        assertThat(Findings.Text.format("[%s]", List.of())).isEqualTo("[]");
    }

    @Test
    void collectionElementsAreShownBeforeTheyAreSorted() {
        // 1E+1 shows as "10", and "10" sorts after "9".
        assertThat(Findings.Text.format("%s", List.of(new BigDecimal("1E+1"), new BigDecimal("9"))))
                .isEqualTo("9, 10");
    }

    @Test
    void datesAreIsoAndOtherValuesAsText() {
        assertThat(Findings.Text.format("from %s to %s: %s machines, %s", LocalDate.of(2021, 10, 1),
                LocalDate.of(2021, 12, 14), 2, null))
                .isEqualTo("from 2021-10-01 to 2021-12-14: 2 machines, null");
        assertThat(Findings.Text.format("%s%%", 30)).isEqualTo("30%");
    }

    // The builder, with a rule as Drools would hand it over.
    private static RuleContext context(String name, String ruleId, String basis) {
        Rule rule = mock(Rule.class);
        when(rule.getName()).thenReturn(name);
        when(rule.getMetaData()).thenReturn(Map.of(Findings.RULE_ID, ruleId, Findings.BASIS, basis));
        RuleContext kcontext = mock(RuleContext.class);
        when(kcontext.getRule()).thenReturn(rule);
        return kcontext;
    }

    @Test
    void builderTakesRuleIdAndBasisFromTheRuleAndFormsAStableId() {
        Finding f = Findings.of(context("ENF-TROJAN-REMEDIATION Infected", "ENF-TROJAN-REMEDIATION", "CCDI 2021"),
                        Measure.REMEDIATION_ORDER)
                .entity("E-2").qualifier("I-2")
                .period(LocalDate.of(2021, 11, 10), LocalDate.of(2021, 12, 10))
                .explain("remove it by %s", LocalDate.of(2021, 12, 10))
                .facts(List.of("I-10", "I-2"), "I-2", null, "X-1")
                .build();

        assertThat(f.getId()).isEqualTo("ENF-TROJAN-REMEDIATION/E-2/I-2");
        assertThat(f.getRuleId()).isEqualTo("ENF-TROJAN-REMEDIATION");
        assertThat(f.getRuleName()).isEqualTo("ENF-TROJAN-REMEDIATION Infected");
        assertThat(f.getBasis()).isEqualTo("CCDI 2021");
        assertThat(f.getSubjectType()).isEqualTo(SubjectType.ENTITY);
        assertThat(f.getSubjectId()).isEqualTo("E-2");
        assertThat(f.getEntityId()).isEqualTo("E-2");
        assertThat(f.getExplanation()).isEqualTo("remove it by 2021-12-10");
        // The subject first, then the facts in order, a collection sorted naturally, no duplicates, no nulls.
        assertThat(f.getFacts()).containsExactly("E-2", "I-2", "I-10", "X-1");
        assertThat(f.getAmountCny()).isNull();
        assertThat(f.getPeriodTo()).isEqualTo(LocalDate.of(2021, 12, 10));
    }

    @Test
    void amountsMustAlreadyBeRoundedToCents() {
        Findings f = Findings.of(context("r", "R-1", "b"), Measure.BACK_PAYMENT).entity("E-1");

        assertThat(f.amount(new BigDecimal("12.3")).explain("x").build().getAmountCny())
                .isEqualTo(new BigDecimal("12.30"));
        assertThatThrownBy(() -> f.amount(new BigDecimal("12.345"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aFindingWithoutASubjectIsRefused() {
        assertThatThrownBy(() -> Findings.of(context("Some rule", "R-1", "b"),
                Measure.SHUTDOWN_ORDER).explain("x").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Some rule");
    }
}

package io.miningaudit.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.miningaudit.facts.Explanation;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Phrase;
import io.miningaudit.facts.SubjectType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

class FindingsTest {

    // The builder, with a rule as Drools would hand it over.
    private static RuleContext context(String name, String ruleId, String basis) {
        Rule rule = mock(Rule.class);
        when(rule.getName()).thenReturn(name);
        when(rule.getMetaData()).thenReturn(Map.of(Findings.RULE_ID, ruleId, Findings.BASIS, basis));
        RuleContext kcontext = mock(RuleContext.class);
        when(kcontext.getRule()).thenReturn(rule);
        org.kie.api.runtime.KieRuntime runtime = mock(org.kie.api.runtime.KieRuntime.class);
        org.kie.api.runtime.Environment env = mock(org.kie.api.runtime.Environment.class);
        // The renderer shows the template's key and each field, as the labels' templates would.
        java.util.function.Function<Explanation, String> renderer = e -> e.getKey() + ": " + String.join(", ",
                java.util.stream.IntStream.range(0, e.getFields().size())
                        .mapToObj(i -> e.getFields().get(i) + "=" + e.getValues().get(i)).toList());
        when(env.get(Findings.RENDERER)).thenReturn(renderer);
        when(runtime.getEnvironment()).thenReturn(env);
        when(kcontext.getKieRuntime()).thenReturn(runtime);
        return kcontext;
    }

    @Test
    void builderTakesRuleIdAndBasisFromTheRuleAndFormsAStableId() {
        Finding f = Findings.of(context("ENF-TROJAN-REMEDIATION Infected", "ENF-TROJAN-REMEDIATION", "CCDI 2021"),
                        Measure.REMEDIATION_ORDER)
                .entity("E-2").qualifier("I-2")
                .period(LocalDate.of(2021, 11, 10), LocalDate.of(2021, 12, 10))
                .field("deadline", LocalDate.of(2021, 12, 10))
                .facts(List.of("I-10", "I-2"), "I-2", null, "X-1")
                .build();

        assertThat(f.getId()).isEqualTo("ENF-TROJAN-REMEDIATION/E-2/I-2");
        assertThat(f.getRuleId()).isEqualTo("ENF-TROJAN-REMEDIATION");
        assertThat(f.getRuleName()).isEqualTo("ENF-TROJAN-REMEDIATION Infected");
        assertThat(f.getBasis()).isEqualTo("CCDI 2021");
        assertThat(f.getSubjectType()).isEqualTo(SubjectType.ENTITY);
        assertThat(f.getSubjectId()).isEqualTo("E-2");
        assertThat(f.getEntityId()).isEqualTo("E-2");
        assertThat(f.getExplanation()).isEqualTo("ENF-TROJAN-REMEDIATION/REMEDIATION_ORDER: deadline=2021-12-10");
        assertThat(f.getExplained().getFields()).containsExactly("deadline");
        assertThat(f.getExplained().value("deadline")).isEqualTo(LocalDate.of(2021, 12, 10));
        // The subject first, then the facts in order, a collection sorted naturally, no duplicates, no nulls.
        assertThat(f.getFacts()).containsExactly("E-2", "I-2", "I-10", "X-1");
        assertThat(f.getAmountCny()).isNull();
        assertThat(f.getPeriodTo()).isEqualTo(LocalDate.of(2021, 12, 10));
    }

    @Test
    void amountsMustAlreadyBeRoundedToCents() {
        Findings f = Findings.of(context("r", "R-1", "b"), Measure.BACK_PAYMENT).entity("E-1");

        assertThat(f.amount(new BigDecimal("12.3")).build().getAmountCny())
                .isEqualTo(new BigDecimal("12.30"));
        assertThatThrownBy(() -> f.amount(new BigDecimal("12.345"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aFindingWithoutASubjectIsRefused() {
        assertThatThrownBy(() -> Findings.of(context("Some rule", "R-1", "b"),
                Measure.SHUTDOWN_ORDER).field("x", 1).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Some rule");
    }

    @Test
    void aFindingBuiltInASessionWithoutLabelsIsRefused() {
        RuleContext kcontext = context("Some rule", "R-1", "b");
        when(kcontext.getKieRuntime().getEnvironment().get(Findings.RENDERER)).thenReturn(null);
        assertThatThrownBy(() -> Findings.of(kcontext, Measure.SHUTDOWN_ORDER).entity("E-1").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without the labels");
    }

    @Test
    void everyFindingOfARuleSharesOneListOfFieldNames() {
        Finding a = Findings.of(context("r", "R-1", "b"), Measure.SHUTDOWN_ORDER).entity("E-1").field("x", 1).build();
        Finding b = Findings.of(context("r", "R-1", "b"), Measure.SHUTDOWN_ORDER).entity("E-2").field("x", 2).build();
        assertThat(a.getExplained().getFields()).isSameAs(b.getExplained().getFields());
        assertThat(a.getExplained().getKey()).isEqualTo("R-1/SHUTDOWN_ORDER");
    }

    @Test
    void aPresumedDayIsAPhraseAndAnEstablishedOneADate() {
        LocalDate day = LocalDate.of(2021, 9, 24);
        assertThat(Findings.day(day, false)).isEqualTo(day);
        assertThat(Findings.day(day, true)).isEqualTo(Phrase.of(Phrase.PRESUMED_DAY, "day", day));
    }
}

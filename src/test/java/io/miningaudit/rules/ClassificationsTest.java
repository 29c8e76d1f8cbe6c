package io.miningaudit.rules;

import static io.miningaudit.fixtures.Cases.AS_OF;
import static io.miningaudit.fixtures.Cases.caseFile;
import static io.miningaudit.fixtures.Cases.commercialAccountOf;
import static io.miningaudit.fixtures.Cases.cycle;
import static io.miningaudit.fixtures.Cases.day;
import static io.miningaudit.fixtures.Cases.deliberateCaseAt;
import static io.miningaudit.fixtures.Cases.detectionOf;
import static io.miningaudit.fixtures.Cases.passiveCaseAt;
import static io.miningaudit.fixtures.Cases.privateFirm;
import static io.miningaudit.fixtures.Cases.publicUnit;
import static io.miningaudit.fixtures.Cases.rigOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.engine.RuleBase;
import io.miningaudit.engine.RuleInfo;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.DateRange;
import io.miningaudit.facts.DeliberateMiner;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.EntityDetections;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.facts.MiningAccount;
import io.miningaudit.facts.MiningWindow;
import io.miningaudit.facts.Project;
import io.miningaudit.facts.ProjectAge;
import io.miningaudit.facts.ProjectEnergy;
import io.miningaudit.facts.RemediationDeadline;
import io.miningaudit.facts.SurchargedAccount;
import io.miningaudit.fixtures.ShippedRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * The classifications of {@code rules/terms}, fired alone (with the parameter and schedule tables they read): each
 * derives its fact on its case and not on the near miss, so that a broken classification fails here, by name.
 * Parameter values are read from the compiled rule base, as an analyst may change them.
 */
class ClassificationsTest {
    private static final RuleBase RULES = ShippedRules.ruleBase();
    private final Entity unit = publicUnit("U1");

    /** The facts of type {@code type} that the classifications derive from {@code facts}. */
    private static <T> List<T> derived(CaseFile facts, Class<T> type) {
        Set<String> allowed = RULES.rules().stream()
                .filter(r -> r.source().matches("(.*/)?terms/[^/]+") || r.source().endsWith(".drl.xlsx"))
                .map(RuleInfo::name).collect(Collectors.toSet());
        KieSession session = RULES.newSession();
        try {
            facts.sessionFacts().forEach(session::insert);
            session.fireAllRules(match -> allowed.contains(match.getRule().getName()));
            return session.getObjects(new ClassObjectFilter(type)).stream().map(type::cast).toList();
        } finally {
            session.dispose();
        }
    }

    private static int parameter(String name) {
        return RULES.parameters().get(name).getIntValue();
    }

    private static LocalDate cutoff() {
        return RULES.parameters().get("newProjectCutoff").getDateValue();
    }

    @Test
    void termMiningWindowRunsFromThePresumedStartToTheAsOfDate() {
        Inspection found = deliberateCaseAt(unit, "I1", null).build();

        List<MiningWindow> windows = derived(caseFile().entity(unit).inspection(found).build(), MiningWindow.class);

        assertThat(windows).singleElement().satisfies(w -> {
            assertThat(w.getFirstDay()).isEqualTo(found.getDate().minusMonths(parameter("presumedDurationMonths")));
            assertThat(w.getLastDay()).isEqualTo(AS_OF);
            assertThat(w.isPresumedStart()).isTrue();
            assertThat(w.isDeliberate()).isTrue();
        });
    }

    @Test
    void nearMissAPassiveCaseHasNoWindowWhileItPaysNoSurcharge() {
        assertThat(RULES.parameters().get("passiveCasesPaySurcharge").getFlag()).isFalse();

        assertThat(derived(caseFile().entity(unit).inspection(passiveCaseAt(unit, "I1", "2021-11-01")).build(),
                MiningWindow.class)).isEmpty();
    }

    @Test
    void termNewAndExistingProjectSplitAtTheCutOff() {
        Entity other = privateFirm("F1");
        CaseFile facts = caseFile().entity(unit).entity(other)
                .inspection(deliberateCaseAt(unit, "I1", cutoff().toString()).build())
                .inspection(deliberateCaseAt(other, "I2", cutoff().minusDays(1).toString()).build()).build();

        assertThat(derived(facts, Project.class)).extracting(Project::getInspectionId, Project::getAge)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("I1", ProjectAge.NEW),
                        org.assertj.core.groups.Tuple.tuple("I2", ProjectAge.EXISTING));
    }

    @Test
    void termMiningAccountIsAlsoSurchargedOverItsDeliberateCasesWindow() {
        Inspection found = deliberateCaseAt(unit, "I1", "2021-10-01").build();
        CaseFile facts = caseFile().entity(unit).inspection(found).machine(rigOf(found, "M1", "A1"))
                .account(commercialAccountOf(unit, "A1")).consumption(cycle("A1", "2021-10-01", "2021-10-31", "310"))
                .build();

        List<MiningAccount> mining = derived(facts, MiningAccount.class);
        List<SurchargedAccount> surcharged = derived(facts, SurchargedAccount.class);

        assertThat(mining).singleElement().satisfies(a -> {
            assertThat(a.getAccountId()).isEqualTo("A1");
            assertThat(a.getWindows()).containsExactly(new DateRange(day("2021-10-01"), AS_OF));
            assertThat(a.getInspectionIds()).containsExactly("I1");
            assertThat(a.isConsumedInWindow()).isTrue();
        });
        assertThat(surcharged).singleElement().satisfies(a -> {
            assertThat(a.getWindows()).isEqualTo(mining.get(0).getWindows());
            assertThat(a.getCycles()).hasSize(1);
        });
    }

    @Test
    void nearMissAnAccountOfAPassiveCaseIsNeitherMiningNorSurcharged() {
        Inspection infected = passiveCaseAt(unit, "I1", "2021-11-01");
        CaseFile facts = caseFile().entity(unit).inspection(infected).machine(rigOf(infected, "M1", "A1"))
                .account(commercialAccountOf(unit, "A1")).build();

        assertThat(derived(facts, MiningAccount.class)).isEmpty();
        assertThat(derived(facts, SurchargedAccount.class)).isEmpty();
    }

    @Test
    void termDeliberateMinerGathersTheDeliberateCasesOfAnEntity() {
        CaseFile facts = caseFile().entity(unit).inspection(deliberateCaseAt(unit, "I2", "2021-10-01").build())
                .inspection(deliberateCaseAt(unit, "I1", "2021-10-01").build())
                .inspection(passiveCaseAt(unit, "I3", "2021-11-01")).build();

        assertThat(derived(facts, DeliberateMiner.class)).singleElement()
                .satisfies(m -> assertThat(m.getInspectionIds()).containsExactly("I1", "I2"));
    }

    @Test
    void nearMissAnEntityWithOnlyATrojanCaseIsNoDeliberateMiner() {
        assertThat(derived(caseFile().entity(unit).inspection(passiveCaseAt(unit, "I1", "2021-11-01")).build(),
                DeliberateMiner.class)).isEmpty();
    }

    @Test
    void termProjectEnergyProRatesTheCyclesOfItsAccountsOverItsWindow() {
        Inspection found = deliberateCaseAt(unit, "I1", "2021-10-11").build();
        CaseFile facts = caseFile().entity(unit).inspection(found).machine(rigOf(found, "M1", "A1"))
                .account(commercialAccountOf(unit, "A1"))
                .consumption(cycle("A1", "2021-10-01", "2021-10-31", "310"))
                .consumption(cycle("A1", "2021-11-01", "2021-11-30", "300")).build();

        // 21 of October's 31 days of 310 kWh, and November's 300: 510 kWh, counted twice 1,020.
        assertThat(derived(facts, ProjectEnergy.class)).singleElement().satisfies(e -> {
            assertThat(e.isComputable()).isTrue();
            assertThat(e.getAccountIds()).containsExactly("A1");
            assertThat(e.getCycleCount()).isEqualTo(2);
            assertThat(e.getKwh()).isEqualTo(new BigDecimal("510.000"));
            assertThat(e.getDoubleCountedKwh()).isEqualTo(new BigDecimal("1020.000"));
        });
    }

    @Test
    void nearMissAnAccountWithoutACycleInTheWindowMakesTheEnergyNotComputable() {
        Inspection found = deliberateCaseAt(unit, "I1", "2021-10-11").build();
        CaseFile facts = caseFile().entity(unit).inspection(found).machine(rigOf(found, "M1", "A1"))
                .machine(rigOf(found, "M2", "A2")).account(commercialAccountOf(unit, "A1"))
                .account(commercialAccountOf(unit, "A2"))
                .consumption(cycle("A1", "2021-10-01", "2021-10-31", "310"))
                .consumption(cycle("A2", "2021-09-01", "2021-09-30", "300")).build();

        assertThat(derived(facts, ProjectEnergy.class)).singleElement().satisfies(e -> {
            assertThat(e.isComputable()).isFalse();
            assertThat(e.getAccountsWithoutConsumption()).containsExactly("A2");
        });
    }

    @Test
    void termRemediationDeadlineFallsTheParameterDaysAfterTheInspection() {
        CaseFile facts = caseFile().entity(unit).inspection(passiveCaseAt(unit, "I1", "2021-11-01")).build();

        assertThat(derived(facts, RemediationDeadline.class)).singleElement().satisfies(d -> {
            assertThat(d.getDays()).isEqualTo(parameter("remediationDays"));
            assertThat(d.getDeadline()).isEqualTo(day("2021-11-01").plusDays(parameter("remediationDays")));
        });
    }

    @Test
    void nearMissADeliberateCaseHasNoRemediationDeadline() {
        assertThat(derived(caseFile().entity(unit).inspection(deliberateCaseAt(unit, "I1", "2021-10-01").build())
                .build(), RemediationDeadline.class)).isEmpty();
    }

    @Test
    void aSessionIsGivenAnEntitysDetectionsTogetherWithItsDistinctIpsAndNoDetectionAlone() {
        CaseFile facts = caseFile().entity(unit).ipDetection(detectionOf(unit, "D1", "2001:db8::1", "2021-11-02"))
                .ipDetection(detectionOf(unit, "D2", "2001:DB8:0:0::1", "2021-11-05"))
                .ipDetection(detectionOf(null, "D3", "192.0.2.1", "2021-11-03")).build();

        assertThat(facts.sessionFacts()).noneMatch(f -> f instanceof IpDetection);
        assertThat(derived(facts, EntityDetections.class)).singleElement().satisfies(d -> {
            assertThat(d.getEntityId()).isEqualTo("U1");
            assertThat(d.getDetections()).extracting(IpDetection::getId).containsExactly("D1", "D2");
            assertThat(d.getDistinctIps()).isEqualTo(1);
            assertThat(d.getFirstDetected()).isEqualTo(day("2021-11-02"));
            assertThat(d.getLastDetected()).isEqualTo(day("2021-11-05"));
        });
    }
}

package io.miningaudit.rules;

import static io.miningaudit.fixtures.Cases.caseFile;
import static io.miningaudit.fixtures.Cases.commercialAccountOf;
import static io.miningaudit.fixtures.Cases.cycle;
import static io.miningaudit.fixtures.Cases.dataCentre;
import static io.miningaudit.fixtures.Cases.day;
import static io.miningaudit.fixtures.Cases.deliberateCaseAt;
import static io.miningaudit.fixtures.Cases.passiveCaseAt;
import static io.miningaudit.fixtures.Cases.privateFirm;
import static io.miningaudit.fixtures.Cases.publicUnit;
import static io.miningaudit.fixtures.Cases.rigOf;
import static io.miningaudit.fixtures.ShippedRules.auditWith;
import static io.miningaudit.fixtures.ShippedRules.findings;
import static io.miningaudit.fixtures.ShippedRules.issues;
import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.CaseInfo;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.SubjectType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of RULES.md "Projects": each fires on its case and not on the near miss. */
class ProjectRulesTest {
    /** The rule files under test; they fire with the classifications and tables only. */
    private static AuditResult audit(CaseFile facts) {
        return auditWith(facts, "ndrc1283/projects.drl", "energylaw/equipment.drl");
    }

    private final Entity unit = publicUnit("U1");

    /** A new project at U1 from 2021-10-11, its rig on account A1 with readings for October to mid-December. */
    private AuditResult newProjectWithReadings(Inspection inspection) {
        return audit(caseFile().entity(unit).inspection(inspection)
                .machine(rigOf(inspection, "M1", "A1")).account(commercialAccountOf(unit, "A1"))
                .consumption(cycle("A1", "2021-10-01", "2021-10-31", "310"))
                .consumption(cycle("A1", "2021-11-01", "2021-11-30", "300"))
                .consumption(cycle("A1", "2021-12-01", "2021-12-14", "140"))
                .build());
    }

    @Nested
    class Ndrc1283_6 {
        @Test
        void newProjectEnergyIsCountedTwiceFromTheProRatedKwhInItsWindow() {
            AuditResult result = newProjectWithReadings(deliberateCaseAt(unit, "I1", "2021-10-11").build());

            List<Finding> found = findings(result, "NDRC-1283-6");
            assertThat(found).hasSize(1);
            Finding f = found.get(0);
            // October: 310 kWh × 21 of 31 days = 210; November 300; 1-14 December 140: 650 kWh, counted twice.
            assertThat(f.getMeasure()).isEqualTo(Measure.ENERGY_DOUBLE_COUNT);
            assertThat(f.getSubjectType()).isEqualTo(SubjectType.INSPECTION);
            assertThat(f.getSubjectId()).isEqualTo("I1");
            assertThat(f.getEntityId()).isEqualTo("U1");
            assertThat(f.getQuantity()).isEqualByComparingTo("1300.000");
            assertThat(f.getQuantity().scale()).isEqualTo(3);
            assertThat(f.getUnit()).isEqualTo("kWh");
            assertThat(f.getPeriodFrom()).isEqualTo(day("2021-10-11"));
            assertThat(f.getPeriodTo()).isEqualTo(day("2021-12-14"));
            assertThat(f.getBasis()).isEqualTo("NDRC notice 1283 (2021) §6");
            assertThat(f.getId()).isEqualTo("NDRC-1283-6/I1");
            assertThat(f.getFacts()).containsExactly("I1", "A1");
            assertThat(f.getExplanation()).contains("window 2021-10-11 to 2021-12-14", "accounts A1",
                    "650.000 kWh", "counted twice, 1300.000 kWh");
            assertThat(result.dataIssues()).isEmpty();
        }

        @Test
        void nearMissExistingProjectStartedTheDayBeforeTheCutOffIsNotCounted() {
            AuditResult result = newProjectWithReadings(deliberateCaseAt(unit, "I1", "2021-09-23").build());

            assertThat(findings(result, "NDRC-1283-6")).isEmpty();
            assertThat(findings(result, "NDRC-1283-17")).hasSize(1);
        }

        @Test
        void newProjectWithoutAnAccountIsADataIssueNotAFinding() {
            Inspection inspection = deliberateCaseAt(unit, "I1", "2021-10-11").build();
            AuditResult result = audit(caseFile().entity(unit).inspection(inspection)
                    .machine(rigOf(inspection, "M1", null)).build());

            assertThat(findings(result, "NDRC-1283-6")).isEmpty();
            assertThat(issues(result, "ENERGY_NOT_COMPUTABLE")).singleElement().satisfies(i -> {
                assertThat(i.getLocation()).isEqualTo("inspections/I1");
                assertThat(i.getRuleId()).isEqualTo("NDRC-1283-6");
                assertThat(i.getMessage()).contains("no machine of the case names the electricity account");
            });
        }

        @Test
        void newProjectWhoseAccountHasNoReadingInTheWindowIsADataIssue() {
            Inspection inspection = deliberateCaseAt(unit, "I1", "2021-10-11").build();
            AuditResult result = audit(caseFile().entity(unit).inspection(inspection)
                    .machine(rigOf(inspection, "M1", "A1")).account(commercialAccountOf(unit, "A1"))
                    .consumption(cycle("A1", "2021-09-01", "2021-10-10", "400")).build());

            assertThat(findings(result, "NDRC-1283-6")).isEmpty();
            assertThat(issues(result, "ENERGY_NOT_COMPUTABLE")).singleElement()
                    .satisfies(i -> assertThat(i.getLocation()).isEqualTo("accounts/A1"));
        }
    }

    @Nested
    class Ndrc1283_11 {
        @Test
        void newProjectStillRunningIsShutDown() {
            AuditResult result = newProjectWithReadings(deliberateCaseAt(unit, "I1", "2021-10-11").build());

            assertThat(findings(result, "NDRC-1283-11")).singleElement().satisfies(f -> {
                assertThat(f.getMeasure()).isEqualTo(Measure.SHUTDOWN_ORDER);
                assertThat(f.getSubjectType()).isEqualTo(SubjectType.INSPECTION);
                assertThat(f.getSubjectId()).isEqualTo("I1");
                assertThat(f.getBasis()).isEqualTo("NDRC notice 1283 (2021) §11");
                assertThat(f.getExplanation()).contains("mining since 2021-10-11");
            });
        }

        @Test
        void nearMissNewProjectThatHadStoppedIsNotShutDown() {
            AuditResult result = newProjectWithReadings(deliberateCaseAt(unit, "I1", "2021-10-11")
                    .miningEndedOn(day("2021-10-30")).build());

            assertThat(findings(result, "NDRC-1283-11")).isEmpty();
            assertThat(findings(result, "NDRC-1283-6")).singleElement()
                    .satisfies(f -> assertThat(f.getQuantity()).isEqualByComparingTo("400.000"));
        }

        @Test
        void presumedStartOnTheCutOffMakesANewProject() {
            // Inspected 2021-12-24 with no established start: three months presumed, from 2021-09-24.
            Inspection inspection = deliberateCaseAt(unit, "I1", null).date(day("2021-12-24")).build();
            AuditResult result = audit(caseFile().caseInfo(CaseInfo.builder().id("c").asOf(day("2022-01-31")).build())
                    .entity(unit).inspection(inspection).build());

            assertThat(findings(result, "NDRC-1283-11")).singleElement()
                    .satisfies(f -> assertThat(f.getExplanation()).contains("mining since 2021-09-24 (presumed)"));
            assertThat(findings(result, "NDRC-1283-17")).isEmpty();
        }

        @Test
        void nearMissPresumedStartTheDayBeforeTheCutOffMakesAnExistingProject() {
            Inspection inspection = deliberateCaseAt(unit, "I1", null).date(day("2021-12-23")).build();
            AuditResult result = audit(caseFile().caseInfo(CaseInfo.builder().id("c").asOf(day("2022-01-31")).build())
                    .entity(unit).inspection(inspection).build());

            assertThat(findings(result, "NDRC-1283-11")).isEmpty();
            assertThat(findings(result, "NDRC-1283-17")).singleElement()
                    .satisfies(f -> assertThat(f.getExplanation()).contains("mining since 2021-09-23 (presumed)"));
        }
    }

    @Nested
    class Ndrc1283_17 {
        @Test
        void existingProjectStillRunningExitsInOrder() {
            AuditResult result = audit(caseFile().entity(unit)
                    .inspection(deliberateCaseAt(unit, "I1", "2021-03-01").build()).build());

            assertThat(findings(result, "NDRC-1283-17")).singleElement().satisfies(f -> {
                assertThat(f.getMeasure()).isEqualTo(Measure.ORDERLY_EXIT_ORDER);
                assertThat(f.getSubjectId()).isEqualTo("I1");
                assertThat(f.getBasis()).isEqualTo("NDRC notice 1283 (2021) §17");
            });
            assertThat(findings(result, "NDRC-1283-11")).isEmpty();
        }

        @Test
        void nearMissExistingProjectThatHadStoppedNeedsNoExitOrder() {
            AuditResult result = audit(caseFile().entity(unit).inspection(deliberateCaseAt(unit, "I1", "2021-03-01")
                    .miningEndedOn(day("2021-06-30")).build()).build());

            assertThat(findings(result, "NDRC-1283-17")).isEmpty();
        }
    }

    @Nested
    class Ndrc1283_8 {
        private final Entity centre = dataCentre("DC1", EntityKind.PRIVATE_ENTERPRISE);

        @Test
        void dataCentreThatMinedGoesIntoItsCreditRecordOnceForAllItsCases() {
            AuditResult result = audit(caseFile().entity(centre)
                    .inspection(deliberateCaseAt(centre, "I1", "2021-03-01").build())
                    .inspection(deliberateCaseAt(centre, "I2", "2021-10-01").date(day("2021-11-20")).build()).build());

            assertThat(findings(result, "NDRC-1283-8")).singleElement().satisfies(f -> {
                assertThat(f.getMeasure()).isEqualTo(Measure.CREDIT_RECORD_ENTRY);
                assertThat(f.getSubjectType()).isEqualTo(SubjectType.ENTITY);
                assertThat(f.getSubjectId()).isEqualTo("DC1");
                assertThat(f.getFacts()).containsExactly("DC1", "I1", "I2");
                assertThat(f.getExplanation()).contains("inspections I1, I2");
            });
        }

        @Test
        void nearMissDataCentreWithOnlyATrojanInfectionHasNoCreditEntry() {
            AuditResult result = audit(caseFile().entity(centre)
                    .inspection(passiveCaseAt(centre, "I1", "2021-11-01")).build());

            assertThat(findings(result, "NDRC-1283-8")).isEmpty();
        }

        @Test
        void nearMissFirmThatIsNoDataCentreHasNoCreditEntry() {
            Entity firm = privateFirm("F1");
            AuditResult result = audit(caseFile().entity(firm)
                    .inspection(deliberateCaseAt(firm, "I1", "2021-03-01").build()).build());

            assertThat(findings(result, "NDRC-1283-8")).isEmpty();
        }
    }

    @Nested
    class EclEquipment {
        @Test
        void machinesOfADeliberateCaseAreConfiscated() {
            Inspection inspection = deliberateCaseAt(unit, "I1", "2021-03-01").build();
            AuditResult result = audit(caseFile().entity(unit).inspection(inspection)
                    .machine(rigOf(inspection, "M2", null)).machine(rigOf(inspection, "M10", null)).build());

            assertThat(findings(result, "ECL-EQUIPMENT")).singleElement().satisfies(f -> {
                assertThat(f.getMeasure()).isEqualTo(Measure.EQUIPMENT_CONFISCATION);
                assertThat(f.getSubjectId()).isEqualTo("I1");
                assertThat(f.getQuantity()).isEqualByComparingTo(BigDecimal.valueOf(2));
                assertThat(f.getUnit()).isEqualTo("machines");
                assertThat(f.getFacts()).containsExactly("I1", "M2", "M10");
            });
            assertThat(result.summary().total().machinesConfiscated()).isEqualByComparingTo("2");
        }

        @Test
        void nearMissMachinesOfATrojanInfectedUnitAreNotConfiscated() {
            Inspection inspection = passiveCaseAt(unit, "I1", "2021-11-01");
            AuditResult result = audit(caseFile().entity(unit).inspection(inspection)
                    .machine(rigOf(inspection, "M1", null)).build());

            assertThat(findings(result, "ECL-EQUIPMENT")).isEmpty();
        }

        @Test
        void nearMissDeliberateCaseWithoutMachinesConfiscatesNothing() {
            AuditResult result = audit(caseFile().entity(unit)
                    .inspection(deliberateCaseAt(unit, "I1", "2021-03-01").build()).build());

            assertThat(findings(result, "ECL-EQUIPMENT")).isEmpty();
        }
    }
}

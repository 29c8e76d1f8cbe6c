package io.miningaudit.rules;

import static io.miningaudit.fixtures.Cases.caseFile;
import static io.miningaudit.fixtures.Cases.cleanInspectionOf;
import static io.miningaudit.fixtures.Cases.day;
import static io.miningaudit.fixtures.Cases.deliberateCaseAt;
import static io.miningaudit.fixtures.Cases.detectionOf;
import static io.miningaudit.fixtures.Cases.passiveCaseAt;
import static io.miningaudit.fixtures.Cases.personOf;
import static io.miningaudit.fixtures.Cases.privateFirm;
import static io.miningaudit.fixtures.Cases.publicUnit;
import static io.miningaudit.fixtures.Cases.stateOwnedEnterprise;
import static io.miningaudit.fixtures.ShippedRules.auditWith;
import static io.miningaudit.fixtures.ShippedRules.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.PersonRole;
import io.miningaudit.facts.SubjectType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of RULES.md "Public units and people": each fires on its case and not on the near miss. */
class EnforcementRulesTest {
    /** The rule files under test; they fire with the classifications and tables only. */
    private static AuditResult audit(CaseFile facts) {
        return auditWith(facts, "enforcement/public-units.drl");
    }

    private final Entity unit = stateOwnedEnterprise("U1");
    private final Entity firm = privateFirm("F1");

    @Nested
    class EnfPublicReferral {
        @Test
        void publicUnitThatMinedDeliberatelyIsReferredOnceForAllItsCases() {
            AuditResult result = audit(caseFile().entity(unit)
                    .inspection(deliberateCaseAt(unit, "I1", "2021-03-01").build())
                    .inspection(deliberateCaseAt(unit, "I2", "2021-06-01").date(day("2021-11-20")).build()).build());

            assertThat(findings(result, "ENF-PUBLIC-REFERRAL")).singleElement().satisfies(f -> {
                assertThat(f.getMeasure()).isEqualTo(Measure.DISCIPLINE_REFERRAL);
                assertThat(f.getSubjectType()).isEqualTo(SubjectType.ENTITY);
                assertThat(f.getSubjectId()).isEqualTo("U1");
                assertThat(f.getFacts()).containsExactly("U1", "I1", "I2");
                assertThat(f.getExplanation()).isEqualTo("Unit U1 (STATE_OWNED_ENTERPRISE) is a public unit and mined"
                        + " deliberately (inspections I1, I2): refer it to discipline inspection");
            });
        }

        @Test
        void nearMissPrivateFirmIsNotReferred() {
            AuditResult result = audit(caseFile().entity(firm)
                    .inspection(deliberateCaseAt(firm, "I1", "2021-03-01").build()).build());

            assertThat(findings(result, "ENF-PUBLIC-REFERRAL")).isEmpty();
        }

        @Test
        void nearMissPublicUnitWithOnlyATrojanInfectionIsNotReferred() {
            AuditResult result = audit(caseFile().entity(unit).inspection(passiveCaseAt(unit, "I1", "2021-11-01"))
                    .build());

            assertThat(findings(result, "ENF-PUBLIC-REFERRAL")).isEmpty();
        }
    }

    @Nested
    class EnfTrojanRemediation {
        @Test
        void eachPassiveCaseGetsItsOwnOrderWithADeadlineThirtyDaysOn() {
            AuditResult result = audit(caseFile().entity(firm)
                    .inspection(passiveCaseAt(firm, "I1", "2021-10-01"))
                    .inspection(passiveCaseAt(firm, "I2", "2021-11-20")).build());

            assertThat(findings(result, "ENF-TROJAN-REMEDIATION"))
                    .extracting(Finding::getId, Finding::getMeasure, Finding::getSubjectId, Finding::getPeriodFrom,
                            Finding::getPeriodTo)
                    .containsExactly(
                            tuple("ENF-TROJAN-REMEDIATION/F1/I1", Measure.REMEDIATION_ORDER, "F1", day("2021-10-01"),
                                    day("2021-10-31")),
                            tuple("ENF-TROJAN-REMEDIATION/F1/I2", Measure.REMEDIATION_ORDER, "F1", day("2021-11-20"),
                                    day("2021-12-20")));
        }

        @Test
        void nearMissDeliberateOrCleanCasesGetNoRemediationOrder() {
            AuditResult result = audit(caseFile().entity(firm)
                    .inspection(deliberateCaseAt(firm, "I1", "2021-03-01").build())
                    .inspection(cleanInspectionOf(firm, "I2", "2021-11-02")).build());

            assertThat(findings(result, "ENF-TROJAN-REMEDIATION")).isEmpty();
        }
    }

    @Nested
    class EnfRepeatDetection {
        private final Inspection infected = passiveCaseAt(unit, "I1", "2021-10-01");

        @Test
        void detectionAfterTheDeadlineWithNoInspectionSinceEscalates() {
            AuditResult result = audit(caseFile().entity(unit).inspection(infected)
                    .ipDetection(detectionOf(unit, "D1", "198.18.0.1", "2021-09-20"))
                    .ipDetection(detectionOf(unit, "D2", "198.18.0.1", "2021-11-01")).build());

            assertThat(findings(result, "ENF-REPEAT-DETECTION")).singleElement().satisfies(f -> {
                assertThat(f.getId()).isEqualTo("ENF-REPEAT-DETECTION/U1/I1");
                assertThat(f.getMeasure()).isEqualTo(Measure.ESCALATION);
                assertThat(f.getSubjectId()).isEqualTo("U1");
                assertThat(f.getPeriodTo()).isEqualTo(day("2021-10-31"));
                assertThat(f.getFacts()).containsExactly("U1", "I1", "ENF-TROJAN-REMEDIATION/U1/I1", "D2");
            });
        }

        @Test
        void nearMissDetectionOnTheDeadlineItselfDoesNotEscalate() {
            AuditResult result = audit(caseFile().entity(unit).inspection(infected)
                    .ipDetection(detectionOf(unit, "D2", "198.18.0.1", "2021-10-31")).build());

            assertThat(findings(result, "ENF-REPEAT-DETECTION")).isEmpty();
        }

        @Test
        void nearMissDetectionFollowedByAnInspectionOnTheSameDayDoesNotEscalate() {
            AuditResult result = audit(caseFile().entity(unit).inspection(infected)
                    .inspection(cleanInspectionOf(unit, "I2", "2021-11-01"))
                    .ipDetection(detectionOf(unit, "D2", "198.18.0.1", "2021-11-01")).build());

            assertThat(findings(result, "ENF-REPEAT-DETECTION")).isEmpty();
        }

        @Test
        void anInspectionBeforeTheRepeatDetectionDoesNotStopTheEscalation() {
            AuditResult result = audit(caseFile().entity(unit).inspection(infected)
                    .inspection(cleanInspectionOf(unit, "I2", "2021-11-01"))
                    .ipDetection(detectionOf(unit, "D2", "198.18.0.1", "2021-11-02")).build());

            assertThat(findings(result, "ENF-REPEAT-DETECTION")).hasSize(1);
        }
    }

    @Nested
    class EnfPersonReferral {
        private final Inspection mined = deliberateCaseAt(firm, "I1", "2021-03-01").build();

        @Test
        void publicEmployeesPartyMembersAndProtectorsOfADeliberateCaseAreReferred() {
            AuditResult result = audit(caseFile().entity(firm).inspection(mined)
                    .person(personOf(mined, "P1").publicEmployee(true).build())
                    .person(personOf(mined, "P2").partyMember(true).build())
                    .person(personOf(mined, "P3").role(PersonRole.PROTECTOR).build())
                    .person(personOf(mined, "P4").role(PersonRole.ORGANIZER).build()).build());

            assertThat(findings(result, "ENF-PERSON-REFERRAL"))
                    .extracting(Finding::getSubjectType, Finding::getSubjectId, Finding::getMeasure)
                    .containsExactly(tuple(SubjectType.PERSON, "P1", Measure.DISCIPLINE_REFERRAL),
                            tuple(SubjectType.PERSON, "P2", Measure.DISCIPLINE_REFERRAL),
                            tuple(SubjectType.PERSON, "P3", Measure.DISCIPLINE_REFERRAL));
            assertThat(result.summary().total().personsReferred()).isEqualTo(3);
        }

        @Test
        void nearMissPublicEmployeeOfATrojanInfectedUnitIsNotReferred() {
            Inspection infected = passiveCaseAt(firm, "I1", "2021-11-01");
            AuditResult result = audit(caseFile().entity(firm).inspection(infected)
                    .person(personOf(infected, "P1").publicEmployee(true).build()).build());

            assertThat(findings(result, "ENF-PERSON-REFERRAL")).isEmpty();
        }
    }

    @Nested
    class EnfIllegalGains {
        private final Inspection mined = deliberateCaseAt(unit, "I1", "2021-03-01").build();

        @Test
        void gainsFromDeliberateMiningAreConfiscated() {
            AuditResult result = audit(caseFile().entity(unit).inspection(mined)
                    .person(personOf(mined, "P1").illegalGainsCny(new BigDecimal("43000.5")).build()).build());

            assertThat(findings(result, "ENF-ILLEGAL-GAINS")).singleElement().satisfies(f -> {
                assertThat(f.getMeasure()).isEqualTo(Measure.ILLEGAL_GAINS_CONFISCATION);
                assertThat(f.getSubjectId()).isEqualTo("P1");
                assertThat(f.getEntityId()).isEqualTo("U1");
                assertThat(f.getAmountCny()).isEqualTo(new BigDecimal("43000.50"));
            });
            assertThat(result.summary().total().illegalGainsCny()).isEqualTo(new BigDecimal("43000.50"));
        }

        @Test
        void nearMissZeroGainsOrGainsInATrojanCaseAreNotConfiscated() {
            Inspection infected = passiveCaseAt(unit, "I2", "2021-11-01");
            AuditResult result = audit(caseFile().entity(unit).inspection(mined).inspection(infected)
                    .person(personOf(mined, "P1").illegalGainsCny(BigDecimal.ZERO).build())
                    .person(personOf(infected, "P2").illegalGainsCny(new BigDecimal("10")).build()).build());

            assertThat(findings(result, "ENF-ILLEGAL-GAINS")).isEmpty();
        }

        @Test
        void gainsThatRoundToNothingAreNotConfiscated() {
            // 0.004 CNY rounds to 0.00: positive means positive once rounded.
            AuditResult result = audit(caseFile().entity(unit).inspection(mined)
                    .person(personOf(mined, "P1").illegalGainsCny(new BigDecimal("0.004")).build()).build());

            assertThat(findings(result, "ENF-ILLEGAL-GAINS")).isEmpty();
            assertThat(result.summary().total().illegalGainsCny()).isEqualTo(new BigDecimal("0.00"));
        }

        @Test
        void nearMissGainsThatRoundToACentAreConfiscated() {
            AuditResult result = audit(caseFile().entity(unit).inspection(mined)
                    .person(personOf(mined, "P1").illegalGainsCny(new BigDecimal("0.005")).build()).build());

            assertThat(findings(result, "ENF-ILLEGAL-GAINS")).singleElement()
                    .satisfies(f -> assertThat(f.getAmountCny()).isEqualTo(new BigDecimal("0.01")));
        }
    }

    @Test
    void publicUnitFixtureIsAPublicUnit() {
        assertThat(publicUnit("X").isPublicUnit()).isTrue();
        assertThat(firm.isPublicUnit()).isFalse();
    }
}

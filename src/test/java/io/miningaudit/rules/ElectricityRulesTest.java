package io.miningaudit.rules;

import static io.miningaudit.fixtures.Cases.caseFile;
import static io.miningaudit.fixtures.Cases.catalogueRate;
import static io.miningaudit.fixtures.Cases.cycle;
import static io.miningaudit.fixtures.Cases.day;
import static io.miningaudit.fixtures.Cases.deliberateCaseAt;
import static io.miningaudit.fixtures.Cases.entity;
import static io.miningaudit.fixtures.Cases.passiveCaseAt;
import static io.miningaudit.fixtures.Cases.rigOf;
import static io.miningaudit.fixtures.ShippedRules.auditWith;
import static io.miningaudit.fixtures.ShippedRules.findings;
import static io.miningaudit.fixtures.ShippedRules.issues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Auditor;
import io.miningaudit.engine.RuleBase;
import io.miningaudit.facts.Account;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.CaseInfo;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Preference;
import io.miningaudit.facts.Province;
import io.miningaudit.facts.SubjectType;
import io.miningaudit.facts.SurchargeLine;
import io.miningaudit.facts.TariffCategory;
import io.miningaudit.fixtures.RulesFolder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of RULES.md "Electricity": each fires on its case and not on the near miss. */
class ElectricityRulesTest {
    /** The rule files under test; they fire with the classifications and tables only. */
    private static AuditResult audit(CaseFile facts) {
        return auditWith(facts, "surcharges", "hainan2021", "supplyrules", "ndrc1283/electricity.drl");
    }

    private final Entity haikouFirm = entity("H1", EntityKind.PRIVATE_ENTERPRISE).province(Province.Hainan)
            .city("Haikou").build();

    private static Account account(Entity owner, String id, TariffCategory category, String billed, boolean market) {
        return Account.builder().id(id).entityId(owner.getId()).province(owner.getProvince()).category(category)
                .billedRateCnyPerKwh(new BigDecimal(billed)).marketTrading(market).build();
    }

    /**
     * Haikou, as of 2021-12-31: mining from 2021-11-20, still running. Cycle 16 Nov–15 Dec (30 days) 3,000 kWh;
     * cycle 16–31 Dec (16 days) 1,600 kWh. The national row governs to 30 Nov, Hainan's from 1 Dec.
     */
    private CaseFile.CaseFileBuilder haikouCase(Account account) {
        Inspection mined = deliberateCaseAt(haikouFirm, "I1", "2021-11-20").date(day("2021-12-20")).build();
        return CaseFile.builder().caseInfo(CaseInfo.builder().id("haikou").asOf(day("2021-12-31")).build())
                .entity(haikouFirm).inspection(mined).machine(rigOf(mined, "M1", account.getId())).account(account)
                .consumption(cycle(account.getId(), "2021-11-16", "2021-12-15", "3000"))
                .consumption(cycle(account.getId(), "2021-12-16", "2021-12-31", "1600"));
    }

    @Nested
    class SurchargeLines {
        @Test
        void aCycleThatStraddlesAScheduleChangeSplitsIntoOneLinePerGoverningRow() {
            AuditResult result = audit(haikouCase(account(haikouFirm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.60",
                    false)).build());

            assertThat(result.surchargeLines())
                    .extracting(SurchargeLine::getAccountId, SurchargeLine::getFirstDay, SurchargeLine::getLastDay,
                            SurchargeLine::getKwh, SurchargeLine::getRateCnyPerKwh, SurchargeLine::getAmountCny,
                            SurchargeLine::getRuleId)
                    .containsExactly(
                            tuple("A1", day("2021-11-20"), day("2021-11-30"), new BigDecimal("1100.000"),
                                    new BigDecimal("0.30"), new BigDecimal("330.00"), "NDRC-1283-13"),
                            tuple("A1", day("2021-12-01"), day("2021-12-15"), new BigDecimal("1500.000"),
                                    new BigDecimal("0.80"), new BigDecimal("1200.00"), "HAINAN-2021"),
                            tuple("A1", day("2021-12-16"), day("2021-12-31"), new BigDecimal("1600.000"),
                                    new BigDecimal("0.80"), new BigDecimal("1280.00"), "HAINAN-2021"));
        }

        @Test
        void surchargeFindingsSumTheLinesPerAccountAndGoverningRow() {
            AuditResult result = audit(haikouCase(account(haikouFirm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.60",
                    false)).build());

            assertThat(result.findings().stream().filter(f -> f.getMeasure() == Measure.PUNITIVE_SURCHARGE))
                    .extracting(Finding::getId, Finding::getSubjectType, Finding::getSubjectId, Finding::getAmountCny,
                            Finding::getPeriodFrom, Finding::getPeriodTo, Finding::getBasis)
                    .containsExactly(
                            tuple("HAINAN-2021/A1", SubjectType.ACCOUNT, "A1", new BigDecimal("2480.00"),
                                    day("2021-12-01"), day("2021-12-31"),
                                    "Hainan DRC notice on differential prices for mining, Dec 2021"),
                            tuple("NDRC-1283-13/A1", SubjectType.ACCOUNT, "A1", new BigDecimal("330.00"),
                                    day("2021-11-20"), day("2021-11-30"), "NDRC notice 1283 (2021) §13"));
            assertThat(result.summary().total().surchargeCny()).isEqualTo(new BigDecimal("2810.00"));
            assertThat(findings(result, "HAINAN-2021").get(0).getExplanation()).contains(
                    "3100.000 kWh in 2 lines at 0.80 CNY/kWh, 2480.00 CNY");
        }

        @Test
        void proRatedKwhStaysExactAndEachLineIsRoundedOnce() {
            Entity firm = entity("F1", EntityKind.PRIVATE_ENTERPRISE).province(Province.Hainan).build();
            Account a = account(firm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.60", false);
            Inspection mined = deliberateCaseAt(firm, "I1", "2021-12-03").miningEndedOn(day("2021-12-03")).build();
            // 100 kWh over 3 days, one day inside: 33.333... kWh × 0.80 = 26.666... → 26.67, not 33.333 × 0.80 = 26.66.
            AuditResult result = audit(caseFile().entity(firm).inspection(mined).machine(rigOf(mined, "M1", "A1"))
                    .account(a).consumption(cycle("A1", "2021-12-02", "2021-12-04", "100")).build());

            assertThat(result.surchargeLines()).singleElement().satisfies(l -> {
                assertThat(l.getKwh()).isEqualTo(new BigDecimal("33.333"));
                assertThat(l.getAmountCny()).isEqualTo(new BigDecimal("26.67"));
            });
        }

        @Test
        void aUnionOfTwoWindowsOnOneAccountCountsSharedDaysOnce() {
            Entity firm = entity("F1", EntityKind.PRIVATE_ENTERPRISE).province(Province.Hainan).build();
            Account a = account(firm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.60", false);
            Inspection first = deliberateCaseAt(firm, "I1", "2021-12-01").miningEndedOn(day("2021-12-10")).build();
            Inspection second = deliberateCaseAt(firm, "I2", "2021-12-06").date(day("2021-12-12"))
                    .miningEndedOn(day("2021-12-12")).build();
            AuditResult result = audit(caseFile().entity(firm).inspection(first).inspection(second)
                    .machine(rigOf(first, "M1", "A1")).machine(rigOf(second, "M2", "A1")).account(a)
                    .consumption(cycle("A1", "2021-12-01", "2021-12-31", "3100")).build());

            // Days 1-12 once: 1,200 kWh at 0.80.
            assertThat(result.surchargeLines()).singleElement().satisfies(l -> {
                assertThat(l.getFirstDay()).isEqualTo(day("2021-12-01"));
                assertThat(l.getLastDay()).isEqualTo(day("2021-12-12"));
                assertThat(l.getAmountCny()).isEqualTo(new BigDecimal("960.00"));
            });
        }

        @Test
        void daysBeforeAnyRowIsInForcePayNothing() {
            Entity firm = entity("F1", EntityKind.PRIVATE_ENTERPRISE).province(Province.Hainan).build();
            Account a = account(firm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.60", false);
            Inspection mined = deliberateCaseAt(firm, "I1", "2021-09-01").miningEndedOn(day("2021-09-30")).build();
            AuditResult result = audit(caseFile().entity(firm).inspection(mined).machine(rigOf(mined, "M1", "A1"))
                    .account(a).consumption(cycle("A1", "2021-09-01", "2021-09-30", "3000")).build());

            // 1-23 September: no row; 24-30 September: the national row, 700 kWh at 0.30.
            assertThat(result.surchargeLines()).singleElement().satisfies(l -> {
                assertThat(l.getFirstDay()).isEqualTo(day("2021-09-24"));
                assertThat(l.getAmountCny()).isEqualTo(new BigDecimal("210.00"));
            });
        }

        /**
         * Zhejiang (the national row, 0.30, alone), mining on 2021-12-02 only, from a three-day cycle of {@code kwh}:
         * the line and the finding have {@code amount}.
         */
        private void oneDayOfAThreeDayCycleComesTo(String kwh, String shownKwh, String amount) {
            Entity firm = entity("F1", EntityKind.PRIVATE_ENTERPRISE).build();
            Inspection mined = deliberateCaseAt(firm, "I1", "2021-12-02").miningEndedOn(day("2021-12-02")).build();
            AuditResult result = audit(caseFile().entity(firm).inspection(mined).machine(rigOf(mined, "M1", "A1"))
                    .account(account(firm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.60", false))
                    .consumption(cycle("A1", "2021-12-01", "2021-12-03", kwh)).build());

            assertThat(result.surchargeLines()).extracting(SurchargeLine::getKwh, SurchargeLine::getAmountCny)
                    .containsExactly(tuple(new BigDecimal(shownKwh), new BigDecimal(amount)));
            assertThat(findings(result, "NDRC-1283-13")).extracting(Finding::getAmountCny)
                    .containsExactly(new BigDecimal(amount));
        }

        @Test
        void aLineThatRoundsToNothingIsStillALineAndItsFindingStands() {
            // RULES.md asks no positive surcharge: 0.04 ÷ 3 kWh × 0.30 = 0.004 CNY is a line of 0.00, and so the
            // finding.
            oneDayOfAThreeDayCycleComesTo("0.04", "0.013", "0.00");
        }

        @Test
        void nearMissALineOfHalfACentRoundsUp() {
            // 0.05 ÷ 3 kWh × 0.30 = 0.005 CNY → 0.01.
            oneDayOfAThreeDayCycleComesTo("0.05", "0.017", "0.01");
        }

        /** Haikou, start not established, mining ended 2022-01-31; 100 kWh a day from October to January. */
        private AuditResult stoppedCaseInspectedOn(String inspected) {
            Account a = account(haikouFirm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.60", false);
            Inspection stopped = deliberateCaseAt(haikouFirm, "I1", null).date(day(inspected))
                    .miningEndedOn(day("2022-01-31")).build();
            return audit(CaseFile.builder().caseInfo(CaseInfo.builder().id("c").asOf(day("2022-03-31")).build())
                    .entity(haikouFirm).inspection(stopped).machine(rigOf(stopped, "M1", "A1")).account(a)
                    .consumption(cycle("A1", "2021-10-01", "2021-10-31", "3100"))
                    .consumption(cycle("A1", "2021-11-01", "2021-11-30", "3000"))
                    .consumption(cycle("A1", "2021-12-01", "2021-12-31", "3100"))
                    .consumption(cycle("A1", "2022-01-01", "2022-01-31", "3100")).build());
        }

        @Test
        void aCaseThatStoppedBeforeItsInspectionIsPresumedToHaveMinedTheMonthsBeforeItStopped() {
            // Presumed start 2022-01-31 less 3 months = 2021-10-31, not 2022-03-20 less 3 months = 2021-12-20.
            assertThat(stoppedCaseInspectedOn("2022-03-20").surchargeLines())
                    .extracting(SurchargeLine::getFirstDay, SurchargeLine::getLastDay, SurchargeLine::getKwh,
                            SurchargeLine::getAmountCny, SurchargeLine::getRuleId)
                    .containsExactly(
                            tuple(day("2021-10-31"), day("2021-10-31"), new BigDecimal("100.000"),
                                    new BigDecimal("30.00"), "NDRC-1283-13"),
                            tuple(day("2021-11-01"), day("2021-11-30"), new BigDecimal("3000.000"),
                                    new BigDecimal("900.00"), "NDRC-1283-13"),
                            tuple(day("2021-12-01"), day("2021-12-31"), new BigDecimal("3100.000"),
                                    new BigDecimal("2480.00"), "HAINAN-2021"),
                            tuple(day("2022-01-01"), day("2022-01-31"), new BigDecimal("3100.000"),
                                    new BigDecimal("2480.00"), "HAINAN-2021"));
        }

        @Test
        void nearMissACaseInspectedBeforeItStoppedIsPresumedToHaveMinedTheMonthsBeforeTheInspection() {
            // Inspected 2022-01-20, stopped 2022-01-31: presumed start 2021-10-20.
            assertThat(stoppedCaseInspectedOn("2022-01-20").surchargeLines())
                    .extracting(SurchargeLine::getFirstDay, SurchargeLine::getLastDay, SurchargeLine::getKwh,
                            SurchargeLine::getAmountCny)
                    .first().isEqualTo(tuple(day("2021-10-20"), day("2021-10-31"), new BigDecimal("1200.000"),
                            new BigDecimal("360.00")));
        }

        @Test
        void nearMissAPassiveCasePaysNoSurcharge() {
            Account a = account(haikouFirm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.60", false);
            Inspection infected = passiveCaseAt(haikouFirm, "I1", "2021-12-20");
            AuditResult result = audit(CaseFile.builder()
                    .caseInfo(CaseInfo.builder().id("c").asOf(day("2021-12-31")).build()).entity(haikouFirm)
                    .inspection(infected).machine(rigOf(infected, "M1", "A1")).account(a)
                    .consumption(cycle("A1", "2021-12-01", "2021-12-31", "3100")).build());

            assertThat(result.surchargeLines()).isEmpty();
            assertThat(result.findings()).noneMatch(f -> f.getMeasure() == Measure.PUNITIVE_SURCHARGE);
        }

        @Test
        void whenTheParameterSaysSoPassiveCasesPayToo(@TempDir Path dir) throws Exception {
            RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                    .setCell("parameters/Parameters.drl.xlsx", "Parameters", "C12", "true");
            Account a = account(haikouFirm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.60", false);
            Inspection infected = Inspection.builder().id("I1").entityId("H1").date(day("2021-12-20"))
                    .outcome(io.miningaudit.facts.InspectionOutcome.MINING_FOUND)
                    .cause(io.miningaudit.facts.MiningCause.TROJAN_INFECTION).miningStartedOn(day("2021-12-11"))
                            .build();
            AuditResult result = new Auditor(RuleBase.compile(rules.root())).audit(CaseFile.builder()
                    .caseInfo(CaseInfo.builder().id("c").asOf(day("2021-12-31")).build()).entity(haikouFirm)
                    .inspection(infected).machine(rigOf(infected, "M1", "A1")).account(a)
                    .consumption(cycle("A1", "2021-12-01", "2021-12-31", "3100")).build());

            assertThat(result.surchargeLines()).singleElement()
                    .satisfies(l -> assertThat(l.getAmountCny()).isEqualTo(new BigDecimal("1680.00")));
            // Only the surcharge: a passive case is no mining project and makes no mining account.
            assertThat(result.findings()).extracting(Finding::getMeasure)
                    .containsExactlyInAnyOrder(Measure.PUNITIVE_SURCHARGE, Measure.REMEDIATION_ORDER);
        }
    }

    @Nested
    class MarketExit {
        @Test
        void hainanMiningAccountInTheMarketExitsWithoutTheAgencyPrice() {
            AuditResult result = audit(haikouCase(account(haikouFirm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.60",
                    true)).build());

            assertThat(findings(result, "HAINAN-2021-MARKET")).singleElement().satisfies(f -> {
                assertThat(f.getMeasure()).isEqualTo(Measure.MARKET_EXIT_ORDER);
                assertThat(f.getSubjectType()).isEqualTo(SubjectType.ACCOUNT);
                assertThat(f.getSubjectId()).isEqualTo("A1");
                assertThat(f.getExplanation()).contains("not at the 1.5x agency price");
            });
            assertThat(findings(result, "NDRC-1283-14")).isEmpty();
        }

        @Test
        void miningAccountInTheMarketOutsideHainanExitsUnderTheNotice() {
            Entity firm = entity("F1", EntityKind.PRIVATE_ENTERPRISE).province(Province.InnerMongolia).build();
            Inspection mined = deliberateCaseAt(firm, "I1", "2021-03-01").build();
            AuditResult result = audit(caseFile().entity(firm).inspection(mined).machine(rigOf(mined, "M1", "A1"))
                    .account(account(firm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.40", true)).build());

            assertThat(findings(result, "NDRC-1283-14")).singleElement()
                    .satisfies(f -> assertThat(f.getSubjectId()).isEqualTo("A1"));
            assertThat(findings(result, "HAINAN-2021-MARKET")).isEmpty();
        }

        @Test
        void nearMissAnAccountOutsideTheMarketOrNotUsedForMiningHasNoExitOrder() {
            Entity firm = entity("F1", EntityKind.PRIVATE_ENTERPRISE).province(Province.InnerMongolia).build();
            Inspection mined = deliberateCaseAt(firm, "I1", "2021-03-01").build();
            AuditResult result = audit(caseFile().entity(firm).inspection(mined).machine(rigOf(mined, "M1", "A1"))
                    .account(account(firm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.40", false))
                    .account(account(firm, "A2", TariffCategory.LARGE_INDUSTRIAL, "0.40", true)).build());

            assertThat(result.findings()).noneMatch(f -> f.getMeasure() == Measure.MARKET_EXIT_ORDER);
        }
    }

    @Nested
    class Ndrc1283_15 {
        @Test
        void eachPreferenceOfAnEntityThatMinedIsRevoked() {
            Entity centre = entity("DC1", EntityKind.PRIVATE_ENTERPRISE).dataCenter(true)
                    .preference(Preference.ELECTRICITY_PRICE).preference(Preference.LAND).build();
            AuditResult result = audit(caseFile().entity(centre)
                    .inspection(deliberateCaseAt(centre, "I1", "2021-03-01").build())
                    .inspection(deliberateCaseAt(centre, "I2", "2021-04-01").date(day("2021-11-02")).build()).build());

            assertThat(findings(result, "NDRC-1283-15"))
                    .extracting(Finding::getId, Finding::getMeasure, Finding::getSubjectId, Finding::getQuantity,
                            Finding::getUnit)
                    .containsExactly(
                            tuple("NDRC-1283-15/DC1/ELECTRICITY_PRICE", Measure.PREFERENCE_REVOKED, "DC1",
                                    BigDecimal.ONE, "ELECTRICITY_PRICE"),
                            tuple("NDRC-1283-15/DC1/LAND", Measure.PREFERENCE_REVOKED, "DC1", BigDecimal.ONE, "LAND"));
            // Each names the entity and the deliberate cases that made it fire.
            assertThat(findings(result, "NDRC-1283-15")).extracting(Finding::getFacts)
                    .containsOnly(List.of("DC1", "I1", "I2"));
        }

        @Test
        void aPreferenceListedTwiceIsRevokedOnce() {
            Entity centre = entity("DC1", EntityKind.PRIVATE_ENTERPRISE).preference(Preference.TAX)
                    .preference(Preference.RENT).preference(Preference.TAX).build();
            AuditResult result = audit(caseFile().entity(centre)
                    .inspection(deliberateCaseAt(centre, "I1", "2021-03-01").build()).build());

            assertThat(findings(result, "NDRC-1283-15")).extracting(Finding::getId, Finding::getQuantity)
                    .containsExactly(tuple("NDRC-1283-15/DC1/RENT", BigDecimal.ONE),
                            tuple("NDRC-1283-15/DC1/TAX", BigDecimal.ONE));
            assertThat(result.findings()).filteredOn(f -> f.getMeasure() == Measure.PREFERENCE_REVOKED).hasSize(2);
        }

        @Test
        void nearMissPreferencesOfATrojanInfectedEntityStand() {
            Entity centre = entity("DC1", EntityKind.PRIVATE_ENTERPRISE).preference(Preference.TAX).build();
            AuditResult result = audit(caseFile().entity(centre).inspection(passiveCaseAt(centre, "I1", "2021-11-01"))
                    .build());

            assertThat(findings(result, "NDRC-1283-15")).isEmpty();
        }
    }

    @Nested
    class SupplyRules100 {
        private final Entity household = entity("P1", EntityKind.INDIVIDUAL).province(Province.Zhejiang).build();

        private CaseFile.CaseFileBuilder residentialMining(String billed) {
            Inspection mined = deliberateCaseAt(household, "I1", "2021-11-21").miningEndedOn(day("2021-11-30"))
                    .build();
            return caseFile().entity(household).inspection(mined).machine(rigOf(mined, "M1", "A1"))
                    .account(account(household, "A1", TariffCategory.RESIDENTIAL, billed, false))
                    .consumption(cycle("A1", "2021-11-01", "2021-11-30", "3000"));
        }

        /** Residential mining billed at {@code billed}, the general industrial and commercial rate 0.6794 all year. */
        private AuditResult atTheCatalogueRate(String billed) {
            return audit(residentialMining(billed)
                    .catalogueRate(catalogueRate(TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL, "2021-01-01", "0.6794"))
                    .build());
        }

        @Test
        void residentialMiningBackPaysTheDifferenceAndTwiceItAsPenalty() {
            AuditResult result = atTheCatalogueRate("0.538");

            // 10 days × 100 kWh × (0.6794 − 0.538) = 141.40; penalty 2 × 141.40.
            assertThat(findings(result, "SUPPLY-RULES-100"))
                    .extracting(Finding::getId, Finding::getMeasure, Finding::getAmountCny, Finding::getPeriodFrom,
                            Finding::getPeriodTo)
                    .containsExactly(
                            tuple("SUPPLY-RULES-100/A1/BACK_PAYMENT", Measure.BACK_PAYMENT, new BigDecimal("141.40"),
                                    day("2021-11-21"), day("2021-11-30")),
                            tuple("SUPPLY-RULES-100/A1/LIQUIDATED_PENALTY", Measure.LIQUIDATED_PENALTY,
                                    new BigDecimal("282.80"), day("2021-11-21"), day("2021-11-30")));
            assertThat(result.summary().total().backPaymentCny()).isEqualTo(new BigDecimal("141.40"));
            assertThat(result.summary().total().liquidatedPenaltyCny()).isEqualTo(new BigDecimal("282.80"));
        }

        @Test
        void aCatalogueChangeInsideTheWindowIsAppliedDayByDay() {
            AuditResult result = audit(residentialMining("0.538")
                    .catalogueRate(catalogueRate(TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL, "2021-01-01", "0.6794")
                            .toBuilder().to(day("2021-11-25")).build())
                    .catalogueRate(catalogueRate(TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL, "2021-11-26", "0.738"))
                    .build());

            // 5 days at 0.1414 and 5 days at 0.2000, 100 kWh a day: 70.70 + 100.00.
            assertThat(findings(result, "SUPPLY-RULES-100")).first()
                    .satisfies(f -> assertThat(f.getAmountCny()).isEqualTo(new BigDecimal("170.70")));
        }

        @Test
        void aBackPaymentThatRoundsToNothingIsNotDueNorIsAPenalty() {
            // 1,000 kWh × (0.6794 − 0.679396 = 0.000004) = 0.004 CNY → 0.00.
            assertThat(findings(atTheCatalogueRate("0.679396"), "SUPPLY-RULES-100")).isEmpty();
        }

        @Test
        void nearMissABackPaymentThatRoundsToACentIsDueWithItsPenalty() {
            // 1,000 kWh × 0.000005 = 0.005 CNY → 0.01; penalty 2 × 0.01.
            AuditResult result = atTheCatalogueRate("0.679395");

            assertThat(findings(result, "SUPPLY-RULES-100")).extracting(Finding::getMeasure, Finding::getAmountCny)
                    .containsExactly(tuple(Measure.BACK_PAYMENT, new BigDecimal("0.01")),
                            tuple(Measure.LIQUIDATED_PENALTY, new BigDecimal("0.02")));
        }

        @Test
        void nearMissNoBackPaymentWhenTheCatalogueRateIsNotHigher() {
            AuditResult result = atTheCatalogueRate("0.70");

            assertThat(findings(result, "SUPPLY-RULES-100")).isEmpty();
            assertThat(result.dataIssues()).isEmpty();
        }

        @Test
        void nearMissAnAccountBilledAsCommercialBacksPaysNothing() {
            Entity firm = entity("F1", EntityKind.PRIVATE_ENTERPRISE).build();
            Inspection mined = deliberateCaseAt(firm, "I1", "2021-11-21").build();
            AuditResult result = audit(caseFile().entity(firm).inspection(mined).machine(rigOf(mined, "M1", "A1"))
                    .account(account(firm, "A1", TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL, "0.40", false))
                    .consumption(cycle("A1", "2021-11-01", "2021-11-30", "3000"))
                    .catalogueRate(catalogueRate(TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL, "2021-01-01", "0.6794"))
                    .build());

            assertThat(findings(result, "SUPPLY-RULES-100")).isEmpty();
        }

        @Test
        void aDayWithoutACatalogueRateIsADataIssueAndNeitherFinding() {
            AuditResult result = audit(residentialMining("0.538")
                    .catalogueRate(catalogueRate(TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL, "2021-11-23", "0.6794"))
                    .build());

            assertThat(findings(result, "SUPPLY-RULES-100")).isEmpty();
            assertThat(issues(result, "MISSING_CATALOGUE_RATE")).singleElement().satisfies(i -> {
                assertThat(i.getLocation()).isEqualTo("accounts/A1");
                assertThat(i.getMessage()).contains("Zhejiang on 2021-11-21 to 2021-11-22");
            });
        }
    }

    @Nested
    class NoConsumptionInWindow {
        @Test
        void aMiningAccountWithoutReadingsInItsWindowIsADataIssue() {
            Entity firm = entity("F1", EntityKind.PRIVATE_ENTERPRISE).build();
            Inspection mined = deliberateCaseAt(firm, "I1", "2021-10-01").build();
            AuditResult result = audit(caseFile().entity(firm).inspection(mined).machine(rigOf(mined, "M1", "A1"))
                    .account(account(firm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.60", false))
                    .consumption(cycle("A1", "2021-08-01", "2021-09-30", "600")).build());

            assertThat(issues(result, "NO_CONSUMPTION_IN_WINDOW")).singleElement().satisfies(i -> {
                assertThat(i.getLocation()).isEqualTo("accounts/A1");
                assertThat(i.getMessage()).contains("has no consumption cycle in its window 2021-10-01 to 2021-12-14");
            });
            assertThat(result.surchargeLines()).isEmpty();
        }

        @Test
        void nearMissOneOverlappingCycleIsEnough() {
            Entity firm = entity("F1", EntityKind.PRIVATE_ENTERPRISE).build();
            Inspection mined = deliberateCaseAt(firm, "I1", "2021-10-01").build();
            AuditResult result = audit(caseFile().entity(firm).inspection(mined).machine(rigOf(mined, "M1", "A1"))
                    .account(account(firm, "A1", TariffCategory.LARGE_INDUSTRIAL, "0.60", false))
                    .consumption(cycle("A1", "2021-09-01", "2021-10-01", "620")).build());

            assertThat(issues(result, "NO_CONSUMPTION_IN_WINDOW")).isEmpty();
            assertThat(result.surchargeLines()).singleElement()
                    .satisfies(l -> assertThat(l.getAmountCny()).isEqualTo(new BigDecimal("6.00")));
        }
    }
}

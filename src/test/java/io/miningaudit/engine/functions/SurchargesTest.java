package io.miningaudit.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.AccountWindow;
import io.miningaudit.facts.BackPaymentBasis;
import io.miningaudit.facts.CatalogueRate;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.DateRange;
import io.miningaudit.facts.MiningAccount;
import io.miningaudit.facts.Province;
import io.miningaudit.facts.SurchargeLine;
import io.miningaudit.facts.SurchargeRate;
import io.miningaudit.facts.SurchargeTotal;
import io.miningaudit.facts.SurchargedAccount;
import io.miningaudit.facts.TariffCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day and money arithmetic of the electricity rules, without the engine. */
class SurchargesTest {
    private static final SurchargeRate NATIONAL = SurchargeRate.row("NDRC-1283-13").jurisdiction("NATIONAL")
            .from("2021-09-24").rate("0.30").basis("notice 1283 §13");
    private static final SurchargeRate SICHUAN = SurchargeRate.row("SICHUAN-2022-186").jurisdiction("Sichuan")
            .from("2022-04-15").until("2027-04-14").rate("2.00").basis("川发改价格规〔2022〕186号");
    private static final List<SurchargeRate> ROWS = List.of(NATIONAL, SICHUAN);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static Account account(Province province, TariffCategory category, String billed) {
        return Account.builder().id("A1").entityId("E1").province(province).category(category)
                .billedRateCnyPerKwh(new BigDecimal(billed)).build();
    }

    private static Consumption cycle(String from, String to, String kwh) {
        return Consumption.builder().accountId("A1").from(day(from)).to(day(to)).kwh(new BigDecimal(kwh)).build();
    }

    private static SurchargedAccount charged(Account account, List<Consumption> cycles, String... windows) {
        List<AccountWindow> caseWindows = new java.util.ArrayList<>();
        for (int i = 0; i < windows.length; i += 2) {
            caseWindows.add(new AccountWindow("A1", "I" + i, day(windows[i]), day(windows[i + 1]), true));
        }
        return new SurchargedAccount(account, caseWindows, cycles);
    }

    private static MiningAccount mining(Account account, String from, String to, Consumption... cycles) {
        return new MiningAccount(account, List.of(new AccountWindow("A1", "I1", day(from), day(to), true)),
                List.of(cycles));
    }

    @Test
    void aScheduleRowWithAnEndDateStopsGoverningAfterIt() {
        assertThat(Surcharges.governing(ROWS, Province.Sichuan, day("2027-04-14"))).isSameAs(SICHUAN);
        assertThat(Surcharges.governing(ROWS, Province.Sichuan, day("2027-04-15"))).isSameAs(NATIONAL);
        assertThat(Surcharges.governing(ROWS, Province.Sichuan, day("2021-09-23"))).isNull();
        assertThat(Surcharges.governing(ROWS, Province.Hainan, day("2023-01-01"))).isSameAs(NATIONAL);
    }

    @Test
    void onATieTheProvincialRowGoverns() {
        SurchargeRate tianjin = SurchargeRate.row("TIANJIN").jurisdiction("Tianjin").from("2021-01-01").rate("0.30")
                .basis("b");
        assertThat(Surcharges.governing(List.of(NATIONAL, tianjin), Province.Tianjin, day("2022-01-01")))
                .isSameAs(tianjin);
        assertThat(Surcharges.governing(List.of(tianjin, NATIONAL), Province.Tianjin, day("2022-01-01")))
                .isSameAs(tianjin);
    }

    @Test
    void aLeapYearCycleIsProRatedOverItsTwentyNineDays() {
        Account a = account(Province.Sichuan, TariffCategory.LARGE_INDUSTRIAL, "0.40");
        List<SurchargeLine> lines = Surcharges.lines(
                charged(a, List.of(cycle("2024-02-01", "2024-02-29", "2900")), "2024-02-20", "2024-03-10"), ROWS);

        // 20-29 February: 10 of 29 days of 2,900 kWh = 1,000 kWh at Sichuan's 2.00.
        assertThat(lines).extracting(SurchargeLine::getFirstDay, SurchargeLine::getLastDay, SurchargeLine::getKwh,
                        SurchargeLine::getAmountCny, SurchargeLine::getRuleId)
                .containsExactly(tuple(day("2024-02-20"), day("2024-02-29"), new BigDecimal("1000.000"),
                        new BigDecimal("2000.00"), "SICHUAN-2022-186"));
    }

    @Test
    void aCycleStraddlingTheStartOfAProvincialRowGivesTwoLines() {
        Account a = account(Province.Sichuan, TariffCategory.LARGE_INDUSTRIAL, "0.40");
        List<SurchargeLine> lines = Surcharges.lines(
                charged(a, List.of(cycle("2022-04-01", "2022-04-30", "3000")), "2022-04-01", "2022-04-30"), ROWS);

        assertThat(lines).extracting(SurchargeLine::getLastDay, SurchargeLine::getKwh, SurchargeLine::getAmountCny,
                        SurchargeLine::getRuleId)
                .containsExactly(tuple(day("2022-04-14"), new BigDecimal("1400.000"), new BigDecimal("420.00"),
                                "NDRC-1283-13"),
                        tuple(day("2022-04-30"), new BigDecimal("1600.000"), new BigDecimal("3200.00"),
                                "SICHUAN-2022-186"));
        assertThat(SurchargeTotal.of(lines).amountCny()).isEqualTo(new BigDecimal("3620.00"));
        assertThat(SurchargeTotal.of(lines).kwh()).isEqualTo(new BigDecimal("3000.000"));
    }

    @Test
    void twoDisjointWindowsInOneCycleGiveTwoLinesAndTheGapPaysNothing() {
        Account a = account(Province.Hainan, TariffCategory.LARGE_INDUSTRIAL, "0.40");
        List<SurchargeLine> lines = Surcharges.lines(
                charged(a,
                        List.of(cycle("2022-01-01", "2022-01-31", "3100")), "2022-01-01", "2022-01-05", "2022-01-21",
                                "2022-01-31"), ROWS);

        assertThat(lines).extracting(SurchargeLine::getFirstDay, SurchargeLine::getAmountCny)
                .containsExactly(tuple(day("2022-01-01"), new BigDecimal("150.00")),
                        tuple(day("2022-01-21"), new BigDecimal("330.00")));
    }

    @Test
    void aBackPaymentOverAWindowClosedByTheAsOfDateCountsOnlyCoveredDays() {
        Account a = account(Province.Zhejiang, TariffCategory.AGRICULTURAL, "0.50");
        MiningAccount mining = mining(a, "2021-11-21", "2021-12-14", cycle("2021-11-01", "2021-11-30", "3000"));
        CatalogueRate gic = CatalogueRate.builder().province(Province.Zhejiang)
                .category(TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL).from(day("2021-01-01"))
                .rateCnyPerKwh(new BigDecimal("0.70")).build();

        // Readings end on 30 November: 10 covered days of 100 kWh, × 0.20.
        BackPaymentBasis basis = BackPayments.basis(mining, List.of(gic));

        assertThat(basis.getCoveredDays()).isEqualTo(10);
        assertThat(basis.getLastDay()).isEqualTo(day("2021-11-30"));
        assertThat(basis.getChargeableKwh()).isEqualTo(new BigDecimal("1000.000"));
        assertThat(basis.getBackPaymentCny()).isEqualTo(new BigDecimal("200.00"));
        assertThat(basis.isComputable()).isTrue();
        assertThat(BackPayments.penalty(new BigDecimal("2"), basis.getBackPaymentCny()))
                .isEqualTo(new BigDecimal("400.00"));
        assertThat(BackPayments.penalty(new BigDecimal("1.5"), new BigDecimal("0.33")))
                .isEqualTo(new BigDecimal("0.50"));
    }

    @Test
    void daysWithoutACatalogueRateAreGatheredIntoRuns() {
        Account a = account(Province.Zhejiang, TariffCategory.RESIDENTIAL, "0.50");
        MiningAccount mining = mining(a, "2021-11-01", "2021-11-30", cycle("2021-11-01", "2021-11-30", "3000"));
        CatalogueRate gic = CatalogueRate.builder().province(Province.Zhejiang)
                .category(TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL).from(day("2021-11-04")).to(day("2021-11-27"))
                .rateCnyPerKwh(new BigDecimal("0.70")).build();

        BackPaymentBasis basis = BackPayments.basis(mining, List.of(gic));

        assertThat(basis.isComputable()).isFalse();
        assertThat(basis.getMissingRateDays()).containsExactly(new DateRange(day("2021-11-01"), day("2021-11-03")),
                new DateRange(day("2021-11-28"), day("2021-11-30")));
    }
}

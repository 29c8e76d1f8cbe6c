package io.miningaudit.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnergyTest {

    private static Consumption cycle(String from, String to, String kwh) {
        return Consumption.builder().accountId("A-1").from(LocalDate.parse(from)).to(LocalDate.parse(to))
                .kwh(new BigDecimal(kwh)).build();
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void cycleFullyInsideTheWindowCountsWhole() {
        assertThat(Energy.proRated(cycle("2021-10-01", "2021-10-31", "310.5"), range("2021-09-15", "2021-11-15")))
                .isEqualTo(Exact.of(new BigDecimal("310.5")));
    }

    @Test
    void windowStartingMidCycleTakesItsShareOfDays() {
        // 310 kWh over 31 days, 10 days inside: 100 kWh exactly.
        Exact kwh = Energy.proRated(cycle("2021-10-01", "2021-10-31", "310"), range("2021-10-22", "2021-12-14"));

        assertThat(kwh).isEqualTo(Exact.of(100));
        assertThat(kwh.toKwh()).isEqualTo(new BigDecimal("100.000"));
    }

    @Test
    void windowInsideACycle() {
        assertThat(Energy.proRated(cycle("2021-10-01", "2021-10-31", "310"), range("2021-10-05", "2021-10-14")))
                .isEqualTo(Exact.of(100));
    }

    @Test
    void oneDayOfAThreeDayCycleIsAnExactThird() {
        Exact kwh = Energy.proRated(cycle("2021-10-01", "2021-10-03", "100"), range("2021-10-03", "2021-10-20"));

        assertThat(kwh).isEqualTo(Exact.of(100).dividedBy(3));
        assertThat(kwh.toString()).isEqualTo("100/3");
        assertThat(kwh.times(3)).isEqualTo(Exact.of(100));
        assertThat(kwh.toKwh()).isEqualTo(new BigDecimal("33.333"));
    }

    @Test
    void cycleAcrossALeapDay() {
        // 2020-02-28 .. 2020-03-01 is 3 days; the window takes 2020-02-29 and 2020-03-01.
        assertThat(Energy.proRated(cycle("2020-02-28", "2020-03-01", "90"), range("2020-02-29", "2020-03-31")))
                .isEqualTo(Exact.of(60));
    }

    @Test
    void cycleOutsideTheWindowCountsNothing() {
        assertThat(Energy.proRated(cycle("2021-10-01", "2021-10-31", "310"), range("2021-11-01", "2021-11-30")))
                .isEqualTo(Exact.ZERO);
    }

    @Test
    void unionOfTwoWindowsOnOneAccountCountsSharedDaysOnce() {
        Consumption oct = cycle("2021-10-01", "2021-10-31", "310");

        // Oct 1-10 and Oct 6-15 share 5 days: the union is Oct 1-15, 150 kWh (not 100 + 100).
        Exact kwh = Energy.proRated(List.of(oct), List.of(range("2021-10-01", "2021-10-10"),
                range("2021-10-06", "2021-10-15")));

        assertThat(kwh).isEqualTo(Exact.of(150));
    }

    @Test
    void disjointWindowsAndSeveralCyclesAddUp() {
        List<Consumption> cycles = List.of(cycle("2021-10-01", "2021-10-31", "310"),
                cycle("2021-11-01", "2021-11-30", "600"));

        // Oct 1-5 (50) + Oct 27 - Nov 3 (5 × 10 + 3 × 20 = 110).
        Exact kwh = Energy.proRated(cycles, List.of(range("2021-10-27", "2021-11-03"),
                range("2021-10-01", "2021-10-05")));

        assertThat(kwh).isEqualTo(Exact.of(160));
    }

    @Test
    void cyclesInOneWindowAreSummedExactly() {
        List<Consumption> cycles = List.of(cycle("2021-09-30", "2021-10-02", "100"),
                cycle("2021-10-03", "2021-11-02", "310"));

        Exact kwh = Energy.proRated(cycles, range("2021-10-01", "2021-12-14"));

        assertThat(kwh).isEqualTo(Exact.of(310 * 3 + 200).dividedBy(3));
        assertThat(kwh.times(2).toKwh()).isEqualTo(new BigDecimal("753.333"));
    }
}

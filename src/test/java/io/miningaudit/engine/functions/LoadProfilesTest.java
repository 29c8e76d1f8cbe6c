package io.miningaudit.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.AccountReadings;
import io.miningaudit.facts.LoadProfile;
import io.miningaudit.facts.Province;
import io.miningaudit.facts.TariffCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadProfilesTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 12, 31);
    private static final Account ACCOUNT = Account.builder().id("A1").entityId("E1").province(Province.Jiangsu)
            .category(TariffCategory.RESIDENTIAL).billedRateCnyPerKwh(new BigDecimal("0.5283")).build();

    private static List<BigDecimal> kwh(String... values) {
        return List.of(values).stream().map(BigDecimal::new).toList();
    }

    private static List<BigDecimal> repeated(String value, int times) {
        return Collections.nCopies(times, new BigDecimal(value));
    }

    private static List<BigDecimal> concat(List<BigDecimal> a, List<BigDecimal> b) {
        List<BigDecimal> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Readings of {@code values} on the days ending on the as-of date, skipping the days of {@code missing}. */
    private static AccountReadings readings(List<BigDecimal> values, LocalDate... missing) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = AS_OF;
        while (days.size() < values.size()) {
            if (!List.of(missing).contains(day)) {
                days.add(0, day);
            }
            day = day.minusDays(1);
        }
        return new AccountReadings(ACCOUNT, days, values);
    }

    @Test
    void aConstantLoadHasItsMeanNoVariationAndAStepOfOne() {
        LoadProfile p = LoadProfiles.of(readings(repeated("36.5", 90)), AS_OF, 90, 14);

        assertThat(p.getDays()).isEqualTo(90);
        assertThat(p.getMean()).isEqualByComparingTo("36.5");
        assertThat(p.getVariation()).isEqualByComparingTo("0");
        assertThat(p.getStepChange()).isEqualByComparingTo("1");
        assertThat(p.getStepOn()).isEqualTo(AS_OF.minusDays(89).plusDays(14));
        assertThat(p.getFirstDay()).isEqualTo(LocalDate.of(2021, 10, 3));
        assertThat(p.getLastDay()).isEqualTo(AS_OF);
        assertThat(p.getWindowFrom()).isEqualTo(LocalDate.of(2021, 10, 3));
    }

    @Test
    void theVariationIsThePopulationStandardDeviationOverTheMean() {
        // 10 and 30: mean 20, population standard deviation 10.
        assertThat(LoadProfiles.variation(kwh("10", "30"))).isEqualByComparingTo("0.5");
        // 1, 2, 3, 4: mean 2.5, variance 1.25, deviation 1.1180339887498948482045868343656381: to 34 digits.
        assertThat(LoadProfiles.variation(kwh("1", "2", "3", "4")))
                .isEqualTo(new BigDecimal("0.4472135954999579392818347337462552"));
        assertThat(LoadProfiles.mean(kwh("1", "2", "2")))
                .isEqualTo(new BigDecimal("1.666666666666666666666666666666667"));
    }

    @Test
    void aLoadWithOneMissingDayCountsItsReadDaysAndStepsOverReadDays() {
        // 61 readings over the last 62 days; the missing day lies among the first 14 read days.
        LocalDate missing = AS_OF.minusDays(55);
        List<BigDecimal> values = concat(repeated("10", 14), repeated("40", 47));
        LoadProfile p = LoadProfiles.of(readings(values, missing), AS_OF, 90, 14);

        assertThat(p.getDays()).isEqualTo(61);
        assertThat(p.getFirstDay()).isEqualTo(AS_OF.minusDays(61));
        assertThat(p.getStepChange()).isEqualByComparingTo("4");
        // The 15th read day: the 16th calendar day, since one of the first 15 was not read.
        assertThat(p.getStepOn()).isEqualTo(AS_OF.minusDays(61).plusDays(15));
    }

    @Test
    void aJumpOnTheFirstDayAStepCanBeMeasuredIsFound() {
        // 28 read days: the step can be measured on the 15th alone (14 before it, 14 from it on).
        LoadProfiles.Step step = LoadProfiles.stepChange(concat(repeated("5", 14), repeated("35", 14)), 14);

        assertThat(step.at()).isEqualTo(14);
        assertThat(step.ratio()).isEqualByComparingTo("7");
    }

    @Test
    void nearMissOneReadDayTooFewForAStepMeasuresNone() {
        assertThat(LoadProfiles.stepChange(concat(repeated("5", 14), repeated("35", 13)), 14)).isNull();
        assertThat(LoadProfiles.stepChange(repeated("5", 10), 0)).isNull();
    }

    @Test
    void theLargestStepIsKeptAndOnEqualStepsTheEarlierDay() {
        // 2 → 4 doubles at read day 14; 4 → 12 triples at read day 28: the larger wins.
        List<BigDecimal> values = concat(concat(repeated("2", 14), repeated("4", 14)), repeated("12", 14));
        LoadProfiles.Step step = LoadProfiles.stepChange(values, 14);
        assertThat(step.at()).isEqualTo(28);
        assertThat(step.ratio()).isEqualByComparingTo("3");
        // Flat all along: every day steps 1; the first day that can be measured is kept.
        assertThat(LoadProfiles.stepChange(repeated("7", 30), 14).at()).isEqualTo(14);
    }

    @Test
    void aZeroMeanHasNoVariationAndAZeroMeanBeforeIsNoStep() {
        LoadProfile zero = LoadProfiles.of(readings(repeated("0", 60)), AS_OF, 90, 14);
        assertThat(zero.getMean()).isEqualByComparingTo("0");
        assertThat(zero.getVariation()).isEqualByComparingTo("0");
        assertThat(zero.getStepChange()).isNull();
        assertThat(zero.getStepOn()).isNull();

        // Zero before, then a load: no ratio where the mean before is zero, only where it is not.
        List<BigDecimal> values = concat(concat(repeated("0", 20), repeated("1", 1)), repeated("50", 20));
        LoadProfiles.Step step = LoadProfiles.stepChange(values, 14);
        assertThat(step.ratio()).isEqualByComparingTo("700");
        assertThat(step.at()).isEqualTo(21);
    }

    @Test
    void fewerReadDaysThanTheMinimumAreCountedForTheRuleToJudge() {
        LoadProfile p = LoadProfiles.of(readings(repeated("36", 59)), AS_OF, 90, 14);

        assertThat(p.getDays()).isEqualTo(59);
        assertThat(p.getMean()).isEqualByComparingTo("36");
    }

    @Test
    void readingsOutsideTheWindowAreLeftOutAndAnAccountWithNoneInItHasNoProfile() {
        // 100 days of readings: the 10 oldest fall before the 90-day window.
        LoadProfile p = LoadProfiles.of(readings(concat(repeated("1000", 10), repeated("40", 90))), AS_OF, 90, 14);
        assertThat(p.getDays()).isEqualTo(90);
        assertThat(p.getMean()).isEqualByComparingTo("40");

        AccountReadings old = new AccountReadings(ACCOUNT, List.of(AS_OF.minusDays(90)), kwh("40"));
        assertThat(LoadProfiles.of(old, AS_OF, 90, 14)).isNull();
        assertThat(LoadProfiles.of(old, AS_OF, 91, 14).getDays()).isEqualTo(1);
        assertThat(LoadProfiles.of(old, AS_OF, 0, 14)).isNull();
    }

    @Test
    void featuresAreShownToThreeDecimalsHalfUp() {
        assertThat(LoadProfile.shown(new BigDecimal("33.1148"))).isEqualTo(new BigDecimal("33.115"));
        assertThat(LoadProfile.shown(new BigDecimal("0.1"))).isEqualTo(new BigDecimal("0.100"));
        assertThat(LoadProfile.shown(null)).isNull();
    }
}

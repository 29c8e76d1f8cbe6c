package io.miningaudit.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.DateRange;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.InspectionOutcome;
import io.miningaudit.facts.MiningCause;
import io.miningaudit.facts.MiningWindow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WindowsTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 12, 14);

    private static Inspection inspection(LocalDate date, LocalDate started, LocalDate ended) {
        return Inspection.builder().id("I-7").entityId("E-3").date(date).outcome(InspectionOutcome.MINING_FOUND)
                .cause(MiningCause.SELF_INITIATED).miningStartedOn(started).miningEndedOn(ended).build();
    }

    @Test
    void startedAndEndedGiven() {
        MiningWindow w = Windows.miningWindow(
                inspection(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 10, 3), LocalDate.of(2021, 10, 20)), 3, AS_OF);

        assertThat(w.getInspectionId()).isEqualTo("I-7");
        assertThat(w.getEntityId()).isEqualTo("E-3");
        assertThat(w.getFirstDay()).isEqualTo(LocalDate.of(2021, 10, 3));
        assertThat(w.getLastDay()).isEqualTo(LocalDate.of(2021, 10, 20));
        assertThat(w.isPresumedStart()).isFalse();
        assertThat(w.isOpenEnd()).isFalse();
        assertThat(w.getRange()).isEqualTo(new DateRange(LocalDate.of(2021, 10, 3), LocalDate.of(2021, 10, 20)));
    }

    @Test
    void startAbsentIsInspectionDateLessThreeCalendarMonths() {
        MiningWindow w = Windows.miningWindow(inspection(LocalDate.of(2021, 5, 31), null, null), 3, AS_OF);

        assertThat(w.getFirstDay()).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(w.getLastDay()).isEqualTo(AS_OF);
        assertThat(w.isPresumedStart()).isTrue();
        assertThat(w.isOpenEnd()).isTrue();
    }

    @Test
    void presumedStartInALeapYearIsTheTwentyNinth() {
        MiningWindow w = Windows.miningWindow(inspection(LocalDate.of(2020, 5, 31), null, null), 3,
                LocalDate.of(2020, 6, 30));

        assertThat(w.getFirstDay()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(w.getLastDay()).isEqualTo(LocalDate.of(2020, 6, 30));
    }

    @Test
    void presumedStartUsesTheParameterNotAFixedThree() {
        MiningWindow w = Windows.miningWindow(inspection(LocalDate.of(2021, 8, 15), null, null), 6, AS_OF);

        assertThat(w.getFirstDay()).isEqualTo(LocalDate.of(2021, 2, 15));
    }

    @Test
    void presumedStartAcrossAYearBoundary() {
        MiningWindow w = Windows.miningWindow(inspection(LocalDate.of(2022, 1, 15), null, null), 3,
                LocalDate.of(2022, 3, 1));

        assertThat(w.getFirstDay()).isEqualTo(LocalDate.of(2021, 10, 15));
    }

    @Test
    void endAbsentIsTheAsOfDate() {
        MiningWindow w = Windows.miningWindow(
                inspection(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 10, 1), null), 3, AS_OF);

        assertThat(w.getFirstDay()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(w.getLastDay()).isEqualTo(AS_OF);
        assertThat(w.isPresumedStart()).isFalse();
        assertThat(w.isOpenEnd()).isTrue();
    }

    @Test
    void bothAbsentIsPresumedAndOpen() {
        MiningWindow w = Windows.miningWindow(inspection(LocalDate.of(2021, 11, 30), null, null), 3, AS_OF);

        assertThat(w.getFirstDay()).isEqualTo(LocalDate.of(2021, 8, 30));
        assertThat(w.getLastDay()).isEqualTo(AS_OF);
        assertThat(w.isPresumedStart()).isTrue();
        assertThat(w.isOpenEnd()).isTrue();
    }

    @Test
    void endedBeforeTheInspectionPresumesTheDurationBackFromTheEnd() {
        // Mining stopped on 15 January, inspected on 31 May: three months before the end, not before the inspection.
        MiningWindow w = Windows.miningWindow(
                inspection(LocalDate.of(2021, 5, 31), null, LocalDate.of(2021, 1, 15)), 3, AS_OF);

        assertThat(w.getFirstDay()).isEqualTo(LocalDate.of(2020, 10, 15));
        assertThat(w.getLastDay()).isEqualTo(LocalDate.of(2021, 1, 15));
        assertThat(w.getRange().days()).isEqualTo(93);
        assertThat(w.isPresumedStart()).isTrue();
        assertThat(w.isOpenEnd()).isFalse();
    }

    @Test
    void endedTheDayBeforeTheInspectionPresumesFromThatDay() {
        MiningWindow w = Windows.miningWindow(
                inspection(LocalDate.of(2021, 11, 1), null, LocalDate.of(2021, 10, 31)), 3, AS_OF);

        assertThat(w.getFirstDay()).isEqualTo(LocalDate.of(2021, 7, 31));
        assertThat(w.getLastDay()).isEqualTo(LocalDate.of(2021, 10, 31));
    }

    @Test
    void nearMissEndedOnOrAfterTheInspectionPresumesFromTheInspection() {
        MiningWindow onTheDay = Windows.miningWindow(
                inspection(LocalDate.of(2021, 11, 1), null, LocalDate.of(2021, 11, 1)), 3, AS_OF);
        MiningWindow after = Windows.miningWindow(
                inspection(LocalDate.of(2021, 11, 1), null, LocalDate.of(2021, 11, 5)), 3, AS_OF);

        assertThat(onTheDay.getRange()).isEqualTo(new DateRange(LocalDate.of(2021, 8, 1), LocalDate.of(2021, 11, 1)));
        assertThat(after.getRange()).isEqualTo(new DateRange(LocalDate.of(2021, 8, 1), LocalDate.of(2021, 11, 5)));
    }

    @Test
    void presumedBackFromAnEndOnTheThirtyFirstLandsOnTheLastDayOfTheEarlierMonth() {
        MiningWindow w = Windows.miningWindow(
                inspection(LocalDate.of(2022, 6, 15), null, LocalDate.of(2022, 5, 31)), 3, LocalDate.of(2022, 7, 1));

        assertThat(w.getFirstDay()).isEqualTo(LocalDate.of(2022, 2, 28));
        assertThat(Windows.presumedStart(inspection(LocalDate.of(2022, 6, 15), null, LocalDate.of(2022, 5, 31)), 3))
                .isEqualTo(LocalDate.of(2022, 2, 28));
    }

    @Test
    void noPresumedDurationMakesAOneDayWindowOnTheEndDay() {
        MiningWindow w = Windows.miningWindow(
                inspection(LocalDate.of(2021, 5, 31), null, LocalDate.of(2021, 1, 15)), 0, AS_OF);

        assertThat(w.getRange()).isEqualTo(new DateRange(LocalDate.of(2021, 1, 15), LocalDate.of(2021, 1, 15)));
    }

    @Test
    void deadlineIsCalendarDaysAfterTheDate() {
        assertThat(Windows.deadline(LocalDate.of(2021, 11, 10), 30)).isEqualTo(LocalDate.of(2021, 12, 10));
        assertThat(Windows.deadline(LocalDate.of(2021, 12, 15), 30)).isEqualTo(LocalDate.of(2022, 1, 14));
        assertThat(Windows.deadline(LocalDate.of(2020, 2, 1), 30)).isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(Windows.deadline(LocalDate.of(2021, 2, 1), 30)).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(Windows.deadline(LocalDate.of(2021, 6, 1), 0)).isEqualTo(LocalDate.of(2021, 6, 1));
    }
}

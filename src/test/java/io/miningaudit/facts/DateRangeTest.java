package io.miningaudit.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void daysCountBothEndsAcrossALeapDay() {
        assertThat(range("2020-02-28", "2020-03-01").days()).isEqualTo(3);
        assertThat(range("2021-02-28", "2021-03-01").days()).isEqualTo(2);
        assertThat(range("2021-10-01", "2021-10-31").days()).isEqualTo(31);
        assertThat(range("2021-10-01", "2021-10-01").days()).isEqualTo(1);
        assertThat(range("2020-01-01", "2020-12-31").days()).isEqualTo(366);
    }

    @Test
    void constructorRejectsAnEndBeforeTheStart() {
        assertThatThrownBy(() -> range("2021-10-02", "2021-10-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2021-10-01").hasMessageContaining("2021-10-02");
        assertThatThrownBy(() -> new DateRange(null, LocalDate.of(2021, 1,
                1))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2021, 1, 1),
                null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void containsBothEnds() {
        DateRange r = range("2021-10-01", "2021-10-31");

        assertThat(r.contains(LocalDate.of(2021, 10, 1))).isTrue();
        assertThat(r.contains(LocalDate.of(2021, 10, 31))).isTrue();
        assertThat(r.contains(LocalDate.of(2021, 9, 30))).isFalse();
        assertThat(r.contains(LocalDate.of(2021, 11, 1))).isFalse();
    }

    @Test
    void overlapsIncludingASingleSharedDay() {
        DateRange oct = range("2021-10-01", "2021-10-31");

        assertThat(oct.overlaps(range("2021-10-31", "2021-11-30"))).isTrue();
        assertThat(range("2021-10-31", "2021-11-30").overlaps(oct)).isTrue();
        assertThat(oct.overlaps(range("2021-09-01", "2021-10-01"))).isTrue();
        assertThat(oct.overlaps(range("2021-10-10", "2021-10-12"))).isTrue();
        assertThat(range("2021-10-10", "2021-10-12").overlaps(oct)).isTrue();
        assertThat(oct.overlaps(range("2021-11-01", "2021-11-30"))).isFalse();
        assertThat(oct.overlaps(range("2021-09-01", "2021-09-30"))).isFalse();
    }

    @Test
    void intersection() {
        DateRange oct = range("2021-10-01", "2021-10-31");

        assertThat(oct.intersection(range("2021-10-20", "2021-11-15"))).isEqualTo(range("2021-10-20", "2021-10-31"));
        assertThat(range("2021-10-20", "2021-11-15").intersection(oct)).isEqualTo(range("2021-10-20", "2021-10-31"));
        assertThat(oct.intersection(range("2021-10-31", "2021-11-15"))).isEqualTo(range("2021-10-31", "2021-10-31"));
        assertThat(oct.intersection(range("2021-10-05", "2021-10-14"))).isEqualTo(range("2021-10-05", "2021-10-14"));
        assertThat(oct.intersection(range("2021-09-01", "2021-12-31"))).isEqualTo(oct);
    }

    @Test
    void unionOfOverlappingRanges() {
        assertThat(DateRange.union(List.of(range("2021-10-10", "2021-10-20"), range("2021-10-01", "2021-10-15"))))
                .containsExactly(range("2021-10-01", "2021-10-20"));
    }

    @Test
    void unionJoinsRangesThatTouch() {
        assertThat(DateRange.union(List.of(range("2021-10-01", "2021-10-10"), range("2021-10-11", "2021-10-20"))))
                .containsExactly(range("2021-10-01", "2021-10-20"));
    }

    @Test
    void unionKeepsDisjointRangesApartInDateOrder() {
        assertThat(DateRange.union(List.of(range("2021-10-12", "2021-10-20"), range("2021-10-01", "2021-10-10"))))
                .containsExactly(range("2021-10-01", "2021-10-10"), range("2021-10-12", "2021-10-20"));
    }

    @Test
    void unionSwallowsAContainedRangeAndMergesChains() {
        assertThat(DateRange.union(List.of(
                range("2021-10-01", "2021-10-31"),
                range("2021-10-05", "2021-10-06"),
                range("2021-11-01", "2021-11-05"),
                range("2021-11-04", "2021-11-10"),
                range("2021-12-01", "2021-12-01"))))
                .containsExactly(range("2021-10-01", "2021-11-10"), range("2021-12-01", "2021-12-01"));
    }

    @Test
    void unionOfNothingIsEmpty() {
        assertThat(DateRange.union(List.of())).isEmpty();
    }

    @Test
    void toStringNamesBothDays() {
        assertThat(range("2021-10-01", "2021-10-31")).hasToString("2021-10-01 to 2021-10-31");
    }
}

package io.miningaudit.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayRunsTest {
    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static DateRange range(String from, String to) {
        return new DateRange(day(from), day(to));
    }

    @Test
    void aRangeIsCutWhereTheKeyChangesAndANullKeyIsARunToo() {
        List<DayRuns.Run<String>> runs = DayRuns.of(range("2022-01-01", "2022-01-10"),
                d -> d.getDayOfMonth() <= 3 ? "a" : d.getDayOfMonth() <= 5 ? null : "b");

        assertThat(runs).containsExactly(new DayRuns.Run<>("a", range("2022-01-01", "2022-01-03")),
                new DayRuns.Run<>(null, range("2022-01-04", "2022-01-05")),
                new DayRuns.Run<>("b", range("2022-01-06", "2022-01-10")));
    }

    @Test
    void nearMissOneKeyAllAlongIsOneRunAndOneDayIsOneRun() {
        assertThat(DayRuns.of(range("2021-12-30", "2022-01-02"), d -> "x"))
                .containsExactly(new DayRuns.Run<>("x", range("2021-12-30", "2022-01-02")));
        assertThat(DayRuns.of(range("2022-02-28", "2022-02-28"), d -> 1))
                .containsExactly(new DayRuns.Run<>(1, range("2022-02-28", "2022-02-28")));
    }

    @Test
    void appendJoinsARangeThatFollowsOnAndKeepsAGap() {
        List<DateRange> ranges = new ArrayList<>();
        DayRuns.append(ranges, range("2022-01-01", "2022-01-03"));
        DayRuns.append(ranges, range("2022-01-04", "2022-01-05"));
        DayRuns.append(ranges, range("2022-01-07", "2022-01-07"));

        assertThat(ranges).containsExactly(range("2022-01-01", "2022-01-05"), range("2022-01-07", "2022-01-07"));
    }
}

package io.miningaudit.engine.functions;

import io.miningaudit.facts.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs of days under one key: a range of days cut wherever the key of a day differs from the day before's. Surcharge
 * lines are runs of one governing schedule row, back-payments runs of one catalogue rate.
 */
public final class DayRuns {
    private DayRuns() {
    }

    /** Consecutive days of one key; the key may be null (no row, no rate on those days). */
    public record Run<K>(K key, DateRange days) {
    }

    /** {@code range} split into maximal runs of consecutive days whose keys are equal, in date order. */
    public static <K> List<Run<K>> of(DateRange range, Function<LocalDate, K> keyOf) {
        List<Run<K>> runs = new ArrayList<>();
        LocalDate start = range.from();
        K current = keyOf.apply(start);
        for (LocalDate day = start.plusDays(1); !day.isAfter(range.to()); day = day.plusDays(1)) {
            K key = keyOf.apply(day);
            if (!Objects.equals(key, current)) {
                runs.add(new Run<>(current, new DateRange(start, day.minusDays(1))));
                current = key;
                start = day;
            }
        }
        runs.add(new Run<>(current, new DateRange(start, range.to())));
        return runs;
    }

    /** Adds {@code days} to date-ordered {@code ranges}, joining it to the last range when it follows on. */
    public static void append(List<DateRange> ranges, DateRange days) {
        int last = ranges.size() - 1;
        if (last >= 0 && ranges.get(last).to().plusDays(1).equals(days.from())) {
            ranges.set(last, new DateRange(ranges.get(last).from(), days.to()));
        } else {
            ranges.add(days);
        }
    }
}

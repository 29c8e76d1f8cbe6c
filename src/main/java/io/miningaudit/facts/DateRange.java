package io.miningaudit.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Days from {@code from} to {@code to}, both inclusive; {@code to} is never before {@code from}. */
public record DateRange(LocalDate from, LocalDate to) implements Comparable<DateRange> {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends " + to + " before it starts " + from);
        }
    }

    /** Number of days, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean overlaps(DateRange other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** The days both ranges share; call only when they overlap. */
    public DateRange intersection(DateRange other) {
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end = to.isBefore(other.to) ? to : other.to;
        return new DateRange(start, end);
    }

    // Drools reads properties through getters.
    public LocalDate getFirstDay() {
        return from;
    }

    public LocalDate getLastDay() {
        return to;
    }

    /**
     * The union of ranges as disjoint ranges in date order; ranges that touch (one ends, the next starts the day after)
     * are joined.
     */
    public static java.util.List<DateRange> union(java.util.Collection<DateRange> ranges) {
        java.util.List<DateRange> sorted = new java.util.ArrayList<>(ranges);
        sorted.sort(null);
        java.util.List<DateRange> merged = new java.util.ArrayList<>();
        for (DateRange r : sorted) {
            if (!merged.isEmpty()) {
                DateRange last = merged.get(merged.size() - 1);
                if (!r.from.isAfter(last.to.plusDays(1))) {
                    if (r.to.isAfter(last.to)) {
                        merged.set(merged.size() - 1, new DateRange(last.from, r.to));
                    }
                    continue;
                }
            }
            merged.add(r);
        }
        return java.util.List.copyOf(merged);
    }

    @Override
    public int compareTo(DateRange o) {
        int c = from.compareTo(o.from);
        return c != 0 ? c : to.compareTo(o.to);
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}

package io.miningaudit.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The days each account was read on, to find a second reading of one account on one day among tens of millions: a
 * bit a day, in pages of 1,024 days made when a day of theirs is first read: about 500 bytes an account for a year
 * of readings (the table of pages, two pages and the map's entry), 50 MB for 100,000 accounts. Days lie between
 * {@link CaseSchema#FIRST_DAY} and {@link CaseSchema#LAST_DAY} (intake refuses others).
 */
final class ReadingDays {
    private static final int PAGE_DAYS = 1_024;
    private static final long FIRST = CaseSchema.FIRST_DAY.toEpochDay();
    private static final int PAGES = (int) ((CaseSchema.LAST_DAY.toEpochDay() - FIRST) / PAGE_DAYS) + 1;

    private final Map<String, long[][]> accounts = new HashMap<>();

    /** Marks {@code day} read for {@code accountId}; false when it was read before. */
    boolean add(String accountId, LocalDate day) {
        long offset = day.toEpochDay() - FIRST;
        if (offset < 0 || offset >= (long) PAGES * PAGE_DAYS) {
            // A day outside the limits is refused by its own check; it cannot be a second reading of one.
            return true;
        }
        long[][] pages = accounts.computeIfAbsent(accountId, id -> new long[PAGES][]);
        int page = (int) (offset / PAGE_DAYS);
        int bit = (int) (offset % PAGE_DAYS);
        if (pages[page] == null) {
            pages[page] = new long[PAGE_DAYS / 64];
        }
        long mask = 1L << (bit & 63);
        long word = pages[page][bit >> 6];
        pages[page][bit >> 6] = word | mask;
        return (word & mask) == 0;
    }
}

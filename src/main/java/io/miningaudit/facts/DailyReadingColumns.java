package io.miningaudit.facts;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The daily readings of a case as a list whose account column can be read without making each reading: splitting
 * tens of millions of readings into parts needs only their accounts. The reader's compact columns implement it;
 * {@link #of} gives any other list the same face.
 */
public interface DailyReadingColumns extends List<DailyReading> {
    String accountIdAt(int i);

    /** {@code readings} itself when it has columns, else a view that reads each reading. */
    static DailyReadingColumns of(List<DailyReading> readings) {
        if (readings instanceof DailyReadingColumns columns) {
            return columns;
        }
        return new Rows(readings);
    }

    /** A plain list of readings read row by row. */
    final class Rows extends AbstractList<DailyReading> implements DailyReadingColumns, RandomAccess {
        private final List<DailyReading> rows;

        private Rows(List<DailyReading> rows) {
            this.rows = rows;
        }

        @Override
        public DailyReading get(int i) {
            return rows.get(i);
        }

        @Override
        public int size() {
            return rows.size();
        }

        @Override
        public String accountIdAt(int i) {
            return rows.get(i).getAccountId();
        }
    }
}

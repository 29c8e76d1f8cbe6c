package io.miningaudit.intake;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.DailyReading;
import io.miningaudit.facts.DailyReadingColumns;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The daily readings of a case in columns, eleven bytes a reading: the account as a number, the day as a number of
 * days since {@link CaseSchema#FIRST_DAY}, the kWh as an unscaled int and its scale (a value that does not fit is
 * kept whole, apart). It reads as a list of {@link DailyReading}s. Only the days from {@code keepFrom} on are kept:
 * the screening looks at the last days before the as-of date, and a province's year of readings, every one checked,
 * need not all be held.
 */
final class ReadingColumns extends AbstractList<DailyReading> implements DailyReadingColumns, RandomAccess {
    private static final long FIRST = CaseSchema.FIRST_DAY.toEpochDay();

    private final List<Account> accounts;
    private final Map<String, Integer> accountIndex;
    private final LocalDate keepFrom;
    private int[] account = new int[16];
    private char[] day = new char[16];
    private int[] unscaled = new int[16];
    private byte[] scale = new byte[16];
    private final Map<Integer, BigDecimal> wide = new HashMap<>();
    private int size;

    /** @param keepFrom the first day kept, or null to keep every reading */
    ReadingColumns(List<Account> accounts, Map<String, Integer> accountIndex, LocalDate keepFrom) {
        this.accounts = accounts;
        this.accountIndex = accountIndex;
        this.keepFrom = keepFrom;
    }

    void append(DailyReading r) {
        if (keepFrom != null && r.getDate().isBefore(keepFrom)) {
            return;
        }
        account = Growing.ensure(account, size);
        day = Growing.ensure(day, size);
        unscaled = Growing.ensure(unscaled, size);
        scale = Growing.ensure(scale, size);
        account[size] = accountIndex.get(r.getAccountId());
        day[size] = (char) (r.getDate().toEpochDay() - FIRST);
        BigDecimal kwh = r.getKwh();
        if (kwh.scale() < 0) {
            // A round value read with trailing zeros stripped (2E+1): the same number at scale 0, exactly.
            kwh = kwh.setScale(0);
        }
        if (kwh.scale() >= 0 && kwh.scale() <= Byte.MAX_VALUE && kwh.unscaledValue().bitLength() < 32) {
            unscaled[size] = kwh.unscaledValue().intValue();
            scale[size] = (byte) kwh.scale();
        } else {
            wide.put(size, kwh);
        }
        size++;
    }

    @Override
    public DailyReading get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        BigDecimal kwh = wide.isEmpty() ? null : wide.get(i);
        return DailyReading.builder()
                .accountId(accounts.get(account[i]).getId())
                .date(LocalDate.ofEpochDay(FIRST + day[i]))
                .kwh(kwh != null ? kwh : BigDecimal.valueOf(unscaled[i], scale[i]))
                .build();
    }

    @Override
    public String accountIdAt(int i) {
        return accounts.get(account[i]).getId();
    }

    @Override
    public int size() {
        return size;
    }
}

package io.miningaudit.intake;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.Consumption;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The consumption cycles of a case in columns, about twenty bytes a cycle: the account as a number, both days as
 * day numbers, the kWh as an unscaled long and its scale. It reads as a list of {@link Consumption}s; the kWh is the
 * exact decimal that was read (a value too long for a long is kept whole, apart).
 */
final class ConsumptionColumns extends AbstractList<Consumption> implements RandomAccess {
    private final List<Account> accounts;
    private final Map<String, Integer> accountIndex;
    private int[] account = new int[16];
    private int[] from = new int[16];
    private int[] to = new int[16];
    private long[] unscaled = new long[16];
    private int[] scale = new int[16];
    private final Map<Integer, BigDecimal> wide = new HashMap<>();
    private int size;

    ConsumptionColumns(List<Account> accounts, Map<String, Integer> accountIndex) {
        this.accounts = accounts;
        this.accountIndex = accountIndex;
    }

    void append(Consumption c) {
        account = Growing.ensure(account, size);
        from = Growing.ensure(from, size);
        to = Growing.ensure(to, size);
        unscaled = Growing.ensure(unscaled, size);
        scale = Growing.ensure(scale, size);
        account[size] = accountIndex.get(c.getAccountId());
        from[size] = Math.toIntExact(c.getFrom().toEpochDay());
        to[size] = Math.toIntExact(c.getTo().toEpochDay());
        BigInteger u = c.getKwh().unscaledValue();
        if (u.bitLength() < 64) {
            unscaled[size] = u.longValue();
            scale[size] = c.getKwh().scale();
        } else {
            wide.put(size, c.getKwh());
        }
        size++;
    }

    @Override
    public Consumption get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        BigDecimal kwh = wide.isEmpty() ? null : wide.get(i);
        return Consumption.builder()
                .accountId(accounts.get(account[i]).getId())
                .from(LocalDate.ofEpochDay(from[i]))
                .to(LocalDate.ofEpochDay(to[i]))
                .kwh(kwh != null ? kwh : BigDecimal.valueOf(unscaled[i], scale[i]))
                .build();
    }

    @Override
    public int size() {
        return size;
    }
}

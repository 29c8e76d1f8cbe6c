package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.NonNull;
import lombok.Value;

/**
 * The daily readings of one account, by day: a rule session is given one per account with readings rather than the
 * readings one by one, for a grid company's case holds tens of millions of them and the load-profile screening asks
 * of an account's readings together.
 */
@Value
public class AccountReadings {
    @NonNull Account account;
    /** The days read, in order, each once. */
    @NonNull List<LocalDate> days;
    /** The kWh of each of {@link #getDays()}. */
    @NonNull List<BigDecimal> kwh;

    public String getAccountId() {
        return account.getId();
    }

    /** How many days were read. */
    public int size() {
        return days.size();
    }

    /** The readings of each of {@code accounts} that has any, in the accounts' order, each account's by day. */
    public static List<AccountReadings> of(List<Account> accounts, List<DailyReading> readings) {
        if (readings.isEmpty()) {
            return List.of();
        }
        Map<String, List<DailyReading>> byAccount = new HashMap<>();
        for (DailyReading r : readings) {
            byAccount.computeIfAbsent(r.getAccountId(), id -> new ArrayList<>()).add(r);
        }
        List<AccountReadings> all = new ArrayList<>();
        for (Account a : accounts) {
            List<DailyReading> own = byAccount.get(a.getId());
            if (own != null) {
                own.sort(Comparator.comparing(DailyReading::getDate));
                all.add(new AccountReadings(a, own.stream().map(DailyReading::getDate).toList(),
                        own.stream().map(DailyReading::getKwh).toList()));
            }
        }
        return all;
    }
}

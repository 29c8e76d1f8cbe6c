package io.miningaudit.generate;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.DailyReading;
import io.miningaudit.facts.DailyReadingColumns;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.SplittableRandom;

/**
 * Seeded daily load profiles for every account of a generated case, and the truth of which accounts mine. Each
 * account has a kind of load: a household (seasonal, a weekly rhythm, noise), a farm (irrigation in summer), a shop
 * or an office (weekdays, holidays), a factory (shifts, the Spring Festival), a registered data centre (flat), with
 * its own size. A miner adds rigs of about 36 kWh a day each to its own load from the day it starts, flat; some
 * switch off for a while; miners seek residential and agricultural tariffs. The readings are made when asked for:
 * a reading depends only on the seed, its account and its day, so a province's year takes no memory until written.
 */
public final class ReadingProfiles {
    /** The kinds of load. */
    public enum Kind { HOUSEHOLD, FARM, SHOP, OFFICE, FACTORY, DATA_CENTRE }

    /** One account's load, and its mining where it mines. */
    public record Profile(Account account, Kind kind, double base, int rigs, LocalDate miningFrom, LocalDate offFrom,
                          LocalDate offTo, boolean known) {
        public boolean mines() {
            return rigs > 0;
        }
    }

    private final List<Profile> profiles;
    private final LocalDate first;
    private final int days;
    private final long seed;

    ReadingProfiles(List<Profile> profiles, LocalDate first, int days, long seed) {
        this.profiles = profiles;
        this.first = first;
        this.days = days;
        this.seed = seed;
    }

    public List<Profile> profiles() {
        return profiles;
    }

    /** The readings: every account on every day, account by account. */
    public List<DailyReading> readings() {
        return new Readings();
    }

    /**
     * Writes the truth beside a generated case: for every account, its kind of load and whether it mines, with how
     * many rigs, from when, switched off when, and whether a case already knows it as a mining account.
     */
    public void writeTruth(java.nio.file.Path file) throws java.io.IOException {
        try (var out = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            out.write("accountId,entityId,category,load,mining,rigs,miningFrom,offFrom,offTo,known\n");
            for (Profile p : profiles) {
                out.write(String.join(",", p.account().getId(), p.account().getEntityId(),
                        p.account().getCategory().name(), p.kind().name(), String.valueOf(p.mines()),
                        String.valueOf(p.rigs()), text(p.mines() ? p.miningFrom() : null), text(p.offFrom()),
                        text(p.offTo()), String.valueOf(p.known())));
                out.write('\n');
            }
        }
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** The kWh of account {@code a} on day {@code d} (0 is the first day), to 2 decimals. */
    BigDecimal kwh(int a, int d) {
        Profile p = profiles.get(a);
        LocalDate day = first.plusDays(d);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + (long) a * 1_000_003L + d);
        double load = p.base() * shape(p.kind(), day) * Math.max(0.05, 1 + noise(p.kind()) * random.nextGaussian());
        if (p.mines() && !day.isBefore(p.miningFrom())
                && (p.offFrom() == null || day.isBefore(p.offFrom()) || day.isAfter(p.offTo()))) {
            load += p.rigs() * 36.0 * (1 + 0.03 * random.nextGaussian());
        }
        return BigDecimal.valueOf(Math.round(Math.max(0, load) * 100), 2);
    }

    /** How much of its base an account of {@code kind} uses on {@code day}: seasons, week, holidays. */
    static double shape(Kind kind, LocalDate day) {
        double year = 2 * Math.PI * (day.getDayOfYear() - 15) / 365.0;
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean holiday = isHoliday(day);
        return switch (kind) {
            // Heating in January, cooling in July: two peaks a year; more at home at the weekend.
            case HOUSEHOLD -> (1 + 0.3 * Math.cos(2 * year)) * (weekend ? 1.15 : 1);
            // Irrigation swells from April to its height in July and ebbs by October.
            case FARM -> 0.6 + 1.9 * Math.max(0, Math.sin(Math.PI * (day.getDayOfYear() - 91) / 183.0));
            case SHOP -> (holiday ? 0.4 : weekend ? 1.2 : 1) * (1 + 0.1 * Math.cos(2 * year));
            case OFFICE -> holiday || weekend ? 0.25 : 1 + 0.15 * Math.cos(2 * year);
            case FACTORY -> holiday ? 0.15 : day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.35
                    : day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.7 : 1;
            case DATA_CENTRE -> 1 + 0.04 * Math.cos(year - Math.PI);
        };
    }

    private static double noise(Kind kind) {
        return switch (kind) {
            case HOUSEHOLD -> 0.18;
            case FARM -> 0.25;
            case SHOP -> 0.10;
            case OFFICE -> 0.08;
            case FACTORY -> 0.06;
            case DATA_CENTRE -> 0.02;
        };
    }

    /** The first week of October and about the Spring Festival (late January to mid February). */
    static boolean isHoliday(LocalDate day) {
        return day.getMonth() == Month.OCTOBER && day.getDayOfMonth() <= 7
                || day.getMonth() == Month.JANUARY && day.getDayOfMonth() >= 28
                || day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() <= 10;
    }

    /** The readings as a list, each made when asked for. */
    private final class Readings extends AbstractList<DailyReading> implements DailyReadingColumns, RandomAccess {
        @Override
        public DailyReading get(int i) {
            int a = i / days;
            int d = i % days;
            return DailyReading.builder().accountId(profiles.get(a).account().getId()).date(first.plusDays(d))
                    .kwh(kwh(a, d)).build();
        }

        @Override
        public int size() {
            return Math.toIntExact((long) profiles.size() * days);
        }

        @Override
        public String accountIdAt(int i) {
            return profiles.get(i / days).account().getId();
        }
    }
}

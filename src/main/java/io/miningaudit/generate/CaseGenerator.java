package io.miningaudit.generate;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.CaseInfo;
import io.miningaudit.facts.CatalogueRate;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.DetectionSource;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.InspectionOutcome;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.facts.Machine;
import io.miningaudit.facts.MachineKind;
import io.miningaudit.facts.MiningCause;
import io.miningaudit.facts.Person;
import io.miningaudit.facts.PersonRole;
import io.miningaudit.facts.Preference;
import io.miningaudit.facts.Province;
import io.miningaudit.facts.TariffCategory;
import io.miningaudit.intake.Identifiers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded, realistic case of any size: entities of every kind across the provinces, mining IPs detected at a
 * given rate a day (some not yet attributed), inspections of about half the detected entities with every outcome,
 * machines, people and electricity accounts with monthly readings for the deliberate cases, and catalogue rates.
 * The same parameters and seed give the same case. Addresses come from reserved ranges.
 */
public final class CaseGenerator {
    /** What to generate. */
    public record Size(int entities, int detectionsPerDay, int days, long seed, LocalDate asOf) {
    }

    private static final EntityKind[] KINDS = EntityKind.values();
    private static final int[] KIND_WEIGHTS = {5, 7, 3, 45, 40};
    private static final List<String> COINS = List.of("BTC", "ETH", "XMR", "LTC", "ETC", "DOGE");

    private CaseGenerator() {
    }

    /** A generated case with daily readings, and the readings' truth: which accounts mine, from when. */
    public record WithReadings(CaseFile facts, ReadingProfiles readings) {
    }

    public static CaseFile generate(Size size) {
        return generate(size, 0).facts();
    }

    /**
     * A case as {@link #generate(Size)} makes it; with {@code readingDays} above 0, every entity also has an account
     * and every account a daily reading on each of the {@code readingDays} days ending on the as-of date.
     */
    public static WithReadings generate(Size size, int readingDays) {
        Random random = new Random(size.seed());
        LocalDate first = size.asOf().minusDays(size.days() - 1L);
        CaseFile.CaseFileBuilder c = CaseFile.builder().caseInfo(CaseInfo.builder().id("generated-" + size.seed())
                .title(String.format("Generated case: %d entities, %d detections a day for %d days, seed %d",
                        size.entities(), size.detectionsPerDay(), size.days(), size.seed()))
                .asOf(size.asOf()).build());
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < size.entities(); i++) {
            EntityKind kind = weighted(random);
            Province province = Province.values()[random.nextInt(Province.values().length)];
            Entity.EntityBuilder e = Entity.builder().id(String.format("G-E%07d", i + 1))
                    .name("Generated " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + (i
                            + 1))
                    .kind(kind).province(province).dataCenter(random.nextInt(40) == 0);
            if (kind != EntityKind.INDIVIDUAL) {
                e.creditCode(creditCode(random, kind));
            }
            if (random.nextInt(25) == 0) {
                e.preference(Preference.values()[random.nextInt(Preference.values().length)]);
            }
            entities.add(e.build());
        }
        c.entities(entities);

        List<IpDetection> detections = new Detections(size, entities, first);
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            index.put(entities.get(i).getId(), i);
        }
        LocalDate[] firstSeen = new LocalDate[entities.size()];
        for (IpDetection d : detections) {
            if (d.isAttributed()) {
                int owner = index.get(d.getEntityId());
                if (firstSeen[owner] == null || d.getDetectedOn().isBefore(firstSeen[owner])) {
                    firstSeen[owner] = d.getDetectedOn();
                }
            }
        }

        int machines = 0;
        for (int i = 0; i < entities.size(); i++) {
            if (firstSeen[i] == null || random.nextBoolean()) {
                continue;
            }
            Entity entity = entities.get(i);
            long room = java.time.temporal.ChronoUnit.DAYS.between(firstSeen[i], size.asOf());
            LocalDate date = firstSeen[i].plusDays(room <= 0 ? 0 : random.nextInt((int) Math.min(room + 1, 120)));
            int outcome = random.nextInt(10);
            Inspection.InspectionBuilder inspection = Inspection.builder().id(String.format("G-I%07d", i + 1))
                    .entityId(entity.getId()).date(date).team(random.nextBoolean() ? "joint inspection team"
                            : "self-check");
            if (outcome >= 7) {
                c.inspection(inspection.outcome(InspectionOutcome.NO_MINING).build());
                continue;
            }
            boolean deliberate = outcome < 4;
            LocalDate started = date.minusDays(30 + random.nextInt(300));
            Inspection found = inspection.outcome(InspectionOutcome.MINING_FOUND)
                    .cause(deliberate ? MiningCause.SELF_INITIATED : MiningCause.TROJAN_INFECTION)
                    .miningStartedOn(random.nextInt(5) == 0 ? null : started).build();
            c.inspection(found);
            if (!deliberate) {
                continue;
            }
            TariffCategory category = random.nextInt(5) == 0 ? TariffCategory.RESIDENTIAL
                    : TariffCategory.values()[1 + random.nextInt(3)];
            Account account = Account.builder().id(String.format("G-A%07d", i + 1)).entityId(entity.getId())
                    .province(entity.getProvince()).category(category)
                    .billedRateCnyPerKwh(category == TariffCategory.RESIDENTIAL ? new BigDecimal("0.55")
                            : new BigDecimal("0.48"))
                    .marketTrading(random.nextInt(5) == 0).build();
            c.account(account);
            int count = 1 + random.nextInt(4);
            for (int m = 0; m < count; m++) {
                MachineKind kind = MachineKind.values()[random.nextInt(4)];
                c.machine(Machine.builder().id(String.format("G-M%08d", ++machines)).inspectionId(found.getId())
                        .kind(kind).coin(kind == MachineKind.ASIC ? "BTC" : "ETH")
                        .powerWatts(BigDecimal.valueOf(kind == MachineKind.ASIC ? 3250
                                : 1500)).accountId(account.getId())
                        .build());
            }
            int people = 1 + random.nextInt(2);
            for (int p = 0; p < people; p++) {
                c.person(Person.builder().id(String.format("G-P%07d-%d", i + 1, p + 1)).name("Person " + (i + 1) + "-"
                        + (p + 1))
                        .entityId(entity.getId()).inspectionId(found.getId())
                        .role(p == 0 ? PersonRole.OPERATOR : PersonRole.values()[1 + random.nextInt(2)])
                        .publicEmployee(entity.isPublicUnit() && random.nextBoolean())
                                .partyMember(random.nextInt(4) == 0)
                        .illegalGainsCny(random.nextInt(3) == 0 ? BigDecimal.valueOf(1_000 + random.nextInt(90_000), 0)
                                : null)
                        .build());
            }
            LocalDate month = size.asOf().minusMonths(12).withDayOfMonth(1);
            for (; !month.plusMonths(1).minusDays(1).isAfter(size.asOf()); month = month.plusMonths(1)) {
                c.consumption(Consumption.builder().accountId(account.getId()).from(month)
                        .to(month.plusMonths(1).minusDays(1))
                        .kwh(BigDecimal.valueOf(2_000 + random.nextInt(80_000), 1)).build());
            }
        }
        for (Province p : Province.values()) {
            c.catalogueRate(CatalogueRate.builder().province(p).category(TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL)
                    .from(size.asOf().minusYears(3)).rateCnyPerKwh(new BigDecimal("0.6600")).build());
        }
        CaseFile built = c.build();
        if (readingDays <= 0) {
            return new WithReadings(CaseFile.of(built.getCaseInfo(), built.getEntities(), detections,
                    built.getInspections(), built.getMachines(), built.getPersons(), built.getAccounts(),
                    built.getConsumption(), built.getCatalogueRates()), null);
        }
        ReadingProfiles readings = profiles(size, readingDays, built);
        List<Account> accounts = readings.profiles().stream().map(ReadingProfiles.Profile::account).toList();
        return new WithReadings(CaseFile.of(built.getCaseInfo(), built.getEntities(), detections,
                built.getInspections(), built.getMachines(), built.getPersons(), accounts, built.getConsumption(),
                built.getCatalogueRates(), readings.readings()), readings);
    }

    /**
     * An account and a load for every entity: the accounts of deliberate cases mine, known; of the other entities'
     * new accounts a few mine unknown to anyone, more of them on the cheap residential and agricultural tariffs.
     */
    private static ReadingProfiles profiles(Size size, int readingDays, CaseFile built) {
        Random random = new Random(size.seed() * 31 + 7);
        LocalDate first = size.asOf().minusDays(readingDays - 1L);
        java.util.Map<String, List<Account>> known = new java.util.HashMap<>();
        built.getAccounts().forEach(a -> known.computeIfAbsent(a.getEntityId(), e -> new ArrayList<>()).add(a));
        java.util.Map<String, Long> rigs = new java.util.HashMap<>();
        built.getMachines().forEach(m -> rigs.merge(m.getAccountId(), 2L, Long::sum));
        List<ReadingProfiles.Profile> profiles = new ArrayList<>();
        int n = 0;
        for (Entity e : built.getEntities()) {
            n++;
            ReadingProfiles.Kind kind = loadKind(e, random);
            double base = base(kind, random);
            List<Account> own = known.get(e.getId());
            if (own != null) {
                for (Account a : own) {
                    profiles.add(new ReadingProfiles.Profile(a, kind, base, (int) (long) rigs.getOrDefault(a.getId(),
                            2L), first.minusDays(30), null, null, true));
                }
                continue;
            }
            TariffCategory category = switch (kind) {
                case HOUSEHOLD -> TariffCategory.RESIDENTIAL;
                case FARM -> TariffCategory.AGRICULTURAL;
                case SHOP, OFFICE -> TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL;
                case FACTORY, DATA_CENTRE -> TariffCategory.LARGE_INDUSTRIAL;
            };
            Account account = Account.builder().id(String.format("G-R%07d", n)).entityId(e.getId())
                    .province(e.getProvince()).category(category)
                    .billedRateCnyPerKwh(new BigDecimal(switch (category) {
                        case RESIDENTIAL -> "0.5283";
                        case AGRICULTURAL -> "0.4100";
                        case GENERAL_INDUSTRIAL_COMMERCIAL -> "0.6664";
                        case LARGE_INDUSTRIAL -> "0.6180";
                    })).build();
            double chance = switch (kind) {
                case HOUSEHOLD -> 0.03;
                case FARM -> 0.06;
                case SHOP, FACTORY -> 0.01;
                case OFFICE -> 0.005;
                case DATA_CENTRE -> 0;
            };
            if (random.nextDouble() >= chance) {
                profiles.add(new ReadingProfiles.Profile(account, kind, base, 0, null, null, null, false));
                continue;
            }
            int count = switch (kind) {
                case HOUSEHOLD -> 1 + random.nextInt(8);
                case FARM -> 4 + random.nextInt(27);
                case FACTORY -> 10 + random.nextInt(51);
                default -> 2 + random.nextInt(11);
            };
            LocalDate from = first.minusDays(60).plusDays(random.nextInt(readingDays + 59));
            LocalDate offFrom = null;
            LocalDate offTo = null;
            if (random.nextInt(10) < 3) {
                offFrom = from.plusDays(random.nextInt(Math.max(1, readingDays / 2)));
                offTo = offFrom.plusDays(9 + random.nextInt(31));
            }
            profiles.add(new ReadingProfiles.Profile(account, kind, base, count, from, offFrom, offTo, false));
        }
        return new ReadingProfiles(List.copyOf(profiles), first, readingDays, size.seed());
    }

    private static ReadingProfiles.Kind loadKind(Entity e, Random random) {
        if (e.isDataCenter()) {
            return ReadingProfiles.Kind.DATA_CENTRE;
        }
        int r = random.nextInt(100);
        return switch (e.getKind()) {
            case INDIVIDUAL -> r < 85 ? ReadingProfiles.Kind.HOUSEHOLD : ReadingProfiles.Kind.FARM;
            case PRIVATE_ENTERPRISE -> r < 50 ? ReadingProfiles.Kind.SHOP : r < 85 ? ReadingProfiles.Kind.FACTORY
                    : ReadingProfiles.Kind.OFFICE;
            default -> ReadingProfiles.Kind.OFFICE;
        };
    }

    private static double base(ReadingProfiles.Kind kind, Random random) {
        double[] range = switch (kind) {
            case HOUSEHOLD -> new double[] {4, 16};
            case FARM -> new double[] {5, 40};
            case SHOP -> new double[] {20, 200};
            case OFFICE -> new double[] {30, 400};
            case FACTORY -> new double[] {500, 8000};
            case DATA_CENTRE -> new double[] {2000, 30000};
        };
        return range[0] + random.nextDouble() * (range[1] - range[0]);
    }

    /**
     * The detections, made when asked for: the d-th from its own generator seeded by the case's seed and d, so a
     * national month of millions of detections takes no memory until it is written.
     */
    private static final class Detections extends java.util.AbstractList<IpDetection>
            implements java.util.RandomAccess {
        private final Size size;
        private final List<Entity> entities;
        private final LocalDate first;
        private final int count;

        Detections(Size size, List<Entity> entities, LocalDate first) {
            this.size = size;
            this.entities = entities;
            this.first = first;
            this.count = Math.toIntExact((long) size.detectionsPerDay() * size.days());
        }

        @Override
        public IpDetection get(int d) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(size.seed() * 0x9E3779B97F4A7C15L + d);
            LocalDate day = first.plusDays(d / Math.max(1, size.detectionsPerDay()));
            boolean attributed = random.nextInt(10) < 6 && !entities.isEmpty();
            int owner = attributed ? random.nextInt(entities.size()) : -1;
            String ip = attributed ? address(owner * 3 + random.nextInt(3))
                    : address(3 * entities.size() + random.nextInt(1 << 22));
            Province province = attributed ? entities.get(owner).getProvince()
                    : Province.values()[random.nextInt(Province.values().length)];
            return IpDetection.builder().id(String.format("G-D%09d", d + 1)).ip(ip).province(province)
                    .detectedOn(day).source(DetectionSource.values()[random.nextInt(DetectionSource.values().length)])
                    .entityId(attributed ? entities.get(owner).getId() : null)
                    .coin(COINS.get(random.nextInt(COINS.size())))
                    .build();
        }

        @Override
        public int size() {
            return count;
        }
    }

    private static EntityKind weighted(Random random) {
        int r = random.nextInt(100);
        for (int i = 0; i < KINDS.length; i++) {
            r -= KIND_WEIGHTS[i];
            if (r < 0) {
                return KINDS[i];
            }
        }
        return EntityKind.INDIVIDUAL;
    }

    /** The n-th address of 198.18.0.0/15 and then 100.64.0.0/10, both reserved. */
    private static String address(int n) {
        if (n < (1 << 17)) {
            return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 255) + "." + (n & 255);
        }
        int m = n - (1 << 17);
        return "100." + (64 + ((m >> 16) & 63)) + "." + ((m >> 8) & 255) + "." + (m & 255);
    }

    private static String creditCode(Random random, EntityKind kind) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder s = new StringBuilder(kind.isPublicUnit() ? "12" : "91").append("330100");
        for (int i = 0; i < 9; i++) {
            s.append(alphabet.charAt(random.nextInt(i < 8 ? 10 : alphabet.length())));
        }
        return s.append(Identifiers.creditCheckCharacter(s.toString())).toString();
    }
}

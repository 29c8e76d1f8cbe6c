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
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Rebuilds the Zhejiang case of REGULATIONS.md §5 (CCDI, 14 December 2021) from a fixed seed, so that
 * {@code examples/zhejiang-2021.json} can be remade byte for byte:
 * <pre>java -cp target/mining-audit.jar io.miningaudit.generate.ZhejiangExample examples/zhejiang-2021.json</pre>
 *
 * <p>The published figures it reproduces: 4,699 mining IPs sampled in July 2021; 183 of them attributed to 78
 * state-owned or public units; 20 of those units (36 IPs) spot-checked by joint teams, 14 of them mining
 * deliberately; 34 deliberate and 32 trojan-infected units in all, the other 12 clean; 68 machines at the
 * deliberate units; 48 people involved, 21 of them public employees or Party members; 12 coins; and the
 * vocational-college employee who ran 4 rigs (32 GPUs) for 4 months and made about 43,000 CNY.
 *
 * <p>Everything else is invented and says so: names, dates, accounts, consumption and tariffs are plausible,
 * not real. IP addresses come from reserved ranges (198.18.0.0/15, 100.64.0.0/10, 2001:db8::/32), so the
 * example names no real host.
 */
public final class ZhejiangExample {
    static final long SEED = 20211214L;
    static final LocalDate AS_OF = LocalDate.of(2021, 12, 14);
    static final int IPS = 4_699;
    static final int UNITS = 78;
    static final int ATTRIBUTED_IPS = 183;
    static final int SPOT_CHECKED_UNITS = 20;
    static final int SPOT_CHECKED_IPS = 36;
    static final int SPOT_CHECKED_DELIBERATE = 14;
    static final int DELIBERATE = 34;
    static final int PASSIVE = 32;
    static final int MACHINES = 68;
    static final int PERSONS = 48;
    static final int PERSONS_PUBLIC = 21;
    static final List<String> COINS = List.of("ETH", "XMR", "BTC", "LTC", "ETC", "DOGE", "ZEC", "DASH", "RVN",
            "BCH", "GRIN", "CKB");

    private static final String[][] CITIES = {
        {"Hangzhou", "330100"}, {"Ningbo", "330200"}, {"Wenzhou", "330300"}, {"Jiaxing", "330400"},
        {"Huzhou", "330500"}, {"Shaoxing", "330600"}, {"Jinhua", "330700"}, {"Quzhou", "330800"},
        {"Zhoushan", "330900"}, {"Taizhou", "331000"}, {"Lishui", "331100"},
    };
    private static final String[] SOE = {"Urban Construction Investment "
            + "Group", "Water Group", "Transport Investment Group",
        "Energy Group", "Port Logistics Company", "Gas Company", "Public Transport Group", "State Assets Operation "
                + "Company",
        "Cloud Data Centre Company", "Culture and Tourism Group"};
    private static final String[] INSTITUTION = {"Vocational and Technical College", "University of Science and "
            + "Technology",
        "People's Hospital", "Middle School", "Library", "Radio and Television Station", "Institute of Agricultural "
                + "Sciences",
        "Polytechnic", "Centre for Disease Control", "Archives"};
    private static final String[] AGENCY = {"Municipal Bureau of Natural "
            + "Resources", "District Market Supervision Bureau",
        "County Transport Bureau", "Municipal Housing Provident Fund "
                + "Centre", "Street Office", "County Bureau of Statistics",
        "Municipal Civil Affairs Bureau", "District Education Bureau"};
    private static final String[] SURNAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou",
        "Wu", "Xu", "Sun", "Zhu", "Ma", "Hu", "Guo", "Lin", "He", "Gao", "Luo"};
    private static final String[] GIVEN = {"Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yan", "Tao", "Ming", "Hui",
        "Qiang", "Xia", "Bo", "Ping", "Hao", "Ying", "Jie", "Lin", "Chao", "Na"};

    private final Random random = new Random(SEED);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "examples/zhejiang-2021.json");
        CaseFileWriter.write(new ZhejiangExample().build(), out);
        System.out.println("Wrote " + out);
    }

    /** The whole case; the same on every call. */
    public CaseFile build() {
        CaseFile.CaseFileBuilder c = CaseFile.builder().caseInfo(CaseInfo.builder().id("zhejiang-2021")
                .title("Zhejiang: mining IPs at state-owned and public units (CCDI, 14 Dec 2021), reconstructed")
                .asOf(AS_OF).build());

        // 78 public units. The first 20 are the units the joint teams spot-checked.
        List<Entity> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            EntityKind kind = i % 3 == 0 ? EntityKind.STATE_OWNED_ENTERPRISE
                    : i % 3 == 1 ? EntityKind.PUBLIC_INSTITUTION : EntityKind.PARTY_GOVERNMENT_AGENCY;
            String[] city = CITIES[random.nextInt(CITIES.length)];
            String name = city[0] + " " + switch (kind) {
                case STATE_OWNED_ENTERPRISE -> SOE[random.nextInt(SOE.length)];
                case PUBLIC_INSTITUTION -> INSTITUTION[random.nextInt(INSTITUTION.length)];
                default -> AGENCY[random.nextInt(AGENCY.length)];
            } + " (unit " + (i + 1) + ")";
            Entity.EntityBuilder e = Entity.builder().id(String.format("ZJ-U%03d", i + 1)).name(name).kind(kind)
                    .province(Province.Zhejiang).city(city[0]).creditCode(creditCode(kind, city[1]));
            units.add(e.build());
        }
        // Which units did what: spot-checked units 0-19 (14 deliberate, 3 passive, 3 clean); the other 58 units
        // self-checked (20 deliberate, 29 passive, 9 clean).
        List<MiningCause> causes = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            causes.add(i < SPOT_CHECKED_DELIBERATE ? MiningCause.SELF_INITIATED
                    : i < 17 ? MiningCause.TROJAN_INFECTION
                    : i < SPOT_CHECKED_UNITS ? null
                    : i < SPOT_CHECKED_UNITS + DELIBERATE - SPOT_CHECKED_DELIBERATE ? MiningCause.SELF_INITIATED
                    : i < UNITS - 9 ? MiningCause.TROJAN_INFECTION : null);
        }
        // The vocational college of the CCDI's example is deliberate unit 2 (a public institution).
        int college = 1;
        units.set(college, Entity.builder().id(units.get(college).getId())
                .name("Zhejiang Vocational and Technical College (unit 2)").kind(EntityKind.PUBLIC_INSTITUTION)
                .province(Province.Zhejiang).city("Hangzhou")
                        .creditCode(creditCode(EntityKind.PUBLIC_INSTITUTION, "330100"))
                .build());
        // Two deliberate SOEs run data centres; two enjoy preferential treatment.
        units.set(3, withDataCentre(units.get(3), List.of(Preference.ELECTRICITY_PRICE)));
        units.set(24, withDataCentre(units.get(24), List.of()));
        units.set(6, withPreferences(units.get(6), List.of(Preference.TAX, Preference.RENT)));
        c.entities(units);

        List<IpDetection> detections = detections(units);
        List<Inspection> inspections = inspections(units, causes);
        c.inspections(inspections);

        List<Account> accounts = new ArrayList<>();
        List<Machine> machines = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        List<Consumption> consumption = new ArrayList<>();
        List<Inspection> deliberate = inspections.stream().filter(Inspection::isDeliberate).toList();
        int[] machineCounts = spread(MACHINES - 4, DELIBERATE - 1, 1, 3);
        int[] personCounts = spread(PERSONS - 1, DELIBERATE - 1, 1, 2);
        int m = 0;
        for (int d = 0; d < deliberate.size(); d++) {
            Inspection inspection = deliberate.get(d);
            Entity unit = units.stream().filter(u -> u.getId().equals(inspection.getEntityId())).findFirst()
                    .orElseThrow();
            boolean isCollege = unit.getId().equals(units.get(college).getId());
            boolean residential = d % 9 == 4;
            Account account = Account.builder().id("3301" + String.format("%08d", 1_000_000 + d * 7919))
                    .entityId(unit.getId()).province(Province.Zhejiang)
                    .category(residential ? TariffCategory.RESIDENTIAL : TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL)
                    .billedRateCnyPerKwh(residential ? new BigDecimal("0.538") : new BigDecimal("0.6794"))
                    .marketTrading(d % 11 == 2).build();
            accounts.add(account);
            int count = isCollege ? 4 : machineCounts[d - (d > indexOf(deliberate, units.get(college)) ? 1 : 0)];
            List<Machine> mine = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                MachineKind kind = isCollege ? MachineKind.GPU_RIG
                        : List.of(MachineKind.GPU_RIG, MachineKind.ASIC, MachineKind.SERVER, MachineKind.PC)
                        .get(random.nextInt(4));
                mine.add(Machine.builder().id(String.format("ZJ-M%03d", ++m)).inspectionId(inspection.getId())
                        .kind(kind).coin(kind == MachineKind.ASIC ? "BTC" : isCollege ? "ETH"
                                : COINS.get(random.nextInt(3)))
                        .powerWatts(watts(kind)).accountId(account.getId()).build());
            }
            machines.addAll(mine);
            consumption.addAll(cycles(account, inspection, mine));
            int people = isCollege ? 1 : personCounts[d - (d > indexOf(deliberate, units.get(college)) ? 1 : 0)];
            for (int k = 0; k < people; k++) {
                Person.PersonBuilder p = Person.builder().id(String.format("ZJ-P%03d", persons.size() + 1))
                        .name(personName()).entityId(unit.getId()).inspectionId(inspection.getId())
                        .role(k == 0 ? PersonRole.OPERATOR : PersonRole.ORGANIZER);
                if (isCollege) {
                    // The CCDI's example: a temporary employee who made 2.4 ETH, about 43,000 CNY.
                    p.name("Temporary employee of the college (CCDI example)").publicEmployee(true)
                            .illegalGainsCny(new BigDecimal("43000.00"));
                } else if (random.nextInt(3) == 0) {
                    p.illegalGainsCny(BigDecimal.valueOf(2_000 + random.nextInt(30_000)).setScale(2,
                            RoundingMode.UNNECESSARY));
                }
                persons.add(p.build());
            }
        }
        // 21 of the 48 are public employees or Party members: the college's employee and 20 others.
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            if (!persons.get(i).isPublicEmployee()) {
                others.add(i);
            }
        }
        Collections.shuffle(others, random);
        for (int k = 0; k < PERSONS_PUBLIC - 1; k++) {
            Person p = persons.get(others.get(k));
            persons.set(others.get(k), p.toBuilder().publicEmployee(k % 3 != 1).partyMember(k % 3 != 0).build());
        }
        // Three trojan-infected units were detected mining again after their remediation deadline.
        List<IpDetection> all = new ArrayList<>(detections);
        List<Inspection> repeatable = inspections.stream().filter(Inspection::isPassive)
                .filter(i -> i.getDate().plusDays(30).isBefore(LocalDate.of(2021, 12, 1))).limit(3).toList();
        for (Inspection i : repeatable) {
            IpDetection first = detections.stream().filter(x -> i.getEntityId().equals(x.getEntityId())).findFirst()
                    .orElseThrow();
            all.add(first.toBuilder().id(String.format("ZJ-D%05d", all.size() + 1))
                    .detectedOn(LocalDate.of(2021, 12, 2 + random.nextInt(10)))
                    .source(DetectionSource.NATIONAL_MONITORING_PLATFORM).build());
        }
        c.ipDetections(all);
        c.accounts(accounts).machines(machines).persons(persons).consumption(consumption);
        c.catalogueRates(List.of(
                rate(TariffCategory.RESIDENTIAL, "0.538"),
                rate(TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL, "0.6794"),
                rate(TariffCategory.LARGE_INDUSTRIAL, "0.6164"),
                rate(TariffCategory.AGRICULTURAL, "0.4970")));
        return c.build();
    }

    private static int indexOf(List<Inspection> deliberate, Entity unit) {
        for (int i = 0; i < deliberate.size(); i++) {
            if (deliberate.get(i).getEntityId().equals(unit.getId())) {
                return i;
            }
        }
        throw new IllegalStateException("no deliberate case at " + unit.getId());
    }

    private List<IpDetection> detections(List<Entity> units) {
        // 183 attributed IPs: 36 among the 20 spot-checked units, 147 among the other 58, at least one each.
        int[] perUnit = new int[UNITS];
        int[] checked = spread(SPOT_CHECKED_IPS, SPOT_CHECKED_UNITS, 1, 4);
        int[] others = spread(ATTRIBUTED_IPS - SPOT_CHECKED_IPS, UNITS - SPOT_CHECKED_UNITS, 1, 5);
        System.arraycopy(checked, 0, perUnit, 0, SPOT_CHECKED_UNITS);
        System.arraycopy(others, 0, perUnit, SPOT_CHECKED_UNITS, UNITS - SPOT_CHECKED_UNITS);
        Set<String> ips = new LinkedHashSet<>();
        while (ips.size() < IPS) {
            ips.add(address(ips.size()));
        }
        List<String> addresses = new ArrayList<>(ips);
        Collections.shuffle(addresses, random);
        List<IpDetection> detections = new ArrayList<>();
        int next = 0;
        for (int u = 0; u < UNITS; u++) {
            for (int k = 0; k < perUnit[u]; k++) {
                detections.add(detection(detections.size() + 1, addresses.get(next++), units.get(u).getId()));
            }
        }
        while (next < IPS) {
            detections.add(detection(detections.size() + 1, addresses.get(next++), null));
        }
        return detections;
    }

    private IpDetection detection(int seq, String ip, String entityId) {
        return IpDetection.builder().id(String.format("ZJ-D%05d", seq)).ip(ip).province(Province.Zhejiang)
                .detectedOn(LocalDate.of(2021, 7, 1 + random.nextInt(31))).source(DetectionSource.CNCERT)
                .entityId(entityId).coin(COINS.get(seq % COINS.size())).build();
    }

    /** Addresses from ranges reserved for benchmarking, shared address space and documentation. */
    private String address(int seq) {
        int r = random.nextInt(20);
        if (r == 0) {
            return String.format("2001:db8:%x:%x::%x", random.nextInt(0x10000), random.nextInt(0x10000),
                    1 + random.nextInt(0xfffe));
        }
        if (r < 6) {
            return "100." + (64 + random.nextInt(64)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        }
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private List<Inspection> inspections(List<Entity> units, List<MiningCause> causes) {
        List<Inspection> inspections = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            MiningCause cause = causes.get(i);
            boolean spotChecked = i < SPOT_CHECKED_UNITS;
            LocalDate date = spotChecked ? LocalDate.of(2021, 10, 11).plusDays(random.nextInt(25))
                    : LocalDate.of(2021, 8, 16).plusDays(random.nextInt(90));
            Inspection.InspectionBuilder b = Inspection.builder().id(String.format("ZJ-I%03d", i + 1))
                    .entityId(units.get(i).getId()).date(date)
                    .outcome(cause == null ? InspectionOutcome.NO_MINING : InspectionOutcome.MINING_FOUND)
                    .cause(cause).team(spotChecked ? "joint inspection team" : "self-check");
            if (cause == MiningCause.SELF_INITIATED) {
                if (i == 1) {
                    // The college's rigs ran for four months and had stopped when the team came.
                    b.miningStartedOn(LocalDate.of(2021, 5, 10)).miningEndedOn(LocalDate.of(2021, 9, 9));
                } else {
                    int pattern = i % 5;
                    if (pattern == 0) {
                        // Start not established: three months are presumed.
                        b.miningStartedOn(null);
                    } else if (pattern == 1) {
                        // A new project: started after notice 1283 was published.
                        b.miningStartedOn(LocalDate.of(2021, 9, 24).plusDays(random.nextInt(20)));
                    } else {
                        b.miningStartedOn(date.minusDays(120 + random.nextInt(400)));
                    }
                    if (i % 7 == 3) {
                        b.miningEndedOn(date.minusDays(5 + random.nextInt(10)));
                    }
                }
            }
            inspections.add(b.build());
        }
        return inspections;
    }

    /** Monthly meter readings for 2021 up to November: a base load, plus the machines' draw while they mined. */
    private List<Consumption> cycles(Account account, Inspection inspection, List<Machine> machines) {
        BigDecimal base = BigDecimal.valueOf(8_000 + random.nextInt(60_000));
        BigDecimal draw = machines.stream().map(Machine::getPowerWatts).reduce(BigDecimal.ZERO, BigDecimal::add)
                .multiply(BigDecimal.valueOf(24)).divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP);
        LocalDate start = inspection.getMiningStartedOn() != null ? inspection.getMiningStartedOn()
                : inspection.getDate().minusMonths(3);
        LocalDate end = inspection.getMiningEndedOn() != null ? inspection.getMiningEndedOn() : AS_OF;
        List<Consumption> cycles = new ArrayList<>();
        for (int month = 1; month <= 11; month++) {
            LocalDate from = LocalDate.of(2021, month, 1);
            LocalDate to = from.withDayOfMonth(from.lengthOfMonth());
            LocalDate a = from.isAfter(start) ? from : start;
            LocalDate b = to.isBefore(end) ? to : end;
            long miningDays = b.isBefore(a) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
            BigDecimal kwh = base.add(draw.multiply(BigDecimal.valueOf(miningDays)))
                    .setScale(1, RoundingMode.HALF_UP);
            cycles.add(Consumption.builder().accountId(account.getId()).from(from).to(to).kwh(kwh).build());
        }
        return cycles;
    }

    private static BigDecimal watts(MachineKind kind) {
        return BigDecimal.valueOf(switch (kind) {
            case ASIC -> 3250;
            case GPU_RIG -> 1500;
            case SERVER -> 800;
            case PC -> 350;
            default -> 60;
        });
    }

    private static CatalogueRate rate(TariffCategory category, String rate) {
        return CatalogueRate.builder().province(Province.Zhejiang).category(category)
                .from(LocalDate.of(2021, 1, 1)).rateCnyPerKwh(new BigDecimal(rate)).build();
    }

    /** {@code n} whole numbers from {@code min} to {@code max} that add up to {@code total}. */
    private int[] spread(int total, int n, int min, int max) {
        int[] parts = new int[n];
        java.util.Arrays.fill(parts, min);
        int left = total - n * min;
        if (left < 0 || left > n * (max - min)) {
            throw new IllegalArgumentException(total + " cannot be spread over " + n + " parts of " + min + "-" + max);
        }
        while (left > 0) {
            int i = random.nextInt(n);
            if (parts[i] < max) {
                parts[i]++;
                left--;
            }
        }
        return parts;
    }

    private String creditCode(EntityKind kind, String division) {
        String prefix = switch (kind) {
            case STATE_OWNED_ENTERPRISE -> "91";
            case PUBLIC_INSTITUTION -> "12";
            default -> "11";
        };
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder(prefix).append(division);
        for (int i = 0; i < 9; i++) {
            code.append(i < 8 ? alphabet.charAt(random.nextInt(10))
                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.append(Identifiers.creditCheckCharacter(code.toString())).toString();
    }

    private String personName() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
    }

    private static Entity withDataCentre(Entity e, List<Preference> preferences) {
        return Entity.builder().id(e.getId()).name(e.getName().replaceAll(" \\(unit", " Data Centre (unit"))
                .kind(e.getKind()).province(e.getProvince()).city(e.getCity()).creditCode(e.getCreditCode())
                .dataCenter(true).preferences(preferences).build();
    }

    private static Entity withPreferences(Entity e, List<Preference> preferences) {
        return Entity.builder().id(e.getId()).name(e.getName()).kind(e.getKind()).province(e.getProvince())
                .city(e.getCity()).creditCode(e.getCreditCode()).preferences(preferences).build();
    }
}

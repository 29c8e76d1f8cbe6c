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
import io.miningaudit.facts.Province;
import io.miningaudit.facts.TariffCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

/**
 * A seeded case of any size for measuring: one deliberate case per entity, its machines on one account with a
 * monthly meter reading through 2022, accounts spread over provinces with and without a provincial surcharge,
 * some on cheaper tariffs and some in the market. The same seed and size give the same case.
 */
public final class ScaleCase {
    private static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);
    private static final Province[] PROVINCES = {Province.Hainan, Province.InnerMongolia, Province.Zhejiang,
        Province.Sichuan, Province.Shanxi, Province.Jiangsu};
    private static final int MONTHS = 12;

    private ScaleCase() {
    }

    /** A case with about {@code cycles} consumption cycles: {@code cycles / 12} accounts, a year of readings each. */
    public static CaseFile withCycles(int cycles, long seed) {
        Random random = new Random(seed);
        int accounts = Math.max(1, (cycles + MONTHS - 1) / MONTHS);
        CaseFile.CaseFileBuilder c = CaseFile.builder().caseInfo(CaseInfo.builder().id("scale-" + cycles)
                .title("Generated case, " + cycles + " consumption cycles, seed " + seed).asOf(AS_OF).build());
        for (int i = 0; i < accounts; i++) {
            String n = String.format("%07d", i + 1);
            Province province = PROVINCES[random.nextInt(PROVINCES.length)];
            Entity entity = Entity.builder().id("E" + n).name("Generated firm " + n)
                    .kind(random.nextInt(10) == 0 ? EntityKind.STATE_OWNED_ENTERPRISE : EntityKind.PRIVATE_ENTERPRISE)
                    .province(province).build();
            LocalDate started = LocalDate.of(2021, 6, 1).plusDays(random.nextInt(365));
            Inspection inspection = Inspection.builder().id("I" + n).entityId(entity.getId())
                    .date(started.plusDays(30 + random.nextInt(120))).outcome(InspectionOutcome.MINING_FOUND)
                    .cause(MiningCause.SELF_INITIATED).miningStartedOn(started).build();
            int r = random.nextInt(10);
            TariffCategory category = r < 7 ? TariffCategory.LARGE_INDUSTRIAL
                    : r < 9 ? TariffCategory.RESIDENTIAL : TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL;
            Account account = Account.builder().id("A" + n).entityId(entity.getId()).province(province)
                    .category(category).billedRateCnyPerKwh(category == TariffCategory.RESIDENTIAL
                            ? new BigDecimal("0.56") : new BigDecimal("0.41"))
                    .marketTrading(random.nextInt(10) < 3).build();
            c.entity(entity).inspection(inspection).account(account)
                    .machine(Machine.builder().id("M" + n + "a").inspectionId(inspection.getId()).kind(MachineKind.ASIC)
                            .powerWatts(new BigDecimal("3250")).accountId(account.getId()).build())
                    .machine(Machine.builder().id("M" + n + "b").inspectionId(inspection.getId()).kind(MachineKind.ASIC)
                            .powerWatts(new BigDecimal("3250")).accountId(account.getId()).build())
                    .person(Person.builder().id("P" + n).name("Operator " + n).entityId(entity.getId())
                            .inspectionId(inspection.getId()).role(PersonRole.OPERATOR).build())
                    .ipDetection(IpDetection.builder().id("D" + n).ip("198.18." + (i / 254 % 256) + "." + (i % 254 + 1))
                            .province(province).detectedOn(started.plusDays(random.nextInt(20)))
                            .source(DetectionSource.NATIONAL_MONITORING_PLATFORM).entityId(entity.getId()).build());
            for (int m = 0; m < MONTHS && i * MONTHS + m < Math.max(cycles, MONTHS); m++) {
                LocalDate from = LocalDate.of(2022, 1, 1).plusMonths(m);
                c.consumption(Consumption.builder().accountId(account.getId()).from(from)
                        .to(from.withDayOfMonth(from.lengthOfMonth()))
                        .kwh(BigDecimal.valueOf(40_000 + random.nextInt(20_000), 1)).build());
            }
        }
        for (Province p : PROVINCES) {
            c.catalogueRate(CatalogueRate.builder().province(p).category(TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL)
                    .from(LocalDate.of(2021, 1, 1)).rateCnyPerKwh(new BigDecimal("0.6612")).build());
        }
        return c.build();
    }
}

package io.miningaudit.intake;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case with every table, bound to the fact model value by value; and how the as-of date is chosen. */
class CaseReaderValidCaseTest {

    /** Every table and every field, in JSON. {@link CaseReaderYamlTest} has the same case in YAML. */
    static final String EVERY_TABLE_JSON = """
            {
              "case": {"id": "zj-2024_07", "title": "Zhejiang sweep", "asOf": "2024-06-30"},
              "entities": [
                {"id": "E1", "name": "Hangzhou Data Co", "kind": "STATE_OWNED_ENTERPRISE", "province": "Zhejiang",
                 "city": "Hangzhou", "creditCode": "91350100M000100Y43", "dataCenter": true,
                 "preferences": ["ELECTRICITY_PRICE", "TAX"]},
                {"id": "E2", "name": "Zhang San", "kind": "INDIVIDUAL", "province": "Sichuan"}
              ],
              "ipDetections": [
                {"id": "D1", "ip": "10.0.0.1", "province": "Zhejiang", "detectedOn": "2024-03-01",
                 "source": "CNCERT", "entityId": "E1", "coin": "BTC"},
                {"id": "D2", "ip": "2001:db8::1", "province": "Sichuan", "detectedOn": "2024-06-30",
                 "source": "GRID_COMPANY"}
              ],
              "inspections": [
                {"id": "I1", "entityId": "E1", "date": "2024-04-10", "outcome": "MINING_FOUND",
                 "cause": "SELF_INITIATED", "miningStartedOn": "2023-11-01", "miningEndedOn": "2024-04-10",
                 "team": "joint team"},
                {"id": "I2", "entityId": "E2", "date": "2024-05-20", "outcome": "NO_MINING"}
              ],
              "machines": [
                {"id": "M1", "inspectionId": "I1", "kind": "ASIC", "coin": "BTC", "powerWatts": 3250.5,
                 "accountId": "A1"},
                {"id": "M2", "inspectionId": "I1", "kind": "GPU_RIG"}
              ],
              "persons": [
                {"id": "P1", "name": "Li Si", "entityId": "E1", "inspectionId": "I1", "role": "OPERATOR",
                 "publicEmployee": true, "partyMember": false, "illegalGainsCny": 12000.00},
                {"id": "P2", "name": "Wang Wu", "entityId": "E1", "inspectionId": "I1", "role": "PROTECTOR"}
              ],
              "accounts": [
                {"id": "A1", "entityId": "E1", "province": "Zhejiang", "category": "LARGE_INDUSTRIAL",
                 "billedRateCnyPerKwh": 0.1, "marketTrading": true},
                {"id": "A2", "entityId": "E2", "province": "Sichuan", "category": "RESIDENTIAL",
                 "billedRateCnyPerKwh": "0.5224"}
              ],
              "consumption": [
                {"accountId": "A1", "from": "2024-01-01", "to": "2024-01-31", "kwh": 1000.25},
                {"accountId": "A1", "from": "2024-02-01", "to": "2024-02-29", "kwh": "980"}
              ],
              "catalogueRates": [
                {"province": "Zhejiang", "category": "LARGE_INDUSTRIAL", "from": "2023-01-01", "to": "2023-12-31",
                 "rateCnyPerKwh": 0.6113},
                {"province": "Zhejiang", "category": "LARGE_INDUSTRIAL", "from": "2024-01-01", "rateCnyPerKwh": 0.6200}
              ]
            }
            """;

    @TempDir
    Path dir;

    CaseFiles files;

    @BeforeEach
    void setUp() {
        files = new CaseFiles(dir);
    }

    /** What {@link #EVERY_TABLE_JSON} says, built with the model's own builders. */
    static CaseFile everyTableCase() {
        return CaseFile.builder()
                .caseInfo(CaseInfo.builder().id("zj-2024_07").title("Zhejiang sweep").asOf(day("2024-06-30")).build())
                .entity(Entity.builder().id("E1").name("Hangzhou Data Co").kind(EntityKind.STATE_OWNED_ENTERPRISE)
                        .province(Province.Zhejiang).city("Hangzhou").creditCode("91350100M000100Y43").dataCenter(true)
                        .preference(Preference.ELECTRICITY_PRICE).preference(Preference.TAX).build())
                .entity(Entity.builder().id("E2").name("Zhang San").kind(EntityKind.INDIVIDUAL)
                        .province(Province.Sichuan).build())
                .ipDetection(IpDetection.builder().id("D1").ip("10.0.0.1").province(Province.Zhejiang)
                        .detectedOn(day("2024-03-01")).source(DetectionSource.CNCERT).entityId("E1").coin("BTC")
                        .build())
                .ipDetection(IpDetection.builder().id("D2").ip("2001:db8::1").province(Province.Sichuan)
                        .detectedOn(day("2024-06-30")).source(DetectionSource.GRID_COMPANY).build())
                .inspection(Inspection.builder().id("I1").entityId("E1").date(day("2024-04-10"))
                        .outcome(InspectionOutcome.MINING_FOUND).cause(MiningCause.SELF_INITIATED)
                        .miningStartedOn(day("2023-11-01")).miningEndedOn(day("2024-04-10")).team("joint team").build())
                .inspection(Inspection.builder().id("I2").entityId("E2").date(day("2024-05-20"))
                        .outcome(InspectionOutcome.NO_MINING).build())
                .machine(Machine.builder().id("M1").inspectionId("I1").kind(MachineKind.ASIC).coin("BTC")
                        .powerWatts(new BigDecimal("3250.5")).accountId("A1").build())
                .machine(Machine.builder().id("M2").inspectionId("I1").kind(MachineKind.GPU_RIG).build())
                .person(Person.builder().id("P1").name("Li Si").entityId("E1").inspectionId("I1")
                        .role(PersonRole.OPERATOR).publicEmployee(true).partyMember(false)
                        .illegalGainsCny(new BigDecimal("12000.00")).build())
                .person(Person.builder().id("P2").name("Wang Wu").entityId("E1").inspectionId("I1")
                        .role(PersonRole.PROTECTOR).build())
                .account(Account.builder().id("A1").entityId("E1").province(Province.Zhejiang)
                        .category(TariffCategory.LARGE_INDUSTRIAL).billedRateCnyPerKwh(new BigDecimal("0.1"))
                        .marketTrading(true).build())
                .account(Account.builder().id("A2").entityId("E2").province(Province.Sichuan)
                        .category(TariffCategory.RESIDENTIAL).billedRateCnyPerKwh(new BigDecimal("0.5224")).build())
                .consumption(Consumption.builder().accountId("A1").from(day("2024-01-01")).to(day("2024-01-31"))
                        .kwh(new BigDecimal("1000.25")).build())
                .consumption(Consumption.builder().accountId("A1").from(day("2024-02-01")).to(day("2024-02-29"))
                        .kwh(new BigDecimal("980")).build())
                .catalogueRate(CatalogueRate.builder().province(Province.Zhejiang)
                        .category(TariffCategory.LARGE_INDUSTRIAL).from(day("2023-01-01")).to(day("2023-12-31"))
                        .rateCnyPerKwh(new BigDecimal("0.6113")).build())
                .catalogueRate(CatalogueRate.builder().province(Province.Zhejiang)
                        .category(TariffCategory.LARGE_INDUSTRIAL).from(day("2024-01-01"))
                        .rateCnyPerKwh(new BigDecimal("0.6200")).build())
                .build();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void everyTableIsBoundToTheFactModel() {
        CaseFile read = files.accepted(files.write("case.json", EVERY_TABLE_JSON));

        assertThat(read).isEqualTo(everyTableCase());
    }

    @Test
    void decimalsKeepTheirExactValueAndScale() {
        CaseFile read = files.accepted(files.write("case.json", EVERY_TABLE_JSON));

        BigDecimal billed = read.getAccounts().get(0).getBilledRateCnyPerKwh();
        assertThat(billed).isEqualTo(new BigDecimal("0.1"));
        assertThat(billed.scale()).isEqualTo(1);
        assertThat(billed.unscaledValue().intValueExact()).isEqualTo(1);
        assertThat(read.getPersons().get(0).getIllegalGainsCny().scale()).isEqualTo(2);
        assertThat(read.getPersons().get(0).getIllegalGainsCny()).hasToString("12000.00");
        assertThat(read.getCatalogueRates().get(1).getRateCnyPerKwh()).hasToString("0.6200");
        assertThat(read.getConsumption()).extracting(c -> c.getKwh().toPlainString())
                .containsExactly("1000.25", "980");
        assertThat(read.getAccounts().get(1).getBilledRateCnyPerKwh()).hasToString("0.5224");
    }

    @Test
    void datesEnumsListsAndDefaultsAreBound() {
        CaseFile read = files.accepted(files.write("case.json", EVERY_TABLE_JSON));

        Entity dataCo = read.getEntities().get(0);
        Entity individual = read.getEntities().get(1);
        assertThat(dataCo.getKind()).isEqualTo(EntityKind.STATE_OWNED_ENTERPRISE);
        assertThat(dataCo.isPublicUnit()).isTrue();
        assertThat(dataCo.isDataCenter()).isTrue();
        assertThat(dataCo.getPreferences()).containsExactly(Preference.ELECTRICITY_PRICE, Preference.TAX);
        assertThat(individual.isDataCenter()).isFalse();
        assertThat(individual.getPreferences()).isEmpty();
        assertThat(individual.getCity()).isNull();
        assertThat(individual.getCreditCode()).isNull();

        Inspection found = read.getInspections().get(0);
        assertThat(found.getDate()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(found.getMiningStartedOn()).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(found.isDeliberate()).isTrue();
        assertThat(found.isOngoing()).isFalse();
        assertThat(read.getInspections().get(1).getCause()).isNull();

        Person protector = read.getPersons().get(1);
        assertThat(protector.isPublicEmployee()).isFalse();
        assertThat(protector.isPartyMember()).isFalse();
        assertThat(protector.getIllegalGainsCny()).isNull();
        assertThat(read.getPersons().get(0).isPublicEmployee()).isTrue();

        assertThat(read.getAccounts()).extracting(Account::isMarketTrading).containsExactly(true, false);
        assertThat(read.getIpDetections()).extracting(IpDetection::isAttributed).containsExactly(true, false);
        assertThat(read.getMachines().get(1).getPowerWatts()).isNull();
        assertThat(read.getCatalogueRates().get(1).getTo()).isNull();
    }

    @Test
    void theCaseAsOfDateIsUsedWithoutAnOverride() {
        CaseFile read = files.accepted(files.write("case.json", EVERY_TABLE_JSON));

        assertThat(read.getCaseInfo().getAsOf()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void theOverrideBeatsTheCaseAsOfDate() {
        CaseFile read = files.accepted(files.write("case.json", EVERY_TABLE_JSON), LocalDate.of(2024, 12, 31));

        assertThat(read.getCaseInfo().getAsOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(read.getCaseInfo().getId()).isEqualTo("zj-2024_07");
    }

    @Test
    void theOverrideIsUsedWhenTheCaseHasNoAsOfDate() {
        Path file = files.write("case.json", """
                {
                  "case": {"id": "C1"},
                  "entities": [
                    {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                  ]
                }
                """);

        assertThat(files.accepted(file, LocalDate.of(2021, 9, 24)).getCaseInfo().getAsOf())
                .isEqualTo(LocalDate.of(2021, 9, 24));
    }

    @Test
    void withNeitherTheAsOfDateIsTodayInTheClocksZone() {
        Path file = files.write("case.json", """
                {
                  "case": {"id": "C1", "title": "No date"},
                  "entities": [
                    {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                  ]
                }
                """);
        // 20:00 UTC on 30 June is already 1 July in Beijing.
        Clock beijingEvening = Clock.fixed(Instant.parse("2024-06-30T20:00:00Z"), ZoneId.of("Asia/Shanghai"));

        CaseFile read = new CaseFiles(dir, beijingEvening).accepted(file);

        assertThat(read.getCaseInfo())
                .isEqualTo(CaseInfo.builder().id("C1").title("No date").asOf(LocalDate.of(2024, 7, 1)).build());
    }

    @Test
    void textIsTrimmedAndNumbersAreAcceptedAsText() {
        Path file = files.write("case.json", """
                {
                  "case": {"id": " C1 "},
                  "entities": [
                    {"id": 7, "name": "  Mine Co  ", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                  ],
                  "accounts": [
                    {"id": "A1", "entityId": 7, "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5}
                  ]
                }
                """);

        CaseFile read = files.accepted(file);

        assertThat(read.getCaseInfo().getId()).isEqualTo("C1");
        assertThat(read.getEntities().get(0).getId()).isEqualTo("7");
        assertThat(read.getEntities().get(0).getName()).isEqualTo("Mine Co");
        assertThat(read.getAccounts().get(0).getEntityId()).isEqualTo("7");
    }

    @Test
    void optionalTablesMayBeAbsentOrEmpty() {
        Path file = files.write("case.json", """
                {
                  "case": {"id": "C1", "asOf": "2024-06-30"},
                  "entities": [
                    {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                  ],
                  "ipDetections": [],
                  "machines": null
                }
                """);

        CaseFile read = files.accepted(file);

        assertThat(read.getEntities()).hasSize(1);
        assertThat(read.sessionFacts()).hasSize(2);
    }
}

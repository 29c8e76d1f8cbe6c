package io.miningaudit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.IpDetection;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The large tables, ipDetections and consumption, stream through their checks into compact columns after the other
 * tables are read: their problems are found and located as any other's, whatever the order of tables in the file.
 */
class StreamedTablesTest {
    @TempDir
    Path dir;

    CaseFiles files;

    @BeforeEach
    void setUp() {
        files = new CaseFiles(dir);
    }

    @Test
    void largeTablesBeforeWhatTheyReferToAreReadAndKeepEveryValue() {
        Path file = files.write("case.json", """
                {
                  "consumption": [
                    {"accountId": "A1", "from": "2024-01-01", "to": "2024-01-31", "kwh": 1234.500},
                    {"accountId": "A1", "from": "2024-02-01", "to": "2024-02-29", "kwh": 999999999999.999999999}
                  ],
                  "ipDetections": [
                    {"id": "D1", "ip": "2001:DB8::1", "province": "Sichuan", "detectedOn": "2024-01-05", "source": "CNCERT", "entityId": "E1", "coin": "BTC"},
                    {"id": "D2", "ip": "198.18.0.7", "province": "Hainan", "detectedOn": "2024-02-29", "source": "GRID_COMPANY"}
                  ],
                  "accounts": [
                    {"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5}
                  ],
                  "entities": [
                    {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                  ],
                  "case": {"id": "C1", "asOf": "2024-06-30"}
                }
                """);

        CaseFile facts = files.accepted(file);

        assertThat(facts.getIpDetections()).containsExactly(
                IpDetection.builder().id("D1").ip("2001:DB8::1").province(io.miningaudit.facts.Province.Sichuan)
                        .detectedOn(LocalDate.of(2024, 1, 5)).source(io.miningaudit.facts.DetectionSource.CNCERT)
                        .entityId("E1").coin("BTC").build(),
                IpDetection.builder().id("D2").ip("198.18.0.7").province(io.miningaudit.facts.Province.Hainan)
                        .detectedOn(LocalDate.of(2024, 2, 29)).source(io.miningaudit.facts.DetectionSource.GRID_COMPANY)
                        .build());
        assertThat(facts.getConsumption()).extracting(Consumption::getKwh).containsExactly(
                new BigDecimal("1234.500"), new BigDecimal("999999999999.999999999"));
        assertThat(facts.getConsumption().get(0).getKwh().scale()).isEqualTo(3);
    }

    @Test
    void aDuplicateDetectionIdNamesBothPlacesAndEveryOtherProblemIsListedToo() {
        Path file = files.write("case.json", """
                {
                  "case": {"id": "C1", "asOf": "2024-06-30"},
                  "entities": [
                    {"id": "E1", "name": "Mine Co", "kind": "FIRM", "province": "Sichuan"}
                  ],
                  "ipDetections": [
                    {"id": "D1", "ip": "198.18.0.1", "province": "Sichuan", "detectedOn": "2024-01-05", "source": "CNCERT"},
                    {"id": "D1", "ip": "198.18.0.2", "province": "Sichuan", "detectedOn": "2024-07-05", "source": "CNCERT", "entityId": "E9"},
                    {"id": "D3", "ip": "198.18.0.3", "province": "Sichuan", "detectedOn": "2024-01-05", "source": "CNCERT"}
                  ]
                }
                """);

        assertThat(files.problems(file)).containsExactly(
                "case.json:4:45: entities[0].kind: \"FIRM\" is not one of STATE_OWNED_ENTERPRISE, PUBLIC_INSTITUTION,"
                        + " PARTY_GOVERNMENT_AGENCY, PRIVATE_ENTERPRISE, INDIVIDUAL",
                "case.json:8:12: ipDetections[1].id: \"D1\" is used twice in ipDetections (first at case.json:7:12)",
                "case.json:8:75: ipDetections[1].detectedOn: 2024-07-05 is after the audit's as-of date 2024-06-30",
                "case.json:8:121: ipDetections[1].entityId: \"E9\" names no record of entities");
    }

    @Test
    void overlappingCyclesAreFoundInAWorkbookAndLocatedByCell() throws Exception {
        Path json = files.write("case.json", """
                {
                  "case": {"id": "C1", "asOf": "2024-06-30"},
                  "entities": [{"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}],
                  "accounts": [{"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5}],
                  "consumption": [
                    {"accountId": "A1", "from": "2024-01-01", "to": "2024-01-31", "kwh": 100},
                    {"accountId": "A1", "from": "2024-02-01", "to": "2024-02-29", "kwh": 100},
                    {"accountId": "A1", "from": "2024-01-15", "to": "2024-02-14", "kwh": 100}
                  ]
                }
                """);
        String text = java.nio.file.Files.readString(json);
        // The workbook form of the same case: written by the generator's writer from the JSON text, overlap and all.
        Path xlsx = dir.resolve("case.xlsx");
        io.miningaudit.generate.CaseFileWriter.writeWorkbook(unchecked(text), xlsx);

        assertThat(files.problems(xlsx)).containsExactly(
                "case.xlsx › consumption › B3: consumption[1].from: this cycle (2024-02-01 to 2024-02-29) overlaps the"
                        + " cycle at case.xlsx › consumption › A4 (2024-01-15 to 2024-02-14) of the same account A1",
                "case.xlsx › consumption › B4: consumption[2].from: this cycle (2024-01-15 to 2024-02-14) overlaps the"
                        + " cycle at case.xlsx › consumption › A2 (2024-01-01 to 2024-01-31) of the same account A1");
    }

    @Test
    void theReaderCountsEveryRecordOfEveryTableForTheProgressBar() throws Exception {
        Path file = dir.resolve("case.json");
        io.miningaudit.generate.CaseFileWriter.write(io.miningaudit.generate.CaseGenerator.generate(
                new io.miningaudit.generate.CaseGenerator.Size(300, 2_000, 30, 5, LocalDate.of(2022, 6, 30))), file);
        java.util.List<Long> told = new java.util.ArrayList<>();

        CaseFile facts = new CaseReader(CaseFiles.CLOCK).withProgress(told::add).read(file, null);

        long records = 1 + facts.getEntities().size() + facts.getIpDetections().size() + facts.getInspections().size()
                + facts.getMachines().size() + facts.getPersons().size() + facts.getAccounts().size()
                + facts.getConsumption().size() + facts.getCatalogueRates().size();
        assertThat(told).contains(50_000L).isSorted().last().isEqualTo(records);
    }

    /** A case bound straight from JSON, without the checks, so that a bad case can be written in another form. */
    private static CaseFile unchecked(String json) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        var tree = mapper.readTree(json);
        var c = CaseFile.builder().caseInfo(mapper.treeToValue(tree.get("case"), io.miningaudit.facts.CaseInfo.class));
        tree.get("entities").forEach(n -> c.entity(convert(mapper, n, io.miningaudit.facts.Entity.class)));
        tree.get("accounts").forEach(n -> c.account(convert(mapper, n, io.miningaudit.facts.Account.class)));
        tree.get("consumption").forEach(n -> c.consumption(convert(mapper, n, Consumption.class)));
        return c.build();
    }

    private static <T> T convert(com.fasterxml.jackson.databind.ObjectMapper mapper,
                                 com.fasterxml.jackson.databind.JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

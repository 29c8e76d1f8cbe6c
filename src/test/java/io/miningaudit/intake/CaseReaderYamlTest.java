package io.miningaudit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import io.miningaudit.facts.CaseFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML form: the same case as JSON, and problems located by YAML line and column. */
class CaseReaderYamlTest {

    /** {@link CaseReaderValidCaseTest#EVERY_TABLE_JSON} in YAML. */
    private static final String EVERY_TABLE_YAML = """
            case:
              id: zj-2024_07
              title: Zhejiang sweep
              asOf: 2024-06-30
            entities:
              - id: E1
                name: Hangzhou Data Co
                kind: STATE_OWNED_ENTERPRISE
                province: Zhejiang
                city: Hangzhou
                creditCode: 91350100M000100Y43
                dataCenter: true
                preferences: [ELECTRICITY_PRICE, TAX]
              - id: E2
                name: Zhang San
                kind: INDIVIDUAL
                province: Sichuan
            ipDetections:
              - id: D1
                ip: 10.0.0.1
                province: Zhejiang
                detectedOn: 2024-03-01
                source: CNCERT
                entityId: E1
                coin: BTC
              - id: D2
                ip: "2001:db8::1"
                province: Sichuan
                detectedOn: 2024-06-30
                source: GRID_COMPANY
            inspections:
              - id: I1
                entityId: E1
                date: 2024-04-10
                outcome: MINING_FOUND
                cause: SELF_INITIATED
                miningStartedOn: 2023-11-01
                miningEndedOn: 2024-04-10
                team: joint team
              - id: I2
                entityId: E2
                date: 2024-05-20
                outcome: NO_MINING
            machines:
              - id: M1
                inspectionId: I1
                kind: ASIC
                coin: BTC
                powerWatts: 3250.5
                accountId: A1
              - id: M2
                inspectionId: I1
                kind: GPU_RIG
            persons:
              - id: P1
                name: Li Si
                entityId: E1
                inspectionId: I1
                role: OPERATOR
                publicEmployee: true
                partyMember: false
                illegalGainsCny: 12000.00
              - id: P2
                name: Wang Wu
                entityId: E1
                inspectionId: I1
                role: PROTECTOR
            accounts:
              - id: A1
                entityId: E1
                province: Zhejiang
                category: LARGE_INDUSTRIAL
                billedRateCnyPerKwh: 0.1
                marketTrading: true
              - id: A2
                entityId: E2
                province: Sichuan
                category: RESIDENTIAL
                billedRateCnyPerKwh: "0.5224"
            consumption:
              - {accountId: A1, from: 2024-01-01, to: 2024-01-31, kwh: 1000.25}
              - {accountId: A1, from: 2024-02-01, to: 2024-02-29, kwh: "980"}
            catalogueRates:
              - province: Zhejiang
                category: LARGE_INDUSTRIAL
                from: 2023-01-01
                to: 2023-12-31
                rateCnyPerKwh: 0.6113
              - province: Zhejiang
                category: LARGE_INDUSTRIAL
                from: 2024-01-01
                rateCnyPerKwh: 0.6200
            """;

    @TempDir
    Path dir;

    CaseFiles files;

    @BeforeEach
    void setUp() {
        files = new CaseFiles(dir);
    }

    @Test
    void aYamlCaseReadsBackToTheSameFactsAsTheEquivalentJson() {
        CaseFile fromYaml = files.accepted(files.write("case.yaml", EVERY_TABLE_YAML));
        CaseFile fromJson = files.accepted(files.write("case.json", CaseReaderValidCaseTest.EVERY_TABLE_JSON));

        assertThat(fromJson.getEntities()).isNotEmpty();
        assertThat(fromYaml).isEqualTo(fromJson);
        assertThat(fromYaml).isEqualTo(CaseReaderValidCaseTest.everyTableCase());
        assertThat(fromYaml.getAccounts().get(0).getBilledRateCnyPerKwh()).hasToString("0.1");
        assertThat(fromYaml.getPersons().get(0).getIllegalGainsCny()).hasToString("12000.00");
    }

    @Test
    void theYmlExtensionIsReadAsYamlToo() {
        CaseFile read = files.accepted(files.write("case.yml", EVERY_TABLE_YAML));

        assertThat(read).isEqualTo(CaseReaderValidCaseTest.everyTableCase());
    }

    @Test
    void problemsInYamlNameTheirLineAndColumn() {
        Path file = files.write("case.yaml", """
                case:
                  id: C1
                  asOf: 2024-06-30
                entities:
                  - id: E1
                    name: Mine Co
                    kind: PRIVATE_ENTERPRISE
                    province: Sichuan
                    dataCentre: true
                accounts:
                  - id: A1
                    entityId: E1
                    province: Sichuan
                    category: RESIDENTIAL
                    billedRateCnyPerKwh: 0.5
                consumption:
                  - accountId: A1
                    from: 2024-01-01
                    to: 2024-01-31
                    kwh: -12.5
                """);

        assertThat(files.problems(file)).containsExactly(
                "case.yaml:9:5: entities[0].dataCentre: unknown field (did you mean 'dataCenter'?)",
                "case.yaml:20:10: consumption[0].kwh: must not be negative");
    }

    @Test
    void aMissingYamlFieldIsReportedWhereItsRecordStartsAndYesIsNotABool() {
        Path file = files.write("case.yaml", """
                case:
                  id: C1
                  asOf: 2024-06-30
                entities:
                  - id: E1
                    name: Mine Co
                    kind: PRIVATE_ENTERPRISE
                    province: Sichuan
                  - id: E2
                    kind: INDIVIDUAL
                    province: Sichuan
                    dataCenter: yes
                """);

        assertThat(files.problems(file)).containsExactly(
                "case.yaml:9:5: entities[1].name: required field is missing",
                "case.yaml:12:17: entities[1].dataCenter: yes is not true or false");
    }

    @Test
    void aYamlSyntaxErrorIsNotParseableAtItsLine() {
        Path file = files.write("case.yaml", """
                case:
                  id: C1
                entities:
                  - id: E1
                    name: [Mine Co
                """);

        List<String> problems = files.problems(file);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("case.yaml:5:")
                .contains(": not parseable: while parsing a flow sequence");
    }

    @Test
    void anchorsAliasesAndTagsAreRefusedWhereTheyStand() {
        Path anchor = files.write("anchor.yaml", """
                case: {id: C1, asOf: 2024-06-30}
                entities:
                  - {id: &e E1, name: Mine Co, kind: INDIVIDUAL, province: Sichuan}
                """);
        Path alias = files.write("alias.yaml", """
                case: {id: C1, asOf: 2024-06-30}
                entities:
                  - {id: E1, name: *e, kind: INDIVIDUAL, province: Sichuan}
                """);
        Path tag = files.write("tag.yaml", """
                case: {id: C1, asOf: 2024-06-30}
                entities:
                  - id: E1
                    name: !!str 12
                    kind: INDIVIDUAL
                    province: Sichuan
                """);

        assertThat(files.problems(anchor)).containsExactly("anchor.yaml:3:10: not parseable: an anchor (&e) is not"
                + " allowed: a case file is plain data, without anchors, aliases or tags");
        assertThat(files.problems(alias)).containsExactly("alias.yaml:3:20: not parseable: an alias (*e) is not"
                + " allowed: a case file is plain data, without anchors, aliases or tags");
        assertThat(files.problems(tag)).containsExactly("tag.yaml:4:11: not parseable: a tag (tag:yaml.org,2002:str)"
                + " is not allowed: a case file is plain data, without anchors, aliases or tags");
    }

    @Test
    void theToolsOwnYamlForTwentyThousandEntitiesReads() throws Exception {
        // Over 3 MiB, SnakeYAML's default limit for a whole document.
        CaseFile generated = io.miningaudit.generate.CaseGenerator.generate(
                new io.miningaudit.generate.CaseGenerator.Size(
                20_000, 100, 30, 1, java.time.LocalDate.of(2022, 6, 30)));
        Path file = dir.resolve("generated.yaml");
        io.miningaudit.generate.CaseFileWriter.writeYaml(generated, file);

        assertThat(java.nio.file.Files.size(file)).isGreaterThan(3L << 20);
        assertThat(files.accepted(file).getEntities()).hasSize(20_000);
    }

    @Test
    void aValueOfMegabytesIsRefusedAtOnceWhereItBegins() {
        Path word = files.write("word.yaml", """
                case: {id: C1, asOf: 2024-06-30}
                entities:
                  - {id: E1, name: %s, kind: INDIVIDUAL, province: Sichuan}
                """.formatted("x".repeat(5_000_000)));
        Path words = files.write("words.yaml", """
                case: {id: C1, asOf: 2024-06-30}
                entities:
                  - id: E1
                    name: "%s"
                    kind: INDIVIDUAL
                    province: Sichuan
                """.formatted("xxxxxxx ".repeat(250_000)));

        // One token of megabytes costs SnakeYAML the square of its length; many short words only their sum.
        assertTimeout(Duration.ofSeconds(5), () -> {
            assertThat(files.problems(word)).containsExactly("word.yaml:3:20: not parseable: more than 100,000"
                    + " characters without a blank or a line break (no value is that long)");
            assertThat(files.problems(words)).containsExactly("words.yaml:4:11: entities[0].name: \"xxxxxxx xxxxxxx"
                    + " xxxxxxx xxxxxxx xxxxxxx …\" is 1,999,999 characters long; at most 100 are allowed");
        });
    }

    @Test
    void bytesThatAreNotUtf8AndCharactersYamlForbidsAreRefusedAtTheirLineAndColumn() throws Exception {
        Path latin1 = dir.resolve("latin1.yaml");
        java.nio.file.Files.write(latin1, """
                case: {id: C1, asOf: 2024-06-30}
                entities:
                  - {id: E1, name: Caf\u00e9, kind: INDIVIDUAL, province: Sichuan}
                """.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path control = files.write("control.yaml", """
                case: {id: C1, asOf: 2024-06-30}
                entities:
                  - {id: E1, name: Mine\u0001Co, kind: INDIVIDUAL, province: Sichuan}
                """);

        assertThat(files.problems(latin1)).containsExactly(
                "latin1.yaml:3:23: not parseable: not valid UTF-8 (the byte 0xE9)");
        assertThat(files.problems(control)).containsExactly(
                "control.yaml:3:24: not parseable: the character U+0001 may not stand in a YAML file");
    }

    @Test
    void aYamlErrorIsOneLineWithoutTheQuotedSnippet() {
        Path file = files.write("case.yaml", """
                case: {id: C1, asOf: 2024-06-30}
                entities:
                  - id: E1
                    %s: a
                """.formatted("k".repeat(2_000)));

        assertThat(files.problems(file)).containsExactly(
                "case.yaml:3:11: not parseable: while scanning a simple key: could not find expected ':'");
    }
}

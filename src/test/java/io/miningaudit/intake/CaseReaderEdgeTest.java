package io.miningaudit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edge cases of reading a case file, each once a bug: the file's end, partial files, keys that are missing. */
class CaseReaderEdgeTest {
    private static final String ENTITY = "{\"id\": \"E1\", \"name\": \"A\", \"kind\": \"INDIVIDUAL\", \"province\": "
            + "\"Hainan\"}";

    @TempDir
    Path dir;

    private CaseFiles files;

    @BeforeEach
    void setUp() {
        files = new CaseFiles(dir);
    }

    @Test
    void contentAfterTheCaseObjectIsNotParseable() {
        Path file = files.write("case.json", """
                {
                  "case": {"id": "C1", "asOf": "2024-06-30"},
                  "entities": [%s]
                }
                {"case": {"id": "C2"}}
                """.formatted(ENTITY));

        assertThat(files.problems(file)).containsExactly(
                "case.json:5:1: not parseable: content after the case object (a case file is one object;"
                        + " a YAML file one document)");
    }

    @Test
    void aSecondYamlDocumentIsNotParseable() {
        Path file = files.write("case.yaml", """
                case: {id: C1, asOf: 2024-06-30}
                entities:
                  - {id: E1, name: A, kind: INDIVIDUAL, province: Hainan}
                ---
                more: 1
                """);

        assertThat(files.problems(file)).singleElement().asString()
                .startsWith("case.yaml:").contains("not parseable: content after the case object");
    }

    @Test
    void aMissingCaseTableIsReportedBesideOtherProblems() {
        Path file = files.write("case.json", """
                {
                  "entities": [%s],
                  "remarks": []
                }
                """.formatted(ENTITY));

        assertThat(files.problems(file)).containsExactly(
                "case.json:1:1: case: required table is missing",
                "case.json:3:3: remarks: unknown table");
    }

    @Test
    void anEmptyEntitiesTableIsRejected() {
        Path file = files.write("case.json", """
                {"case": {"id": "C1", "asOf": "2024-06-30"}, "entities": []}
                """);

        assertThat(files.problems(file)).containsExactly("case.json:1:1: entities: must hold at least one record");
    }

    @Test
    void afterASyntaxErrorOnlyTheSyntaxErrorIsReported() {
        Path file = files.write("case.json", """
                {
                  "case": {"id": "C1", "asOf": "2024-06-30"},
                  "inspections": [
                    {"id": "I1", "entityId": "E1", "date": "2024-01-01", "outcome": "NO_MINING"}
                  ],
                  "entities": [
                    {"id": "E1" "name": "A", "kind": "INDIVIDUAL", "province": "Hainan"}
                  ]
                }
                """);

        assertThat(files.problems(file)).singleElement().asString()
                .startsWith("case.json:7:17: not parseable: Unexpected character ('\"'");
    }

    @Test
    void recordsWithoutTheirKeyAreNotGroupedAsOverlapping() {
        Path file = files.write("case.json", """
                {
                  "case": {"id": "C1", "asOf": "2024-06-30"},
                  "entities": [%s],
                  "consumption": [
                    {"from": "2024-01-01", "to": "2024-01-31", "kwh": 1},
                    {"from": "2024-01-01", "to": "2024-01-31", "kwh": 1}
                  ]
                }
                """.formatted(ENTITY));

        assertThat(files.problems(file)).containsExactly(
                "case.json:5:5: consumption[0].accountId: required field is missing",
                "case.json:6:5: consumption[1].accountId: required field is missing");
    }

    @Test
    void aCatalogueRateThatStartsAfterTheAsOfDateIsRejectedButOneThatEndsAfterItIsNot() {
        Path file = files.write("case.json", """
                {
                  "case": {"id": "C1", "asOf": "2024-06-30"},
                  "entities": [%s],
                  "catalogueRates": [
                    {"province": "Hainan", "category": "RESIDENTIAL", "from": "2024-01-01", "to": "2024-12-31", "rateCnyPerKwh": 0.6},
                    {"province": "Hainan", "category": "LARGE_INDUSTRIAL", "from": "2024-07-01", "rateCnyPerKwh": 0.6}
                  ]
                }
                """.formatted(ENTITY));

        assertThat(files.problems(file)).containsExactly(
                "case.json:6:68: catalogueRates[1].from: 2024-07-01 is after the audit's as-of date 2024-06-30");
    }

    @Test
    void anEmbeddedIpv4PartFollowsTheDottedQuadRules() {
        assertThat(Identifiers.isIpAddress("::ffff:1.2.3.4")).isTrue();
        assertThat(Identifiers.isIpAddress("::ffff:1.2.3.04")).isFalse();
        assertThat(Identifiers.isIpAddress("::ffff:1.2.3.256")).isFalse();
    }

    @Test
    void aParsersOwnLimitIsReportedAtItsLineInJsonAndYaml() {
        Path json = files.write("deep.json", """
                {
                  "case": {"id": "C1", "asOf": "2024-06-30"},
                  "entities": [%s],
                  "machines": [{"id": "M1", "powerWatts": %s}]
                }
                """.formatted("[".repeat(1_001) + "]".repeat(1_001), "1".repeat(1_001)));
        Path yaml = files.write("deep.yaml", """
                case: {id: C1, asOf: 2024-06-30}
                entities: %s
                """.formatted("[".repeat(1_001) + "]".repeat(1_001)));

        // What the reader found before the break stands beside it.
        assertThat(files.problems(json)).containsExactly("deep.json:3:16: entities[0]: must be an object of fields",
                "deep.json:3:1015: not parseable: Document nesting depth"
                + " (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)");
        assertThat(files.problems(yaml)).containsExactly("deep.yaml:2:12: entities[0]: must be an object of fields",
                "deep.yaml:2:1011: not parseable: Document nesting depth"
                + " (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)");
    }

    @Test
    void aJsonNumberLongerThanTheParserAllowsIsReportedAtItsLine() {
        Path json = files.write("case.json", """
                {
                  "case": {"id": "C1", "asOf": "2024-06-30"},
                  "entities": [%s],
                  "machines": [{"id": "M1", "powerWatts": %s}]
                }
                """.formatted(ENTITY, "1".repeat(1_001)));

        assertThat(files.problems(json)).containsExactly("case.json:4:1044: not parseable: Number value length"
                + " (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNumberLength()`)");
    }

    @Test
    void aJsonFileInUtf16IsNotReadAsIfItWereUtf8() throws Exception {
        Path file = dir.resolve("case.json");
        java.nio.file.Files.write(file, """
                {"case": {"id": "C1", "asOf": "2024-06-30"}, "entities": [%s]}
                """.formatted(ENTITY).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        assertThat(files.problems(file)).containsExactly(
                "case.json:1:1: not parseable: not UTF-8 (the file begins as UTF-16 or UTF-32 text)");
    }
}

package io.miningaudit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.CatalogueRate;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.MiningCause;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Bad data" rules of FACTS.md, one by one, on JSON case files: every problem with its file, line and column,
 * the record and field, and the message; and beside each rule a near miss that must be accepted.
 */
class CaseReaderTest {
    private static final String KINDS =
            "STATE_OWNED_ENTERPRISE, PUBLIC_INSTITUTION, PARTY_GOVERNMENT_AGENCY, PRIVATE_ENTERPRISE, INDIVIDUAL";
    private static final String PROVINCES = "Beijing, Tianjin, Hebei, Shanxi, InnerMongolia, Liaoning, Jilin, "
            + "Heilongjiang, Shanghai, Jiangsu, Zhejiang, Anhui, Fujian, Jiangxi, Shandong, Henan, Hubei, Hunan, "
            + "Guangdong, Guangxi, Hainan, Chongqing, Sichuan, Guizhou, Yunnan, Tibet, Shaanxi, Gansu, Qinghai, "
            + "Ningxia, Xinjiang";

    @TempDir
    Path dir;

    CaseFiles files;

    @BeforeEach
    void setUp() {
        files = new CaseFiles(dir);
    }

    @Nested
    class NotParseable {

        @Test
        void aSyntaxErrorIsReportedAloneWithItsLineAndColumn() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co" "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"},
                        {"id": "E1", "name": "Mine Co", "kind": "NOT_A_KIND", "province": "Sichuan"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:4:36: not parseable: Unexpected character ('\"' (code 34)): "
                            + "was expecting comma to separate Object entries");
        }

        @Test
        void aFileThatEndsInsideARecordIsNotParseable() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1"},
                      "entities": [
                        {"id": "E1\"""");

            assertThat(files.problems(file)).containsExactly(
                    "case.json:4:16: not parseable: Unexpected end-of-input: expected close marker for Object "
                            + "(start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` "
                            + "disabled); line: 4, column: 5])");
        }

        @Test
        void aFileThatIsNotOneObjectIsRejected() {
            Path file = files.write("case.json", """
                    [
                      {"case": {"id": "C1"}}
                    ]
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:1:1: not parseable: a case file is one object with a key per table");
        }

        @Test
        void anEmptyFileIsRejected() {
            Path file = files.write("case.json", "");

            assertThat(files.problems(file)).containsExactly(
                    "case.json:1: not parseable: a case file is one object with a key per table");
        }
    }

    @Nested
    class UnknownNames {

        @Test
        void anUnknownTableNamesTheLikelyTableAndItsRecordsAreNotChecked() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "acounts": [
                        {"id": "A1", "entityId": "E9", "province": "Nowhere", "category": "RESIDENTIAL"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:6:3: acounts: unknown table (did you mean 'accounts'?)");
        }

        @Test
        void anUnknownTableLikeNoTableNamesNone() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "remarks": []
                    }
                    """);

            assertThat(files.problems(file)).containsExactly("case.json:6:3: remarks: unknown table");
        }

        @Test
        void anUnknownFieldNamesTheLikelyFieldAndTheRequiredFieldItMissesIsReportedToo() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "provnce": "Sichuan", "colour": "red"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:4:5: entities[0].province: required field is missing",
                    "case.json:4:67: entities[0].provnce: unknown field (did you mean 'province'?)",
                    "case.json:4:89: entities[0].colour: unknown field");
        }

        @Test
        void anUnknownFieldOfTheCaseRecordNamesTheLikelyField() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asof": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:2:24: case.asof: unknown field (did you mean 'asOf'?)");
        }
    }

    @Nested
    class RequiredFields {

        @Test
        void anAbsentRequiredFieldIsReportedAtItsRecord() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"},
                        {"id": "E2", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:5:5: entities[1].name: required field is missing");
        }

        @Test
        void nullEmptyAndBlankValuesAreAbsent() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": null, "kind": "", "province": "Sichuan"},
                        {"id": "E2", "name": "   ", "kind": "INDIVIDUAL", "province": "Sichuan"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:4:5: entities[0].name: required field is missing",
                    "case.json:4:5: entities[0].kind: required field is missing",
                    "case.json:5:5: entities[1].name: required field is missing");
        }

        @Test
        void theCaseIdIsRequiredAndReportedWhereTheCaseTableStarts() {
            Path file = files.write("case.json", """
                    {
                      "case": {"title": "Sweep", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly("case.json:2:3: case.id: required field is missing");
        }

        @Test
        void everyAbsentRequiredFieldOfOneRecordIsReported() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "accounts": [
                        {"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5}
                      ],
                      "consumption": [
                        {"accountId": "A1"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:10:5: consumption[0].from: required field is missing",
                    "case.json:10:5: consumption[0].to: required field is missing",
                    "case.json:10:5: consumption[0].kwh: required field is missing");
        }
    }

    @Nested
    class WrongTypes {

        @Test
        void aNumberWhereADateIsExpectedAndYesWhereABoolIsExpected() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan", "dataCenter": "yes"}
                      ],
                      "ipDetections": [
                        {"id": "D1", "ip": "10.0.0.1", "province": "Sichuan", "detectedOn": 20240301, "source": "CNCERT"}
                      ]
                    }
                    """);

            // A required field of the wrong type is not also reported as missing.
            assertThat(files.problems(file)).containsExactly(
                    "case.json:4:104: entities[0].dataCenter: \"yes\" is not true or false",
                    "case.json:7:73: ipDetections[0].detectedOn: 20240301 is not a date (YYYY-MM-DD)");
        }

        @Test
        void datesThatDoNotExistOrAreNotWrittenYyyyMmDdAndDecimalsThatAreNotNumbers() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "accounts": [
                        {"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5}
                      ],
                      "consumption": [
                        {"accountId": "A1", "from": "2024-02-30", "to": "2024-3-1", "kwh": "lots"},
                        {"accountId": "A1", "from": "2024-04-01", "to": "2024-04-30", "kwh": true}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:10:33: consumption[0].from: \"2024-02-30\" is not a date (YYYY-MM-DD)",
                    "case.json:10:53: consumption[0].to: \"2024-3-1\" is not a date (YYYY-MM-DD)",
                    "case.json:10:72: consumption[0].kwh: \"lots\" is not a decimal number",
                    "case.json:11:74: consumption[1].kwh: true is not a decimal number");
        }

        @Test
        void anObjectWhereTextIsExpectedAndABoolWhereAListIsExpected() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": {"first": "Li"}, "kind": "INDIVIDUAL", "province": "Sichuan"},
                        {"id": "E2", "name": "Two", "kind": "INDIVIDUAL", "province": "Sichuan", "preferences": true}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:4:26: entities[0].name: an object is not text",
                    "case.json:5:93: entities[1].preferences: true is not a list");
        }
    }

    @Nested
    class EnumValues {

        @Test
        void aValueNotInItsListShowsTheListAndTheLikelyValue() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "COMPANY", "province": "Sichaun"},
                        {"id": "E2", "name": "Two", "kind": "INDIVIDUAL", "province": "sichuan", "preferences": ["TAX", "WATER"]}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:4:45: entities[0].kind: \"COMPANY\" is not one of " + KINDS,
                    "case.json:4:68: entities[0].province: \"Sichaun\" is not one of " + PROVINCES
                            + " (did you mean 'Sichuan'?)",
                    "case.json:5:67: entities[1].province: \"sichuan\" is not one of " + PROVINCES
                            + " (did you mean 'Sichuan'?)",
                    "case.json:5:101: entities[1].preferences: \"WATER\" is not one of "
                            + "ELECTRICITY_PRICE, WATER_PRICE, TAX, RENT, LAND");
        }
    }

    @Nested
    class Ids {

        @Test
        void anIdUsedTwiceInOneTableNamesWhereTheFirstOneIs() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"},
                        {"id": "E2", "name": "Two", "kind": "INDIVIDUAL", "province": "Sichuan"},
                        {"id": "E1", "name": "Three", "kind": "INDIVIDUAL", "province": "Sichuan"},
                        {"id": "E1", "name": "Four", "kind": "INDIVIDUAL", "province": "Sichuan"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:6:12: entities[2].id: \"E1\" is used twice in entities (first at case.json:4:12)",
                    "case.json:7:12: entities[3].id: \"E1\" is used twice in entities (first at case.json:4:12)");
        }

        @Test
        void oneIdInTwoDifferentTablesIsFine() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "X1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "accounts": [
                        {"id": "X1", "entityId": "X1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5}
                      ]
                    }
                    """);

            CaseFile read = files.accepted(file);

            assertThat(read.getEntities()).extracting(Entity::getId).containsExactly("X1");
            assertThat(read.getAccounts()).hasSize(1);
        }
    }

    @Nested
    class References {

        @Test
        void aRefThatNamesNoRecordIsReportedAndAbsentOptionalRefsAreFine() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "ipDetections": [
                        {"id": "D1", "ip": "10.0.0.1", "province": "Sichuan", "detectedOn": "2024-03-01", "source": "CNCERT", "entityId": "E9"},
                        {"id": "D2", "ip": "10.0.0.2", "province": "Sichuan", "detectedOn": "2024-03-01", "source": "CNCERT"}
                      ],
                      "inspections": [
                        {"id": "I1", "entityId": "E1", "date": "2024-04-01", "outcome": "NO_MINING"}
                      ],
                      "machines": [
                        {"id": "M1", "inspectionId": "I9", "kind": "ASIC", "accountId": "A9"}
                      ],
                      "persons": [
                        {"id": "P1", "name": "Li Si", "entityId": "E1", "inspectionId": "I1", "role": "OPERATOR"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:7:119: ipDetections[0].entityId: \"E9\" names no record of entities",
                    "case.json:14:34: machines[0].inspectionId: \"I9\" names no record of inspections",
                    "case.json:14:69: machines[0].accountId: \"A9\" names no record of accounts");
        }
    }

    @Nested
    class IpAddresses {

        @Test
        void invalidIpv4AndIpv6AddressesAreReported() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "ipDetections": [
                        {"id": "D1", "ip": "256.1.1.1", "province": "Sichuan", "detectedOn": "2024-03-01", "source": "CNCERT"},
                        {"id": "D2", "ip": "01.2.3.4", "province": "Sichuan", "detectedOn": "2024-03-01", "source": "CNCERT"},
                        {"id": "D3", "ip": "1.2.3", "province": "Sichuan", "detectedOn": "2024-03-01", "source": "CNCERT"},
                        {"id": "D4", "ip": "2001:db8::g1", "province": "Sichuan", "detectedOn": "2024-03-01", "source": "CNCERT"},
                        {"id": "D5", "ip": "1::2::3", "province": "Sichuan", "detectedOn": "2024-03-01", "source": "CNCERT"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:7:24: ipDetections[0].ip: \"256.1.1.1\" is not an IPv4 or IPv6 address",
                    "case.json:8:24: ipDetections[1].ip: \"01.2.3.4\" is not an IPv4 or IPv6 address",
                    "case.json:9:24: ipDetections[2].ip: \"1.2.3\" is not an IPv4 or IPv6 address",
                    "case.json:10:24: ipDetections[3].ip: \"2001:db8::g1\" is not an IPv4 or IPv6 address",
                    "case.json:11:24: ipDetections[4].ip: \"1::2::3\" is not an IPv4 or IPv6 address");
        }

        @Test
        void validIpv4AndIpv6AddressesAreAcceptedAndReadAsAddresses() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "ipDetections": [
                        {"id": "D1", "ip": "255.255.255.255", "province": "Sichuan", "detectedOn": "2024-03-01", "source": "CNCERT"},
                        {"id": "D2", "ip": "2001:db8::1", "province": "Sichuan", "detectedOn": "2024-03-01", "source": "CNCERT"},
                        {"id": "D3", "ip": "::ffff:192.0.2.128", "province": "Sichuan", "detectedOn": "2024-03-01", "source": "CNCERT"}
                      ]
                    }
                    """);

            // Each in its canonical form: an IPv4-mapped IPv6 address is the IPv4 address it maps.
            assertThat(files.accepted(file).getIpDetections()).extracting(d -> d.getIp().toString())
                    .containsExactly("255.255.255.255", "2001:db8::1", "192.0.2.128");
        }
    }

    @Nested
    class CreditCodes {

        @Test
        void aCodeWithAWrongLengthAlphabetOrCheckCharacterIsReported() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Unit 1", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan", "creditCode": "91350100M000100Y4"},
                        {"id": "E2", "name": "Unit 2", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan", "creditCode": "91350100I000100Y43"},
                        {"id": "E3", "name": "Unit 3", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan", "creditCode": "91350100M000100Y44"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:4:103: entities[0].creditCode: credit code \"91350100M000100Y4\" has 17 characters; "
                            + "a Unified Social Credit Code has 18",
                    "case.json:5:103: entities[1].creditCode: credit code \"91350100I000100Y43\" character 'I' at "
                            + "position 9 is not in the code's alphabet (digits and A-Y without I, O, S, V, Z)",
                    "case.json:6:103: entities[2].creditCode: credit code \"91350100M000100Y44\" check character is "
                            + "'4' but should be '3'");
        }

        @Test
        void aCodeWithTheRightCheckCharacterIsAccepted() {
            String first17 = "91350100M000100Y4";
            String valid = first17 + Identifiers.creditCheckCharacter(first17);
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Unit 1", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan", "creditCode": "%s"}
                      ]
                    }
                    """.formatted(valid));

            assertThat(files.accepted(file).getEntities().get(0).getCreditCode()).isEqualTo("91350100M000100Y43");
        }
    }

    @Nested
    class AsOfDate {

        @Test
        void datesAfterTheCaseAsOfDateAreReportedAndTheAsOfDayItselfIsFine() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "ipDetections": [
                        {"id": "D1", "ip": "10.0.0.1", "province": "Sichuan", "detectedOn": "2024-07-01", "source": "CNCERT"},
                        {"id": "D2", "ip": "10.0.0.2", "province": "Sichuan", "detectedOn": "2024-06-30", "source": "CNCERT"}
                      ],
                      "inspections": [
                        {"id": "I1", "entityId": "E1", "date": "2024-07-02", "outcome": "MINING_FOUND", "cause": "TROJAN_INFECTION", "miningStartedOn": "2024-08-01"}
                      ],
                      "accounts": [
                        {"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5}
                      ],
                      "consumption": [
                        {"accountId": "A1", "from": "2024-06-01", "to": "2024-07-10", "kwh": 100}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:7:73: ipDetections[0].detectedOn: 2024-07-01 is after the audit's as-of date 2024-06-30",
                    "case.json:11:44: inspections[0].date: 2024-07-02 is after the audit's as-of date 2024-06-30",
                    "case.json:11:133: inspections[0].miningStartedOn: 2024-08-01 is after the audit's as-of date "
                            + "2024-06-30",
                    "case.json:17:53: consumption[0].to: 2024-07-10 is after the audit's as-of date 2024-06-30");
        }

        @Test
        void anEarlierOverrideRejectsADateTheCaseAsOfAllows() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "ipDetections": [
                        {"id": "D1", "ip": "10.0.0.1", "province": "Sichuan", "detectedOn": "2024-06-20", "source": "CNCERT"}
                      ]
                    }
                    """);

            assertThat(files.accepted(file).getIpDetections()).hasSize(1);
            assertThat(files.problems(file, LocalDate.of(2024, 6, 15))).containsExactly(
                    "case.json:7:73: ipDetections[0].detectedOn: 2024-06-20 is after the audit's as-of date "
                            + "2024-06-15");
        }

        @Test
        void aLaterOverrideAllowsADateAfterTheCaseAsOf() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "ipDetections": [
                        {"id": "D1", "ip": "10.0.0.1", "province": "Sichuan", "detectedOn": "2024-07-10", "source": "CNCERT"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:7:73: ipDetections[0].detectedOn: 2024-07-10 is after the audit's as-of date "
                            + "2024-06-30");
            CaseFile read = files.accepted(file, LocalDate.of(2024, 7, 31));
            assertThat(read.getCaseInfo().getAsOf()).isEqualTo(LocalDate.of(2024, 7, 31));
            assertThat(read.getIpDetections().get(0).getDetectedOn()).isEqualTo(LocalDate.of(2024, 7, 10));
        }

        @Test
        void withNeitherCaseAsOfNorOverrideTodayFromTheClockIsTheLimit() {
            Path tomorrow = files.write("tomorrow.json", """
                    {
                      "case": {"id": "C1"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "ipDetections": [
                        {"id": "D1", "ip": "10.0.0.1", "province": "Sichuan", "detectedOn": "2024-07-02", "source": "CNCERT"}
                      ]
                    }
                    """);
            Path today = files.write("today.json", """
                    {
                      "case": {"id": "C1"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "ipDetections": [
                        {"id": "D1", "ip": "10.0.0.1", "province": "Sichuan", "detectedOn": "2024-07-01", "source": "CNCERT"}
                      ]
                    }
                    """);

            assertThat(files.problems(tomorrow)).containsExactly(
                    "tomorrow.json:7:73: ipDetections[0].detectedOn: 2024-07-02 is after the audit's as-of date "
                            + "2024-07-01");
            assertThat(files.accepted(today).getCaseInfo().getAsOf()).isEqualTo(CaseFiles.TODAY);
        }
    }

    @Nested
    class DateOrder {

        @Test
        void consumptionToBeforeFromIsReportedAndAOneDayCycleIsFine() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "accounts": [
                        {"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5}
                      ],
                      "consumption": [
                        {"accountId": "A1", "from": "2024-02-01", "to": "2024-01-31", "kwh": 10},
                        {"accountId": "A1", "from": "2024-03-01", "to": "2024-03-01", "kwh": 10}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:10:53: consumption[0].to: 2024-01-31 is before from 2024-02-01");
        }

        @Test
        void miningEndedOnBeforeMiningStartedOnIsReportedAndTheSameDayIsFine() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "inspections": [
                        {"id": "I1", "entityId": "E1", "date": "2024-04-01", "outcome": "MINING_FOUND", "cause": "SELF_INITIATED", "miningStartedOn": "2024-02-01", "miningEndedOn": "2024-01-31"},
                        {"id": "I2", "entityId": "E1", "date": "2024-04-01", "outcome": "MINING_FOUND", "cause": "SELF_INITIATED", "miningStartedOn": "2024-02-01", "miningEndedOn": "2024-02-01"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:7:162: inspections[0].miningEndedOn: 2024-01-31 is before miningStartedOn 2024-02-01");
        }

        @Test
        void aCatalogueRateEndingBeforeItStartsIsReported() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "catalogueRates": [
                        {"province": "Sichuan", "category": "RESIDENTIAL", "from": "2024-01-01", "to": "2023-12-31", "rateCnyPerKwh": 0.5}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:7:84: catalogueRates[0].to: 2023-12-31 is before from 2024-01-01");
        }
    }

    @Nested
    class Amounts {

        @Test
        void negativeKwhRatesPowerAndGainsAreReported() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "inspections": [
                        {"id": "I1", "entityId": "E1", "date": "2024-04-01", "outcome": "NO_MINING"}
                      ],
                      "machines": [
                        {"id": "M1", "inspectionId": "I1", "kind": "ASIC", "powerWatts": -3250}
                      ],
                      "persons": [
                        {"id": "P1", "name": "Li Si", "entityId": "E1", "inspectionId": "I1", "role": "OPERATOR", "illegalGainsCny": -0.01}
                      ],
                      "accounts": [
                        {"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": -0.5}
                      ],
                      "consumption": [
                        {"accountId": "A1", "from": "2024-01-01", "to": "2024-01-31", "kwh": -1}
                      ],
                      "catalogueRates": [
                        {"province": "Sichuan", "category": "RESIDENTIAL", "from": "2024-01-01", "rateCnyPerKwh": -0.5}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:10:70: machines[0].powerWatts: must be greater than 0",
                    "case.json:13:114: persons[0].illegalGainsCny: must not be negative",
                    "case.json:16:109: accounts[0].billedRateCnyPerKwh: must not be negative",
                    "case.json:19:74: consumption[0].kwh: must not be negative",
                    "case.json:22:95: catalogueRates[0].rateCnyPerKwh: must not be negative");
        }

        @Test
        void aPowerOfZeroIsReported() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "inspections": [
                        {"id": "I1", "entityId": "E1", "date": "2024-04-01", "outcome": "NO_MINING"}
                      ],
                      "machines": [
                        {"id": "M1", "inspectionId": "I1", "kind": "ASIC", "powerWatts": 0},
                        {"id": "M2", "inspectionId": "I1", "kind": "ASIC", "powerWatts": "0.000"},
                        {"id": "M3", "inspectionId": "I1", "kind": "ASIC", "powerWatts": 0.001}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:10:70: machines[0].powerWatts: must be greater than 0",
                    "case.json:11:70: machines[1].powerWatts: must be greater than 0");
        }

        @Test
        void zeroKwhRatesAndGainsAreFine() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "inspections": [
                        {"id": "I1", "entityId": "E1", "date": "2024-04-01", "outcome": "NO_MINING"}
                      ],
                      "machines": [
                        {"id": "M1", "inspectionId": "I1", "kind": "ASIC", "powerWatts": 0.001}
                      ],
                      "persons": [
                        {"id": "P1", "name": "Li Si", "entityId": "E1", "inspectionId": "I1", "role": "OPERATOR", "illegalGainsCny": 0}
                      ],
                      "accounts": [
                        {"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0}
                      ],
                      "consumption": [
                        {"accountId": "A1", "from": "2024-01-01", "to": "2024-01-31", "kwh": "0.00"}
                      ],
                      "catalogueRates": [
                        {"province": "Sichuan", "category": "RESIDENTIAL", "from": "2024-01-01", "rateCnyPerKwh": 0}
                      ]
                    }
                    """);

            CaseFile read = files.accepted(file);

            assertThat(read.getMachines().get(0).getPowerWatts()).isEqualTo(new BigDecimal("0.001"));
            assertThat(read.getPersons().get(0).getIllegalGainsCny()).isEqualTo(BigDecimal.ZERO);
            assertThat(read.getAccounts().get(0).getBilledRateCnyPerKwh()).isEqualTo(BigDecimal.ZERO);
            assertThat(read.getConsumption()).extracting(Consumption::getKwh).containsExactly(new BigDecimal("0.00"));
            assertThat(read.getCatalogueRates()).extracting(CatalogueRate::getRateCnyPerKwh)
                    .containsExactly(BigDecimal.ZERO);
        }
    }

    @Nested
    class Causes {

        @Test
        void aCauseAbsentOnMiningFoundIsReportedAtItsRecord() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "inspections": [
                        {"id": "I1", "entityId": "E1", "date": "2024-04-01", "outcome": "MINING_FOUND"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:7:5: inspections[0].cause: required when the outcome is MINING_FOUND "
                            + "(SELF_INITIATED or TROJAN_INFECTION)");
        }

        @Test
        void aCausePresentOnNoMiningIsReportedAtTheCause() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "inspections": [
                        {"id": "I1", "entityId": "E1", "date": "2024-04-01", "outcome": "NO_MINING", "cause": "TROJAN_INFECTION"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:7:91: inspections[0].cause: must be absent when the outcome is NO_MINING");
        }

        @Test
        void anInvalidCauseOnMiningFoundIsReportedOnlyAsAnInvalidValue() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "inspections": [
                        {"id": "I1", "entityId": "E1", "date": "2024-04-01", "outcome": "MINING_FOUND", "cause": "HACKED"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:7:94: inspections[0].cause: \"HACKED\" is not one of SELF_INITIATED, TROJAN_INFECTION");
        }

        @Test
        void aCauseOnMiningFoundAndANullCauseOnNoMiningAreFine() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "inspections": [
                        {"id": "I1", "entityId": "E1", "date": "2024-04-01", "outcome": "MINING_FOUND", "cause": "SELF_INITIATED"},
                        {"id": "I2", "entityId": "E1", "date": "2024-04-01", "outcome": "NO_MINING", "cause": null}
                      ]
                    }
                    """);

            assertThat(files.accepted(file).getInspections()).extracting(Inspection::getCause)
                    .containsExactly(MiningCause.SELF_INITIATED, null);
        }
    }

    @Nested
    class Overlaps {

        @Test
        void twoCyclesOfOneAccountSharingADayOverlap() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "accounts": [
                        {"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5},
                        {"id": "A2", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5}
                      ],
                      "consumption": [
                        {"accountId": "A1", "from": "2024-01-01", "to": "2024-01-31", "kwh": 100},
                        {"accountId": "A1", "from": "2024-01-31", "to": "2024-02-29", "kwh": 100},
                        {"accountId": "A2", "from": "2024-01-15", "to": "2024-02-14", "kwh": 100}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:12:33: consumption[1].from: this cycle (2024-01-31 to 2024-02-29) overlaps the cycle "
                            + "at case.json:11:5 (2024-01-01 to 2024-01-31) of the same account A1");
        }

        @Test
        void everyCycleInsideALongCycleOverlapsIt() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "accounts": [
                        {"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5}
                      ],
                      "consumption": [
                        {"accountId": "A1", "from": "2024-03-01", "to": "2024-03-05", "kwh": 100},
                        {"accountId": "A1", "from": "2024-01-01", "to": "2024-03-31", "kwh": 100},
                        {"accountId": "A1", "from": "2024-02-01", "to": "2024-02-10", "kwh": 100}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:10:33: consumption[0].from: this cycle (2024-03-01 to 2024-03-05) overlaps the cycle "
                            + "at case.json:11:5 (2024-01-01 to 2024-03-31) of the same account A1",
                    "case.json:12:33: consumption[2].from: this cycle (2024-02-01 to 2024-02-10) overlaps the cycle "
                            + "at case.json:11:5 (2024-01-01 to 2024-03-31) of the same account A1");
        }

        @Test
        void adjacentCyclesInAnyOrderDoNotOverlap() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "accounts": [
                        {"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5}
                      ],
                      "consumption": [
                        {"accountId": "A1", "from": "2024-02-01", "to": "2024-02-29", "kwh": 100},
                        {"accountId": "A1", "from": "2024-01-01", "to": "2024-01-31", "kwh": 100},
                        {"accountId": "A1", "from": "2024-03-01", "to": "2024-03-31", "kwh": 100}
                      ]
                    }
                    """);

            assertThat(files.accepted(file).getConsumption()).extracting(Consumption::getFrom).containsExactly(
                    LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1));
        }

        @Test
        void aRateInsideAnOpenEndedRateOfTheSameProvinceAndCategoryOverlapsIt() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "catalogueRates": [
                        {"province": "Sichuan", "category": "RESIDENTIAL", "from": "2023-01-01", "rateCnyPerKwh": 0.5},
                        {"province": "Sichuan", "category": "RESIDENTIAL", "from": "2024-01-01", "to": "2024-12-31", "rateCnyPerKwh": 0.52},
                        {"province": "Sichuan", "category": "LARGE_INDUSTRIAL", "from": "2024-01-01", "to": "2024-12-31", "rateCnyPerKwh": 0.6},
                        {"province": "Zhejiang", "category": "RESIDENTIAL", "from": "2024-01-01", "to": "2024-12-31", "rateCnyPerKwh": 0.52}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:8:64: catalogueRates[1].from: this rate (2024-01-01 to 2024-12-31) overlaps the rate "
                            + "at case.json:7:5 (2023-01-01 to open) of the same province and category Sichuan "
                            + "RESIDENTIAL");
        }

        @Test
        void anOpenEndedRateStartingInsideAnEarlierRateOverlapsIt() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "catalogueRates": [
                        {"province": "Sichuan", "category": "RESIDENTIAL", "from": "2023-07-01", "rateCnyPerKwh": 0.52},
                        {"province": "Sichuan", "category": "RESIDENTIAL", "from": "2023-01-01", "to": "2023-12-31", "rateCnyPerKwh": 0.5}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:7:64: catalogueRates[0].from: this rate (2023-07-01 to open) overlaps the rate "
                            + "at case.json:8:5 (2023-01-01 to 2023-12-31) of the same province and category Sichuan "
                            + "RESIDENTIAL");
        }

        @Test
        void anOpenEndedRateAfterAClosedOneDoesNotOverlapAndANullToIsOpenEnded() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "catalogueRates": [
                        {"province": "Sichuan", "category": "RESIDENTIAL", "from": "2023-01-01", "to": "2023-12-31", "rateCnyPerKwh": 0.5},
                        {"province": "Sichuan", "category": "RESIDENTIAL", "from": "2024-01-01", "to": null, "rateCnyPerKwh": 0.52}
                      ]
                    }
                    """);

            assertThat(files.accepted(file).getCatalogueRates()).extracting(CatalogueRate::getTo)
                    .containsExactly(LocalDate.of(2023, 12, 31), null);
        }
    }

    @Nested
    class TablesAndFiles {

        @Test
        void aMissingCaseTableIsReportedForTheFile() {
            Path file = files.write("case.json", """
                    {
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly("case.json:1:1: case: required table is missing");
        }

        @Test
        void anEmptyObjectMissesBothRequiredTables() {
            Path file = files.write("case.json", """
                    {}
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:1:1: case: required table is missing",
                    "case.json:1:1: entities: required table is missing");
        }

        @Test
        void aFileWithAnUnsupportedExtensionIsRejected() {
            Path file = files.write("case.txt", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.txt: unsupported case file form: a .json, .yaml, .yml or .xlsx file, or a folder of .csv "
                            + "files");
        }

        @Test
        void aFileThatDoesNotExistIsRejected() {
            Path file = dir.resolve("absent.json");

            CaseDataException e = files.rejection(file, null);

            assertThat(e.getMessage()).isEqualTo("1 problem in case file " + file);
            assertThat(e.problems()).extracting(Problem::toString).containsExactly(file + ": no such file");
        }
    }

    @Nested
    class EveryProblem {

        @Test
        void aFileWithSeveralProblemsListsThemAllInFileOrder() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C 1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "MINER", "province": "Sichuan"},
                        {"id": "E1", "name": "Two", "kind": "INDIVIDUAL", "province": "Sichuan", "dataCentre": true}
                      ],
                      "ipDetections": [
                        {"id": "D1", "ip": "256.1.1.1", "province": "Sichuan", "detectedOn": "2024-07-01", "source": "CNCERT", "entityId": "E9"}
                      ],
                      "consumption": [
                        {"accountId": "A1", "from": "2024-02-01", "to": "2024-01-31", "kwh": -5}
                      ]
                    }
                    """);

            CaseDataException e = files.rejection(file, null);

            assertThat(e.getMessage()).isEqualTo("10 problems in case file " + file);
            assertThat(e.problems()).extracting(p -> files.withoutFolder(p.toString())).containsExactly(
                    "case.json:2:18: case.id: \"C 1\" may hold only letters, digits, '-' and '_'",
                    "case.json:4:45: entities[0].kind: \"MINER\" is not one of " + KINDS,
                    "case.json:5:12: entities[1].id: \"E1\" is used twice in entities (first at case.json:4:12)",
                    "case.json:5:78: entities[1].dataCentre: unknown field (did you mean 'dataCenter'?)",
                    "case.json:8:24: ipDetections[0].ip: \"256.1.1.1\" is not an IPv4 or IPv6 address",
                    "case.json:8:74: ipDetections[0].detectedOn: 2024-07-01 is after the audit's as-of date 2024-06-30",
                    "case.json:8:120: ipDetections[0].entityId: \"E9\" names no record of entities",
                    "case.json:11:19: consumption[0].accountId: \"A1\" names no record of accounts",
                    "case.json:11:53: consumption[0].to: 2024-01-31 is before from 2024-02-01",
                    "case.json:11:74: consumption[0].kwh: must not be negative");
        }

        @Test
        void aProblemNamesTheFileAsGivenWithLineAndColumn() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan", "dataCenter": 1}
                      ]
                    }
                    """);

            Problem problem = files.rejection(file, null).problems().get(0);

            assertThat(problem.location()).isEqualTo(new Location.Text(file.toString(), 4, 104));
            assertThat(problem.path()).isEqualTo("entities[0].dataCenter");
            assertThat(problem.message()).isEqualTo("1 is not true or false");
            assertThat(problem).hasToString(file + ":4:104: entities[0].dataCenter: 1 is not true or false");
        }
    }

    @Nested
    class Limits {

        @Test
        void aTextLongerThanItsLimitIsReportedWithoutBeingRepeated() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "%s", "title": "%s", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "%s", "name": "%s", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"},
                        {"id": "E2", "name": "%s", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan", "city": "%s"}
                      ]
                    }
                    """.formatted("c".repeat(65), "t".repeat(1_001), "e".repeat(101), "n".repeat(101),
                    "n".repeat(100), "c".repeat(1_000)));

            assertThat(files.problems(file)).containsExactly(
                    "case.json:2:18: case.id: \"cccccccccccccccccccccccccccccccccccccccc…\" is 65 characters long; at "
                            + "most"
                            + " 64 are allowed",
                    "case.json:2:96: case.title: \"tttttttttttttttttttttttttttttttttttttttt…\" is 1,001 characters "
                            + "long;"
                            + " at most 1,000 are allowed",
                    "case.json:4:12: entities[0].id: \"eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee…\" is 101 characters "
                            + "long;"
                            + " at most 100 are allowed",
                    "case.json:4:125: entities[0].name: \"nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…\" is 101 "
                            + "characters long;"
                            + " at most 100 are allowed");
        }

        @Test
        void aCaseIdOfSixtyFourCharactersIsAccepted() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "%s", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ]
                    }
                    """.formatted("c".repeat(64)));

            assertThat(files.accepted(file).getCaseInfo().getId()).hasSize(64);
        }

        @Test
        void controlCharactersAndLoneSurrogatesAreReportedEscaped() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "title": "Sweep\\u001b[31m", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine\\u0000Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"},
                        {"id": "E2", "name": "Two\\ud800", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"},
                        {"id": "E3", "name": "  Three\\t", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan", "city": "\\ud83d\\ude00"}
                      ]
                    }
                    """);

            // A blank at either end is trimmed before the check: only what is kept must be clean.
            assertThat(files.problems(file)).containsExactly(
                    "case.json:2:33: case.title: \"Sweep\\u001B[31m\" holds the control character U+001B",
                    "case.json:4:26: entities[0].name: \"Mine\\u0000Co\" holds the control character U+0000",
                    "case.json:5:26: entities[1].name: \"Two\\uD800\" is not valid UTF-8 text: it holds the lone"
                            + " surrogate U+D800");
        }

        @Test
        void aDecimalMustBePlainAsciiDigitsWithinTheLimits() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "accounts": [
                        {"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": "0x1F"},
                        {"id": "A2", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": "\u0661\u0662"},
                        {"id": "A3", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 1e999999999},
                        {"id": "A4", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 1.8e309},
                        {"id": "A5", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 1000000000000.5},
                        {"id": "A6", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.0000000001},
                        {"id": "A7", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": "1e-99999999999"},
                        {"id": "A8", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": " 1 000"}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:7:109: accounts[0].billedRateCnyPerKwh: \"0x1F\" is not a decimal number",
                    "case.json:8:109: accounts[1].billedRateCnyPerKwh: \"\u0661\u0662\" is not a decimal number",
                    "case.json:9:109: accounts[2].billedRateCnyPerKwh: 1e999999999 is larger than 10^12, the most a"
                            + " decimal may be",
                    "case.json:10:109: accounts[3].billedRateCnyPerKwh: 1.8e309 is larger than 10^12, the most a"
                            + " decimal may be",
                    "case.json:11:109: accounts[4].billedRateCnyPerKwh: 1000000000000.5 is larger than 10^12, the most"
                            + " a decimal may be",
                    "case.json:12:109: accounts[5].billedRateCnyPerKwh: 0.0000000001 has more than 9 decimal places"
                            + " (finer than 10^-9)",
                    "case.json:13:109: accounts[6].billedRateCnyPerKwh: \"1e-99999999999\" has more than 9 decimal"
                            + " places (finer than 10^-9)",
                    "case.json:14:109: accounts[7].billedRateCnyPerKwh: \" 1 000\" is not a decimal number");
        }

        @Test
        void decimalsAtTheLimitsAreAcceptedAndKeptWithoutAScaleBeyondThem() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "accounts": [
                        {"id": "A1", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 1e12},
                        {"id": "A2", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5000000000000},
                        {"id": "A3", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": "0e-99999999999"},
                        {"id": "A4", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": "+.5"},
                        {"id": "A5", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": "0.000000001"},
                        {"id": "A6", "entityId": "E1", "province": "Sichuan", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.5380}
                      ]
                    }
                    """);

            // Zeros past the ninth decimal place are dropped, a zero written with an exponent is 0; the rest as
            // written.
            assertThat(files.accepted(file).getAccounts()).extracting(a -> a.getBilledRateCnyPerKwh().toPlainString())
                    .containsExactly("1000000000000", "0.5", "0", "0.5", "0.000000001", "0.5380");
        }

        @Test
        void aDateOutsideTheCenturyAndMiningBeforeBitcoinAreReported() {
            Path file = files.write("case.json", """
                    {
                      "case": {"id": "C1", "asOf": "2024-06-30"},
                      "entities": [
                        {"id": "E1", "name": "Mine Co", "kind": "PRIVATE_ENTERPRISE", "province": "Sichuan"}
                      ],
                      "inspections": [
                        {"id": "I1", "entityId": "E1", "date": "0001-01-01", "outcome": "MINING_FOUND", "cause": "SELF_INITIATED", "miningStartedOn": "2009-01-02"},
                        {"id": "I2", "entityId": "E1", "date": "2024-01-01", "outcome": "MINING_FOUND", "cause": "SELF_INITIATED", "miningStartedOn": "2009-01-03"}
                      ],
                      "catalogueRates": [
                        {"province": "Sichuan", "category": "RESIDENTIAL", "from": "2000-01-01", "to": "2100-01-01", "rateCnyPerKwh": 0.5},
                        {"province": "Sichuan", "category": "LARGE_INDUSTRIAL", "from": "1999-12-31", "to": "2099-12-31", "rateCnyPerKwh": 0.5}
                      ]
                    }
                    """);

            assertThat(files.problems(file)).containsExactly(
                    "case.json:7:44: inspections[0].date: 0001-01-01 is before 2000-01-01, the earliest day a case may"
                            + " hold",
                    "case.json:7:131: inspections[0].miningStartedOn: 2009-01-02 is before 2009-01-03, the day of"
                            + " Bitcoin's first block: no cryptocurrency was mined before it",
                    "case.json:11:84: catalogueRates[0].to: 2100-01-01 is after 2099-12-31, the last day a case may"
                            + " hold",
                    "case.json:12:69: catalogueRates[1].from: 1999-12-31 is before 2000-01-01, the earliest day a case"
                            + " may hold");
        }
    }
}

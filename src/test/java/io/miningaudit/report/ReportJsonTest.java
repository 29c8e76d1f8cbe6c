package io.miningaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Hashes;
import io.miningaudit.fixtures.RulesUnderTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings JSON of REPORT.md for the small case of {@link ReportFixture}. */
class ReportJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> COUNT_KEYS = List.of("ipsDetected", "ipsAttributed", "entitiesDetected",
            "publicUnitsDetected", "inspections", "deliberateCases", "passiveCases", "publicUnitsDeliberate",
            "machinesConfiscated", "personsReferred", "surchargeCny", "backPaymentCny", "liquidatedPenaltyCny",
            "illegalGainsCny", "energyDoubleCountKwh", "loadProfileLeads");
    private static final List<String> MONEY_KEYS = List.of("amountCny", "surchargeCny", "backPaymentCny",
            "liquidatedPenaltyCny", "illegalGainsCny");

    private static AuditResult result;

    @TempDir
    Path out;

    @BeforeAll
    static void audit() throws Exception {
        result = ReportFixture.audit();
    }

    private List<Path> write(Provenance provenance) throws Exception {
        return new ReportWriter().write(result, provenance, out);
    }

    private String rawJson() throws Exception {
        return Files.readString(write(ReportFixture.provenance()).get(1), StandardCharsets.UTF_8);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode finding(JsonNode root, String id) {
        for (JsonNode f : root.get("findings")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + id);
    }

    @Test
    void topLevelKeys() throws Exception {
        JsonNode root = MAPPER.readTree(rawJson());

        assertThat(keys(root)).containsExactlyInAnyOrder("provenance", "summary", "findings", "surchargeLines",
                "leads", "loadProfileLeads", "dataIssues");
        assertThat(keys(root.get("summary"))).containsExactlyInAnyOrder("byProvince", "total");
        assertThat(root.get("surchargeLines").isArray()).isTrue();
        assertThat(root.get("surchargeLines")).hasSize(2);
        assertThat(root.get("dataIssues").isArray()).isTrue();
        assertThat(root.get("dataIssues")).isEmpty();
    }

    @Test
    void provenance() throws Exception {
        JsonNode p = MAPPER.readTree(rawJson()).get("provenance");

        assertThat(keys(p)).containsExactlyInAnyOrder("caseId", "title", "asOf", "generatedAt", "version",
                "rulesSha256", "caseSha256");
        assertThat(p.get("caseId").asText()).isEqualTo("t-case");
        assertThat(p.get("title").asText()).isEqualTo("Test case");
        assertThat(p.get("asOf").asText()).isEqualTo("2021-12-14");
        assertThat(p.get("generatedAt").asText()).isEqualTo("2021-12-15T09:30:15+08:00");
        assertThat(p.get("version").asText()).isEqualTo("0.1.0-test");
        assertThat(p.get("rulesSha256").asText()).isEqualTo(Hashes.sha256(RulesUnderTest.dir()));
        assertThat(p.get("caseSha256").asText()).isEqualTo(ReportFixture.CASE_SHA);
    }

    @Test
    void anAbsentTitleIsNull() throws Exception {
        Path json = write(ReportFixture.provenance(null)).get(1);
        JsonNode p = MAPPER.readTree(json.toFile()).get("provenance");

        assertThat(p.has("title")).isTrue();
        assertThat(p.get("title").isNull()).isTrue();
    }

    @Test
    void summaryTotalAndProvinces() throws Exception {
        JsonNode summary = MAPPER.readTree(rawJson()).get("summary");
        JsonNode total = summary.get("total");

        assertThat(keys(total)).containsExactlyInAnyOrderElementsOf(COUNT_KEYS);
        assertThat(total.get("ipsDetected").asLong()).isEqualTo(4);
        assertThat(total.get("ipsAttributed").asLong()).isEqualTo(3);
        assertThat(total.get("entitiesDetected").asLong()).isEqualTo(2);
        assertThat(total.get("publicUnitsDetected").asLong()).isEqualTo(1);
        assertThat(total.get("inspections").asLong()).isEqualTo(2);
        assertThat(total.get("deliberateCases").asLong()).isEqualTo(1);
        assertThat(total.get("passiveCases").asLong()).isEqualTo(1);
        assertThat(total.get("publicUnitsDeliberate").asLong()).isEqualTo(1);
        assertThat(total.get("machinesConfiscated").decimalValue()).isEqualByComparingTo("2");
        assertThat(total.get("personsReferred").asLong()).isEqualTo(1);
        assertThat(total.get("illegalGainsCny").decimalValue()).isEqualByComparingTo("1234.50");
        assertThat(total.get("surchargeCny").decimalValue()).isEqualByComparingTo("113.00");
        assertThat(total.get("backPaymentCny").decimalValue()).isEqualByComparingTo("0");
        assertThat(total.get("energyDoubleCountKwh").decimalValue()).isEqualByComparingTo("753.333");

        assertThat(keys(summary.get("byProvince"))).containsExactly("Jiangsu", "Zhejiang");
        assertThat(keys(summary.get("byProvince").get("Jiangsu"))).containsExactlyInAnyOrderElementsOf(COUNT_KEYS);
        assertThat(summary.get("byProvince").get("Jiangsu").get("passiveCases").asLong()).isEqualTo(1);
        assertThat(summary.get("byProvince").get("Zhejiang").get("deliberateCases").asLong()).isEqualTo(1);
    }

    @Test
    void findingKeysAndValues() throws Exception {
        JsonNode root = MAPPER.readTree(rawJson());
        JsonNode first = root.get("findings").get(0);

        assertThat(keys(first)).containsExactlyInAnyOrder("id", "ruleId", "measure", "subjectType", "subjectId",
                "entityId", "amountCny", "quantity", "unit", "periodFrom", "periodTo", "basis", "explanation", "facts");
        assertThat(first.get("id").asText()).isEqualTo("ECL-EQUIPMENT/I-1");
        assertThat(first.get("ruleId").asText()).isEqualTo("ECL-EQUIPMENT");
        assertThat(first.get("measure").asText()).isEqualTo("EQUIPMENT_CONFISCATION");
        assertThat(first.get("subjectType").asText()).isEqualTo("INSPECTION");
        assertThat(first.get("subjectId").asText()).isEqualTo("I-1");
        assertThat(first.get("entityId").asText()).isEqualTo("E-1");
        assertThat(first.get("quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(first.get("unit").asText()).isEqualTo("machines");
        assertThat(first.get("facts").isArray()).isTrue();
        assertThat(first.get("facts")).extracting(JsonNode::asText).containsExactly("I-1", "M-1", "M-2");

        JsonNode gains = finding(root, "ENF-ILLEGAL-GAINS/P-1");
        assertThat(gains.get("amountCny").isNumber()).isTrue();
        assertThat(gains.get("amountCny").decimalValue()).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(gains.get("subjectType").asText()).isEqualTo("PERSON");

        JsonNode remediation = finding(root, "ENF-TROJAN-REMEDIATION/E-2/I-2");
        assertThat(remediation.get("periodFrom").asText()).isEqualTo("2021-11-10");
        assertThat(remediation.get("periodTo").asText()).isEqualTo("2021-12-10");
    }

    @Test
    void absentValuesAreNull() throws Exception {
        JsonNode root = MAPPER.readTree(rawJson());
        JsonNode referral = finding(root, "ENF-PUBLIC-REFERRAL/E-1");

        for (String key : List.of("amountCny", "quantity", "unit", "periodFrom", "periodTo")) {
            assertThat(referral.has(key)).as(key).isTrue();
            assertThat(referral.get(key).isNull()).as(key).isTrue();
        }
        JsonNode equipment = finding(root, "ECL-EQUIPMENT/I-1");
        assertThat(equipment.get("amountCny").isNull()).isTrue();
        assertThat(equipment.get("periodFrom").isNull()).isTrue();
    }

    @Test
    void moneyIsWrittenWithTwoDecimals() throws Exception {
        String raw = rawJson();

        assertThat(raw).containsPattern("\"amountCny\"\\s*:\\s*1234\\.50[\\s,}]");
        assertThat(raw).containsPattern("\"illegalGainsCny\"\\s*:\\s*1234\\.50[\\s,}]");
        assertThat(raw).containsPattern("\"surchargeCny\"\\s*:\\s*0\\.00[\\s,}]");
        assertThat(raw).containsPattern("\"surchargeCny\"\\s*:\\s*113\\.00[\\s,}]");
        assertThat(raw).containsPattern("\"amountCny\"\\s*:\\s*20\\.00[\\s,}]");
        assertThat(raw).containsPattern("\"amountCny\"\\s*:\\s*93\\.00[\\s,}]");
        assertThat(raw).containsPattern("\"energyDoubleCountKwh\"\\s*:\\s*753\\.333[\\s,}]");
        // No number in exponent notation (1.2345E+3).
        assertThat(raw).doesNotContainPattern(":\\s*-?\\d+(\\.\\d+)?[eE]");

        int checked = 0;
        for (String key : MONEY_KEYS) {
            Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*([^,\\s}]+)").matcher(raw);
            while (m.find()) {
                assertThat(m.group(1)).as(key).matches("null|-?\\d+\\.\\d{2}");
                checked++;
            }
        }
        // amountCny of 9 findings and 2 surcharge lines + 4 money keys × (2 provinces + total).
        assertThat(checked).isEqualTo(23);
    }

    @Test
    void surchargeLines() throws Exception {
        String raw = rawJson();
        JsonNode lines = MAPPER.readTree(raw).get("surchargeLines");

        JsonNode first = lines.get(0);
        assertThat(keys(first)).containsExactlyInAnyOrder("accountId", "entityId", "province", "from", "to", "kwh",
                "rateCnyPerKwh", "amountCny", "ruleId");
        assertThat(first.get("accountId").asText()).isEqualTo("A-1");
        assertThat(first.get("entityId").asText()).isEqualTo("E-1");
        assertThat(first.get("province").asText()).isEqualTo("Zhejiang");
        assertThat(first.get("from").asText()).isEqualTo("2021-10-01");
        assertThat(first.get("to").asText()).isEqualTo("2021-10-02");
        assertThat(first.get("kwh").decimalValue()).isEqualByComparingTo("66.667");
        assertThat(first.get("rateCnyPerKwh").decimalValue()).isEqualByComparingTo("0.30");
        assertThat(first.get("amountCny").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(first.get("ruleId").asText()).isEqualTo("NDRC-1283-13");

        JsonNode second = lines.get(1);
        assertThat(second.get("from").asText()).isEqualTo("2021-10-03");
        assertThat(second.get("to").asText()).isEqualTo("2021-11-02");
        assertThat(second.get("amountCny").decimalValue()).isEqualByComparingTo("93.00");
        assertThat(raw).containsPattern("\"kwh\"\\s*:\\s*66\\.667[\\s,}]");

        JsonNode surcharge = finding(MAPPER.readTree(raw), "NDRC-1283-13/A-1");
        assertThat(surcharge.get("measure").asText()).isEqualTo("PUNITIVE_SURCHARGE");
        assertThat(surcharge.get("subjectType").asText()).isEqualTo("ACCOUNT");
        assertThat(surcharge.get("amountCny").decimalValue()).isEqualByComparingTo("113.00");
        assertThat(surcharge.get("periodFrom").asText()).isEqualTo("2021-10-01");
        assertThat(surcharge.get("periodTo").asText()).isEqualTo("2021-11-02");
    }

    @Test
    void leads() throws Exception {
        JsonNode leads = MAPPER.readTree(rawJson()).get("leads");

        assertThat(leads).hasSize(1);
        JsonNode lead = leads.get(0);
        assertThat(keys(lead)).containsExactlyInAnyOrder("priority", "entityId", "distinctIps", "firstDetected",
                "lastDetected");
        assertThat(lead.get("priority").isIntegralNumber()).isTrue();
        assertThat(lead.get("priority").asInt()).isEqualTo(1);
        assertThat(lead.get("entityId").asText()).isEqualTo("E-3");
        assertThat(lead.get("distinctIps").asLong()).isEqualTo(2);
        assertThat(lead.get("firstDetected").asText()).isEqualTo("2021-07-05");
        assertThat(lead.get("lastDetected").asText()).isEqualTo("2021-08-01");
    }

    @Test
    void findingsInTheSameOrderAsTheWorkbook() throws Exception {
        List<Path> written = write(ReportFixture.provenance());
        List<String> json = new ArrayList<>();
        MAPPER.readTree(written.get(1).toFile()).get("findings").forEach(f -> json.add(f.get("id").asText()));
        List<String> sheet;
        try (InputStream in = Files.newInputStream(written.get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Findings");
            sheet = ReportWriterTest.columnValues(s, "Finding ID", 1, s.getLastRowNum());
        }

        assertThat(json).containsExactlyElementsOf(ReportFixture.FINDING_IDS);
        assertThat(json).isEqualTo(sheet);
    }

    @Test
    void theSameInputsGiveTheSameJson() throws Exception {
        String once = rawJson();
        String twice = Files.readString(new ReportWriter().write(ReportFixture.audit(), ReportFixture.provenance(),
                out.resolve("again")).get(1));

        assertThat(once).contains(ReportFixture.FINDING_IDS.get(0));
        assertThat(twice).isEqualTo(once);
    }
}

package io.miningaudit.report;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Auditor;
import io.miningaudit.engine.Hashes;
import io.miningaudit.engine.RuleBase;
import io.miningaudit.facts.Account;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.CaseInfo;
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
import io.miningaudit.fixtures.RulesUnderTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A small case audited by the shipped rules:
 * <ul>
 * <li>E-1, a public institution in Zhejiang: deliberate case I-1 (new project, mining since 2021-10-01, still
 * running) with machines M-1 and M-2 on account A-1; person P-1, a Party member with illegal gains 1234.5; one IP
 * detection before the inspection;</li>
 * <li>E-2, a private firm in Jiangsu: passive case I-2 on 2021-11-10 (remediation by 2021-12-10);</li>
 * <li>E-3, a private firm in Zhejiang, detected three times on two IPs and never inspected: a lead;</li>
 * <li>one unattributed detection in Jiangsu.</li>
 * </ul>
 * Energy of I-1 (window 2021-10-01..2021-12-14): 2/3 of 100 kWh (cycle 2021-09-30..10-02) + 310 kWh (cycle
 * 10-03..11-02) = 376.667 kWh, counted twice: 753.333 kWh. Under the national surcharge NDRC-1283-13 (0.30 CNY/kWh
 * from 2021-09-24) account A-1 pays two lines, 200/3 kWh → 20.00 CNY and 310 kWh → 93.00 CNY, 113.00 CNY in all.
 */
final class ReportFixture {
    static final String CASE_ID = "t-case";
    static final LocalDate AS_OF = LocalDate.of(2021, 12, 14);
    static final OffsetDateTime GENERATED_AT = OffsetDateTime.of(2021, 12, 15, 9, 30, 15, 0, ZoneOffset.ofHours(8));
    static final String CASE_SHA = "ab".repeat(32);

    /** The finding ids in the order the auditor gives them: by entity, then rule ID, then id. */
    static final List<String> FINDING_IDS = List.of(
            "ECL-EQUIPMENT/I-1",
            "ENF-ILLEGAL-GAINS/P-1",
            "ENF-PERSON-REFERRAL/P-1",
            "ENF-PUBLIC-REFERRAL/E-1",
            "NDRC-1283-6/I-1",
            "NDRC-1283-11/I-1",
            "NDRC-1283-13/A-1",
            "ENF-TROJAN-REMEDIATION/E-2/I-2",
            "LEAD-UNINSPECTED/E-3");

    private static RuleBase rules;

    private ReportFixture() {
    }

    static synchronized RuleBase rules() throws Exception {
        if (rules == null) {
            rules = RuleBase.compile(RulesUnderTest.dir());
        }
        return rules;
    }

    static CaseFile caseFile() {
        return CaseFile.builder()
                .caseInfo(CaseInfo.builder().id(CASE_ID).title("Test case").asOf(AS_OF).build())
                .entity(Entity.builder().id("E-1").name("Hangzhou Polytechnic").kind(EntityKind.PUBLIC_INSTITUTION)
                        .province(Province.Zhejiang).city("Hangzhou").build())
                .entity(Entity.builder().id("E-2").name("Suzhou Widgets Ltd").kind(EntityKind.PRIVATE_ENTERPRISE)
                        .province(Province.Jiangsu).city("Suzhou").build())
                .entity(Entity.builder().id("E-3").name("Ningbo Hashing Co").kind(EntityKind.PRIVATE_ENTERPRISE)
                        .province(Province.Zhejiang).city("Ningbo").build())
                .ipDetection(detection("D-1", "198.18.0.1", Province.Zhejiang, "2021-07-05", "E-3"))
                .ipDetection(detection("D-2", "198.18.0.2", Province.Zhejiang, "2021-07-20", "E-3"))
                .ipDetection(detection("D-3", "198.18.0.1", Province.Zhejiang, "2021-08-01", "E-3"))
                .ipDetection(detection("D-4", "198.18.0.10", Province.Zhejiang, "2021-10-20", "E-1"))
                .ipDetection(detection("D-5", "198.18.0.99", Province.Jiangsu, "2021-09-01", null))
                .inspection(Inspection.builder().id("I-1").entityId("E-1").date(LocalDate.of(2021, 11, 1))
                        .outcome(InspectionOutcome.MINING_FOUND).cause(MiningCause.SELF_INITIATED)
                        .miningStartedOn(LocalDate.of(2021, 10, 1)).build())
                .inspection(Inspection.builder().id("I-2").entityId("E-2").date(LocalDate.of(2021, 11, 10))
                        .outcome(InspectionOutcome.MINING_FOUND).cause(MiningCause.TROJAN_INFECTION).build())
                .machine(Machine.builder().id("M-1").inspectionId("I-1").kind(MachineKind.GPU_RIG).accountId("A-1")
                        .build())
                .machine(Machine.builder().id("M-2").inspectionId("I-1").kind(MachineKind.ASIC).accountId("A-1")
                        .build())
                .person(Person.builder().id("P-1").name("Wang Wei").entityId("E-1").inspectionId("I-1")
                        .role(PersonRole.OPERATOR).partyMember(true).illegalGainsCny(new BigDecimal("1234.5")).build())
                .account(Account.builder().id("A-1").entityId("E-1").province(Province.Zhejiang)
                        .category(TariffCategory.LARGE_INDUSTRIAL).billedRateCnyPerKwh(new BigDecimal("0.60")).build())
                .consumption(Consumption.builder().accountId("A-1").from(LocalDate.of(2021, 9, 30))
                        .to(LocalDate.of(2021, 10, 2)).kwh(new BigDecimal("100")).build())
                .consumption(Consumption.builder().accountId("A-1").from(LocalDate.of(2021, 10, 3))
                        .to(LocalDate.of(2021, 11, 2)).kwh(new BigDecimal("310")).build())
                .build();
    }

    private static IpDetection detection(String id, String ip, Province province, String on, String entityId) {
        return IpDetection.builder().id(id).ip(ip).province(province).detectedOn(LocalDate.parse(on))
                .source(DetectionSource.NATIONAL_MONITORING_PLATFORM).entityId(entityId).build();
    }

    static AuditResult audit() throws Exception {
        return new Auditor(rules()).audit(caseFile());
    }

    static Provenance provenance() throws Exception {
        return provenance("Test case");
    }

    static Provenance provenance(String title) throws Exception {
        return new Provenance(CASE_ID, title, AS_OF, GENERATED_AT, "0.1.0-test", Hashes.sha256(RulesUnderTest.dir()),
                CASE_SHA);
    }

    /** The workbook {@code writer} writes of {@code result} into {@code out}, read back. */
    static org.apache.poi.xssf.usermodel.XSSFWorkbook workbook(ReportWriter writer, AuditResult result,
                                                               java.nio.file.Path out) throws Exception {
        List<java.nio.file.Path> written = writer.write(result, provenance(), out);
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(written.get(0))) {
            return new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
        }
    }
}

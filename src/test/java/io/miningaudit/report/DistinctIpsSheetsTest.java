package io.miningaudit.report;

import static io.miningaudit.fixtures.Cases.caseFile;
import static io.miningaudit.fixtures.Cases.day;
import static io.miningaudit.fixtures.Cases.deliberateCaseAt;
import static io.miningaudit.fixtures.Cases.detectionOf;
import static io.miningaudit.fixtures.Cases.publicUnit;
import static io.miningaudit.report.ReportWriterTest.number;
import static io.miningaudit.report.ReportWriterTest.rowOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.Entity;
import io.miningaudit.fixtures.ShippedRules;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES.md "Distinct IPs": one address written four ways is one IP on every sheet that counts IPs: the Summary, the
 * Flagged agencies and the Inspection leads.
 */
class DistinctIpsSheetsTest {
    @TempDir
    Path out;

    /**
     * A public unit that mined deliberately (inspected 2021-03-01, so a flagged agency) and was detected four times
     * after its inspection (so a lead), once in each spelling.
     */
    private static CaseFile unitDetectedAs(String... spellings) {
        Entity unit = publicUnit("U1");
        CaseFile.CaseFileBuilder c = caseFile().entity(unit)
                .inspection(deliberateCaseAt(unit, "I1", "2021-01-01").date(day("2021-03-01")).build());
        for (int i = 0; i < spellings.length; i++) {
            c.ipDetection(detectionOf(unit, "D" + (i + 1), spellings[i], "2021-07-0" + (i + 1)));
        }
        return c.build();
    }

    private List<Double> countsOnEverySheet(CaseFile facts) throws Exception {
        AuditResult result = ShippedRules.audit(facts);
        Provenance provenance = new Provenance("test-case", "Test case", facts.getCaseInfo().getAsOf(),
                ReportFixture.GENERATED_AT, "0.1.0-test", "00".repeat(32), "ab".repeat(32));
        Path workbook = new ReportWriter().write(result, provenance, out).get(0);
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Summary");
            Sheet flagged = wb.getSheet("Flagged agencies");
            Sheet leads = wb.getSheet("Inspection leads");
            int total = rowOf(summary, "Province", "Total");
            return List.of(number(summary, rowOf(summary, "Province", "Zhejiang"), "IPs detected"),
                    number(summary, total, "IPs detected"), number(summary, total, "IPs attributed"),
                    number(flagged, rowOf(flagged, "Entity ID", "U1"), "IPs detected"),
                    number(leads, rowOf(leads, "Entity ID", "U1"), "Distinct IPs"));
        }
    }

    @ParameterizedTest(name = "{0}, {1}, {2}, {3}")
    @CsvSource({
        "2001:db8::1, 2001:DB8:0:0:0:0:0:1, 2001:0db8::0001, 2001:db8:0::1",
        "198.18.0.1, ::ffff:198.18.0.1, ::FFFF:C612:1, 0:0:0:0:0:ffff:c612:0001",
    })
    void oneAddressWrittenFourWaysIsOneIpOnEverySheet(String a, String b, String c, String d) throws Exception {
        assertThat(countsOnEverySheet(unitDetectedAs(a, b, c, d))).containsExactly(1.0, 1.0, 1.0, 1.0, 1.0);
    }

    @ParameterizedTest(name = "{0}, {1}, {2}, {3}")
    @CsvSource({
        "2001:db8::1, 2001:DB8:0:0:0:0:0:1, 2001:db8::1:0, 2001:db8:0::1",
        "198.18.0.1, ::ffff:198.18.0.1, ::198.18.0.1, 0:0:0:0:0:ffff:c612:0001",
    })
    void nearMissAFifthAddressAmongThemIsASecondIpOnEverySheet(String a, String b, String c, String d)
            throws Exception {
        // 2001:db8::1:0 is not 2001:db8::1; ::198.18.0.1 is IPv4-compatible, not mapped: an IPv6 address.
        assertThat(countsOnEverySheet(unitDetectedAs(a, b, c, d))).containsExactly(2.0, 2.0, 2.0, 2.0, 2.0);
    }
}

package io.miningaudit.report;

import static io.miningaudit.report.ReportWriterTest.headers;
import static io.miningaudit.report.ReportWriterTest.linkTarget;
import static io.miningaudit.report.ReportWriterTest.number;
import static io.miningaudit.report.ReportWriterTest.rowOf;
import static io.miningaudit.report.ReportWriterTest.shown;
import static io.miningaudit.report.ReportWriterTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Language;
import io.miningaudit.engine.LoadLead;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.LoadSignal;
import io.miningaudit.facts.SubjectType;
import io.miningaudit.fixtures.ShippedRules;
import io.miningaudit.intake.CaseReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load-profile leads of examples/jiangsu-readings: who is a lead and in which order, the figures an inspector
 * checks from the readings, the sheet of REPORT.md in both languages, the Summary's column and the JSON.
 */
class LoadProfileLeadsReportTest {
    private static AuditResult jiangsu;

    @TempDir
    Path out;

    @BeforeAll
    static void audit() throws Exception {
        jiangsu = ShippedRules.audit(new CaseReader(Clock.systemUTC()).read(Path.of("examples", "jiangsu-readings"),
                null));
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private List<Path> write(Language lang) throws Exception {
        return new ReportWriter().in(lang).write(jiangsu, ReportFixture.provenance(), out.resolve(lang.tag()));
    }

    @Test
    void theLeadsAreRankedIpLeadFirstThenCheapTariffsThenTheHigherMean() {
        assertThat(jiangsu.loadLeads()).extracting(LoadLead::priority, LoadLead::accountId, LoadLead::ipLead,
                        l -> l.profile().getDays(), l -> l.profile().getMean().stripTrailingZeros().toPlainString(),
                        l -> shown3(l.profile().getVariation()),
                        l -> shown3(l.profile().getStepChange()), l -> l.profile().getSignal())
                .containsExactly(
                        tuple(1, "JS-A08", true, 90, "216", "0.020", "1.000", LoadSignal.FLAT),
                        tuple(2, "JS-A02", false, 90, "576", "0.020", "1.000", LoadSignal.FLAT),
                        tuple(3, "JS-A03", false, 90, "186.4", "1.401", "29.800", LoadSignal.JUMP),
                        tuple(4, "JS-A05", false, 90, "9000", "0.020", "1.000", LoadSignal.FLAT));
        // The household below 30 a day, the factory on shifts, the nearly flat teahouse, the small flat load, the
        // meter read on 54 days and the known mining account are no leads.
        assertThat(jiangsu.findings()).filteredOn(f -> f.getRuleId().equals("LEAD-LOAD-PROFILE"))
                .extracting(Finding::getSubjectId).containsExactlyInAnyOrder("JS-A02", "JS-A03", "JS-A05", "JS-A08");
        assertThat(jiangsu.leads()).extracting(l -> l.entityId()).containsExactly("JS-E08");
    }

    @Test
    void aLeadIsAnInspectionLeadAboutTheAccountWhoseExplanationNamesTheTestAndItsFigures() {
        Finding jump = jiangsu.findings().stream().filter(f -> f.getId().equals("LEAD-LOAD-PROFILE/JS-A03"))
                .findFirst().orElseThrow();

        assertThat(jump.getSubjectType()).isEqualTo(SubjectType.ACCOUNT);
        assertThat(jump.getEntityId()).isEqualTo("JS-E03");
        assertThat(jump.getQuantity()).isEqualTo(new BigDecimal("186.400"));
        assertThat(jump.getUnit()).isEqualTo("kWh/day");
        assertThat(jump.getPeriodFrom()).isEqualTo(LocalDate.of(2021, 8, 3));
        assertThat(jump.getPeriodTo()).isEqualTo(LocalDate.of(2021, 10, 31));
        assertThat(jump.getFacts()).containsExactly("JS-A03");
        // 64 days at 20 kWh, then 26 at 596 from 6 October: (64 x 20 + 26 x 596) / 90 = 186.4; 596 / 20 = 29.8.
        assertThat(jump.getExplanation()).isEqualTo("Account JS-A03 of Zhou family farm, Yancheng (AGRICULTURAL) used"
                + " 186.400 kWh a day on average over 90 read days from 2021-08-03 to 2021-10-31 (a lead from 30):"
                + " JUMP; variation 1.401 (flat up to 0.10); largest step change over 14 read days 29.800 from"
                + " 2021-10-06 (a jump from 3.0): inspect it");
    }

    @Test
    void theSheetListsTheLeadsWithTheirFiguresAndTheSummaryCountsThem() throws Exception {
        try (XSSFWorkbook wb = open(write(Language.EN).get(0))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).last().isEqualTo("Load-profile leads");
            Sheet leads = wb.getSheet("Load-profile leads");
            assertThat(headers(leads)).containsExactly("Priority", "Account ID", "Entity ID", "Entity", "Province",
                    "Category", "Days", "Mean kWh/day", "Variation", "Step change", "Score", "IP lead", "Rule ID");
            int row = rowOf(leads, "Account ID", "JS-A03");
            assertThat(row).isEqualTo(3);
            assertThat(number(leads, row, "Priority")).isEqualTo(3);
            assertThat(text(leads, row, "Entity")).isEqualTo("Zhou family farm, Yancheng");
            assertThat(text(leads, row, "Category")).isEqualTo("AGRICULTURAL");
            assertThat(number(leads, row, "Days")).isEqualTo(90);
            assertThat(shown(ReportWriterTest.cell(leads, row, "Mean kWh/day"))).isEqualTo("186.400");
            assertThat(shown(ReportWriterTest.cell(leads, row, "Variation"))).isEqualTo("1.401");
            assertThat(shown(ReportWriterTest.cell(leads, row, "Step change"))).isEqualTo("29.800");
            assertThat(text(leads, row, "Score")).isEqualTo("JUMP");
            assertThat(shown(ReportWriterTest.cell(leads, 1, "IP lead"))).isEqualTo("TRUE");
            assertThat(linkTarget(ReportWriterTest.cell(leads, row, "Account ID"))).startsWith("'Findings'!A");

            Sheet summary = wb.getSheet("Summary");
            assertThat(headers(summary)).last().isEqualTo("Load-profile leads");
            assertThat(number(summary, rowOf(summary, "Province", "Total"), "Load-profile leads")).isEqualTo(4);
        }
    }

    @Test
    void inChineseTheSheetItsHeadersAndTheScoreAreLabelled() throws Exception {
        try (XSSFWorkbook wb = open(write(Language.ZH_CN).get(0))) {
            Sheet leads = wb.getSheet("用电特征线索");
            assertThat(headers(leads)).containsExactly("优先级", "用电户号", "单位编号", "单位", "省份", "电价类别", "天数",
                    "日均电量（千瓦时）", "波动系数", "跃升倍数", "信号", "IP线索", "规则编号");
            int row = rowOf(leads, "用电户号", "JS-A03");
            assertThat(text(leads, row, "信号")).isEqualTo("负荷突增");
            assertThat(text(leads, row, "电价类别")).isEqualTo("农业生产用电");
        }
    }

    @Test
    void theJsonListsTheLeadsAndCountsThemAndACaseWithoutReadingsHasNoSuchSheet() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(Language.EN).get(1).toFile());
        JsonNode first = root.get("loadProfileLeads").get(0);
        assertThat(first.get("priority").asInt()).isEqualTo(1);
        assertThat(first.get("accountId").asText()).isEqualTo("JS-A08");
        assertThat(first.get("entityId").asText()).isEqualTo("JS-E08");
        assertThat(first.get("meanKwhPerDay").decimalValue()).isEqualByComparingTo("216");
        assertThat(first.get("score").asText()).isEqualTo("FLAT");
        assertThat(first.get("ipLead").asBoolean()).isTrue();
        assertThat(root.get("loadProfileLeads")).hasSize(4);
        assertThat(root.get("summary").get("total").get("loadProfileLeads").asLong()).isEqualTo(4);
        assertThat(root.get("leads")).hasSize(1);

        AuditResult hainan = ShippedRules.auditExample("hainan-2021.json");
        try (XSSFWorkbook wb = open(new ReportWriter().write(hainan, ReportFixture.provenance(), out.resolve("h"))
                .get(0))) {
            assertThat(wb.getSheet("Load-profile leads")).isNull();
        }
    }

    /** A feature as the report shows it. */
    private static String shown3(BigDecimal value) {
        return io.miningaudit.facts.LoadProfile.shown(value).toPlainString();
    }
}

package io.miningaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Language;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.SubjectType;
import io.miningaudit.fixtures.ShippedRules;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notices: one Word document per entity with a measure, read back with POI, paragraphs and table cells. */
class NoticesTest {
    private static AuditResult hainan;

    @TempDir
    Path out;

    @BeforeAll
    static void audit() throws Exception {
        hainan = ShippedRules.auditExample("hainan-2021.json");
    }

    private Path notices(AuditResult result, Language lang) throws Exception {
        List<Path> written = new ReportWriter().in(lang).withNotices(true).write(result, ReportFixture.provenance(),
                out);
        assertThat(written).hasSize(3);
        return written.get(2);
    }

    /** A document as text: each paragraph a line, each table row a line of its cells joined by " | ". */
    private static List<String> lines(Path docx) throws Exception {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p && !p.getText().isEmpty()) {
                    lines.add(p.getText());
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow r : t.getRows()) {
                        lines.add(String.join(" | ", r.getTableCells().stream().map(XWPFTableCell::getText).toList()));
                    }
                }
            }
        }
        return lines;
    }

    @Test
    void theHainanNoticeInChineseShowsEachAmountWithItsBasisAndTheTotalDue() throws Exception {
        List<String> lines = lines(notices(hainan, Language.ZH_CN).resolve("HN-E1.docx"));
        String n1283 = "《关于整治虚拟货币“挖矿”活动的通知》（发改运行〔2021〕1283号）";
        String hainanDrc = "海南省发展和改革委员会《关于虚拟货币“挖矿”用电实行差别电价政策有关问题的通知》（2021年12月）";
        assertThat(lines).startsWith("处理措施告知书");
        assertThat(lines).contains("单位: Haikou Xinyao Network Technology Co., Ltd. (HN-E1)", "类型: 民营企业",
                "惩罚性电价加价 | " + hainanDrc + " | 25,867.20 |  | 2021-12-01 | 2022-01-20 | HAINAN-2021/0898-1002345",
                "惩罚性电价加价 | " + n1283 + "第十三条 | 3,486.87 |  | 2021-11-06 | 2021-11-30 | NDRC-1283-13/0898-1002345",
                "补交电费差价 | 《供电营业规则》第一百条；内发改价费字〔2022〕115号 | 6,035.96 |  | 2021-11-06 | 2022-01-20"
                        + " | SUPPLY-RULES-100/0898-1002345/BACK_PAYMENT",
                "违约使用电费 | 《供电营业规则》第一百条；内发改价费字〔2022〕115号 | 12,071.92 |  | 2021-11-06 | 2022-01-20"
                        + " | SUPPLY-RULES-100/0898-1002345/LIQUIDATED_PENALTY",
                "应缴合计: 47,461.95 元  (25,867.20 + 3,486.87 + 6,035.96 + 12,071.92)");
        // How each amount was computed: the surcharge lines with their cycles, the back-payment's runs of days.
        assertThat(lines).contains("各项金额的计算",
                "2021-11-06 | 2021-11-15 | 10 | 2021-10-16 | 2021-11-15 | 6,550.000 | 31 | 2,112.903 | 0.30 | 633.87",
                "2021-12-16 | 2022-01-15 | 31 | 2021-12-16 | 2022-01-15 | 19,654.000 | 31 | 19,654.000 | 0.80 | 15,723.20",
                "2022-01-01 | 2022-01-15 | 9,510.000 | 0.7496 | 0.6083 | 0.1413 | 1,343.7630",
                "用电户0898-1002345的违约使用电费：2倍 × 补交差价6035.96元 = 12071.92元");
        // A person's confiscation is listed apart, not in the unit's total.
        assertThat(lines).contains("本单位涉案人员", "HN-P1 | Lin Hao | 操作人员 | 没收违法所得 | 86,000.00 | "
                + "浙江省纪委监委通报（2021年12月14日）（没收违法所得）");
    }

    @Test
    void theEnglishNoticeNamesTheMeasuresByTheirLabelsAndCitesTheRulesOwnBasis() throws Exception {
        List<String> lines = lines(notices(hainan, Language.EN).resolve("HN-E1.docx"));
        assertThat(lines).startsWith("Notice of enforcement measures");
        assertThat(lines).contains("Kind: private enterprise",
                "back-payment of the price difference | Electricity supply business rules art. 100; 内发改价费字〔2022〕115号"
                        + " | 6,035.96 |  | 2021-11-06 | 2022-01-20 | SUPPLY-RULES-100/0898-1002345/BACK_PAYMENT",
                "Total due: 47,461.95 CNY  (25,867.20 + 3,486.87 + 6,035.96 + 12,071.92)");
    }

    @Test
    void oneNoticePerEntityWithAMeasureAndNoneForALeadAlone() throws Exception {
        AuditResult small = ReportFixture.audit();
        assertThat(small.findings()).anyMatch(f -> f.getEntityId().equals("E-3")
                && f.getMeasure() == Measure.INSPECTION_LEAD);
        Path folder = notices(small, Language.EN);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("E-1.docx", "E-2.docx");
        }
        assertThat(folder.getFileName().toString()).isEqualTo("t-case_2021-12-14_notices");
    }

    @Test
    void aWriteThatFailsLeavesTheEarlierNoticesAsTheyWereAndASecondRunReplacesThemWhole() throws Exception {
        Path folder = notices(ReportFixture.audit(), Language.EN);
        Files.writeString(folder.resolve("left-by-hand.docx"), "x");
        Finding orphan = Finding.builder().id("X/E-404").ruleId("X").ruleName("X rule").measure(Measure.SHUTDOWN_ORDER)
                .subjectType(SubjectType.ENTITY).subjectId("E-404").entityId("E-404").basis("b").explanation("e")
                .build();
        AuditResult result = ReportFixture.audit();
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.add(orphan);
        AuditResult broken = new AuditResult(result.facts(), findings, result.surchargeLines(),
                result.backPaymentRuns(), result.leads(), result.loadLeads(), result.dataIssues(), result.summary(),
                result.rules(), result.findingsByRule(), result.tableRows(), result.findingsByParameter(),
                result.labels());
        assertThatThrownBy(() -> new ReportWriter().withNotices(true).write(broken, ReportFixture.provenance(), out))
                .isInstanceOf(Exception.class);
        assertThat(folder.resolve("left-by-hand.docx")).exists();

        notices(result, Language.EN);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("E-1.docx", "E-2.docx");
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void aNoticeSaysWhenDataIssuesStoppedAnAmountOfTheUnit() throws Exception {
        AuditResult stopped = new io.miningaudit.engine.Auditor(ReportFixture.rules())
                .audit(ReportFixture.caseFile().toBuilder().clearConsumption().build());
        List<String> lines = lines(notices(stopped, Language.EN).resolve("E-1.docx"));
        assertThat(lines).contains("Total due: 0.00 CNY",
                "2 data issues stopped amounts of this unit: they are not computed and not in the total.");
    }

    @Test
    void anIdThatNoFileNameCanHoldIsWrittenWithUnderscoresAndTwoAlikeAreNumbered() {
        assertThat(NoticeWriter.fileNames(List.of("A/1", "A:1", ".hidden", "E-1")).values())
                .containsExactly("A_1.docx", "A_1-2.docx", "_hidden.docx", "E-1.docx");
    }

    /** As a reader would see it: LibreOffice converts the notice to PDF; skipped where LibreOffice Writer is absent. */
    @Test
    void aNoticeConvertsToPdfWithLibreOffice() throws Exception {
        Path soffice = Stream.of("/usr/bin/soffice", "/usr/local/bin/soffice").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the PDF check is skipped");
        // Calc alone (libreoffice-calc-nogui) has no Writer to open a .docx with: skipped too, rather than failed.
        Path program = soffice.toRealPath().getParent();
        Assumptions.assumeTrue(Files.exists(program.resolve("libswlo.so")),
                "LibreOffice Writer is not installed (" + program + " has no libswlo.so): the PDF check is skipped");
        Path docx = notices(hainan, Language.ZH_CN).resolve("HN-E1.docx");
        Path pdfDir = Files.createDirectories(out.resolve("pdf"));
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://"
                + out.resolve("lo-profile").toAbsolutePath(), "--convert-to", "pdf", "--outdir", pdfDir.toString(),
                docx.toString()).redirectErrorStream(true).redirectOutput(out.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = pdfDir.resolve("HN-E1.pdf");
        assertThat(pdf).exists();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }
}

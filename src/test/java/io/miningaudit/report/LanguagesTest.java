package io.miningaudit.report;

import static io.miningaudit.report.ReportWriterTest.headers;
import static io.miningaudit.report.ReportWriterTest.rowOf;
import static io.miningaudit.report.ReportWriterTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Language;
import io.miningaudit.fixtures.ShippedRules;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook in Chinese: sheet names, headers, codes, bases and explanations; the JSON as in English. */
class LanguagesTest {
    /** The sheet names in REPORT.md's order, as GLOSSARY.md has them (and the further sheets after). */
    private static final List<String> SHEETS_ZH = List.of("汇总", "处罚", "被通报单位", "涉案人员", "电价加价", "核查线索",
            "全部结论", "数据问题", "规则", "按单位汇总", "参数", "补交电费分段");

    private static AuditResult hainan;

    @TempDir
    Path out;

    @BeforeAll
    static void audit() throws Exception {
        hainan = ShippedRules.auditExample("hainan-2021.json");
    }

    private List<Path> write(Language lang, String folder) throws Exception {
        return new ReportWriter().in(lang).write(hainan, ReportFixture.provenance(), out.resolve(folder));
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theChineseWorkbookNamesItsSheetsAsTheGlossaryDoesAndTranslatesEveryHeader() throws Exception {
        try (XSSFWorkbook zh = open(write(Language.ZH_CN, "zh").get(0));
             XSSFWorkbook en = open(write(Language.EN, "en").get(0))) {
            List<String> names = new ArrayList<>();
            zh.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactlyElementsOf(SHEETS_ZH);
            for (int i = 0; i < SHEETS_ZH.size(); i++) {
                List<String> english = headers(en.getSheetAt(i));
                List<String> chinese = headers(zh.getSheetAt(i));
                assertThat(chinese).as(SHEETS_ZH.get(i)).hasSameSizeAs(english);
                for (int c = 0; c < english.size(); c++) {
                    assertThat(chinese.get(c)).as("%s column %d (%s)", SHEETS_ZH.get(i), c, english.get(c))
                            .isNotEqualTo(english.get(c)).isEqualTo(hainan.labels().text(english.get(c),
                                    Language.ZH_CN));
                }
            }
            assertThat(headers(zh.getSheet("处罚"))).containsExactly("结论编号", "单位编号", "单位", "类型", "省份", "对象",
                    "规则编号", "处理措施", "金额（元）", "数量", "单位（计量）", "起始日期", "截止日期", "依据", "说明");
        }
    }

    @Test
    void codesBasesAndExplanationsAreInChineseAndMoneyIsInYuan() throws Exception {
        try (XSSFWorkbook zh = open(write(Language.ZH_CN, "zh").get(0))) {
            Sheet penalties = zh.getSheet("处罚");
            int row = rowOf(penalties, "结论编号", "HAINAN-2021/0898-1002345");
            assertThat(text(penalties, row, "类型")).isEqualTo("民营企业");
            assertThat(text(penalties, row, "省份")).isEqualTo("海南");
            assertThat(text(penalties, row, "处理措施")).isEqualTo("惩罚性电价加价");
            assertThat(text(penalties, row, "依据")).isEqualTo(
                    "海南省发展和改革委员会《关于虚拟货币“挖矿”用电实行差别电价政策有关问题的通知》（2021年12月）");
            assertThat(text(penalties, row, "说明")).isEqualTo("用电户0898-1002345（海南，居民生活用电）在2021-12-01至"
                    + "2022-01-20期间用于挖矿；按加价标准HAINAN-2021，该期间用电32334.000千瓦时，共3行，每千瓦时加价0.80元，"
                    + "合计25867.20元（各行分别四舍五入到0.01元后相加）");
            assertThat(penalties.getRow(row).getCell(headers(penalties).indexOf("金额（元）")).getCellStyle()
                    .getDataFormatString()).isEqualTo("#,##0.00\" 元\"");
            int equipment = rowOf(penalties, "结论编号", "ECL-EQUIPMENT/HN-I1");
            assertThat(text(penalties, equipment, "单位（计量）")).isEqualTo("台");
            Sheet summary = zh.getSheet("汇总");
            assertThat(text(summary, 1, "省份")).isEqualTo("海南");
            assertThat(text(summary, 2, "省份")).isEqualTo("合计");
        }
    }

    @Test
    void aPresumedStartAndTheBackPaymentsRatesReadInChinese() throws Exception {
        try (XSSFWorkbook zh = open(write(Language.ZH_CN, "zh").get(0))) {
            Sheet findings = zh.getSheet("全部结论");
            String back = text(findings, rowOf(findings, "结论编号", "SUPPLY-RULES-100/0898-1002345/BACK_PAYMENT"), "说明");
            assertThat(back).startsWith("用电户0898-1002345执行").contains("元/千瓦时，").doesNotContain(" from ");
        }
    }

    @Test
    void theFindingsJsonIsTheSameInBothLanguages() throws Exception {
        byte[] en = Files.readAllBytes(write(Language.EN, "en").get(1));
        byte[] zh = Files.readAllBytes(write(Language.ZH_CN, "zh").get(1));
        assertThat(zh).isEqualTo(en);
    }

    @Test
    void theEnglishWorkbookKeepsTheContractsCodes() throws Exception {
        try (XSSFWorkbook en = open(write(Language.EN, "en").get(0))) {
            Sheet penalties = en.getSheet("Penalties");
            int row = rowOf(penalties, "Finding ID", "HAINAN-2021/0898-1002345");
            assertThat(Map.of("Kind", text(penalties, row, "Kind"), "Measure", text(penalties, row, "Measure")))
                    .isEqualTo(Map.of("Kind", "PRIVATE_ENTERPRISE", "Measure", "PUNITIVE_SURCHARGE"));
        }
    }
}

package io.miningaudit.report;

import static io.miningaudit.report.ReportWriterTest.cell;
import static io.miningaudit.report.ReportWriterTest.linkTarget;
import static io.miningaudit.report.ReportWriterTest.rowOf;
import static io.miningaudit.report.ReportWriterTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.SubjectType;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook's links: each leads to the row that holds what its text names, continuation sheets included. */
class LinksTest {
    private static AuditResult result;

    @TempDir
    Path out;

    @BeforeAll
    static void audit() throws Exception {
        result = ReportFixture.audit();
    }

    private XSSFWorkbook write(ReportWriter writer) throws Exception {
        return ReportFixture.workbook(writer, result, out);
    }

    /** The text of the cell that the link in {@code link} leads to, under the same header as {@code header}. */
    private static String followed(Workbook wb, Cell link, String header) {
        String target = linkTarget(link);
        assertThat(target).as("%s row %d, %s, is a link", link.getSheet().getSheetName(), link.getRowIndex(), header)
                .isNotNull();
        String sheet = target.substring(1, target.lastIndexOf("'!")).replace("''", "'");
        int row = Integer.parseInt(target.substring(target.lastIndexOf("!A") + 2)) - 1;
        Sheet s = wb.getSheet(sheet);
        assertThat(s).as("sheet %s", sheet).isNotNull();
        return text(s, row, header);
    }

    @Test
    void everyPenaltyLinksToItsFindingItsEntityAndItsRule() throws Exception {
        try (XSSFWorkbook wb = write(new ReportWriter())) {
            Sheet penalties = wb.getSheet("Penalties");
            int checked = 0;
            for (int r = 1; r <= penalties.getLastRowNum(); r++) {
                String finding = text(penalties, r, "Finding ID");
                assertThat(followed(wb, cell(penalties, r, "Finding ID"), "Finding ID")).isEqualTo(finding);
                assertThat(followed(wb, cell(penalties, r, "Entity ID"), "Entity ID"))
                        .isEqualTo(text(penalties, r, "Entity ID"));
                assertThat(followed(wb, cell(penalties, r, "Rule ID"), "Rule ID"))
                        .isEqualTo(text(penalties, r, "Rule ID"));
                checked++;
            }
            assertThat(checked).isEqualTo(penalties.getLastRowNum()).isPositive();
        }
    }

    @Test
    void aPersonLinksToTheFindingAboutThemAndByEntityToTheEntitysFirstFinding() throws Exception {
        Finding referral = result.findings().stream().filter(f -> f.getSubjectType() == SubjectType.PERSON)
                .findFirst().orElseThrow();
        Finding first = result.findings().stream().filter(f -> f.getEntityId().equals(referral.getEntityId()))
                .findFirst().orElseThrow();
        try (XSSFWorkbook wb = write(new ReportWriter())) {
            Sheet persons = wb.getSheet("Persons");
            int row = rowOf(persons, "Rule ID", referral.getRuleId());
            assertThat(followed(wb, cell(persons, row, "Person ID"), "Finding ID")).isEqualTo(referral.getId());
            Sheet byEntity = wb.getSheet("By entity");
            int entity = rowOf(byEntity, "Entity ID", referral.getEntityId());
            assertThat(followed(wb, cell(byEntity, entity, "Entity ID"), "Finding ID")).isEqualTo(first.getId());
            assertThat(followed(wb, cell(wb.getSheet("Findings"), 1, "Rule ID"), "Rule ID"))
                    .isEqualTo(result.findings().get(0).getRuleId());
        }
    }

    @Test
    void aLinkToARowPastTheRowLimitLeadsToTheContinuationSheet() throws Exception {
        try (XSSFWorkbook wb = write(new ReportWriter(5))) {
            Sheet penalties = wb.getSheet("Penalties");
            int checked = 0;
            for (Sheet s : wb) {
                if (!s.getSheetName().startsWith("Penalties")) {
                    continue;
                }
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    assertThat(followed(wb, cell(s, r, "Finding ID"), "Finding ID"))
                            .isEqualTo(text(s, r, "Finding ID"));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(4);
            assertThat(linkTarget(cell(penalties, 1, "Finding ID"))).startsWith("'Findings");
        }
    }

    @Test
    void aLinksTextAndSheetNameAreQuotedAndAnUnknownKeyOrOverlongTextIsNoLink() {
        Links links = Links.of(List.of(), List.of(), List.of(), 5, target -> "O'Brien \"x\"");
        assertThat(links.formula(Columns.Target.FINDING, "nope", "nope")).isNull();
        Finding f = result.findings().get(0);
        Links some = Links.of(List.of(), List.of(f, f.toBuilder().id("B").build(), f.toBuilder().id("C").build(),
                f.toBuilder().id("D").build(), f.toBuilder().id("E").build()), List.of(), 5, target -> "It's");
        assertThat(some.formula(Columns.Target.FINDING, "E", "say \"E\"")).isEqualTo(
                "HYPERLINK(\"#'It''s (2)'!A2\",\"say \"\"E\"\"\")");
        assertThat(some.formula(Columns.Target.FINDING, "B", "B")).isEqualTo("HYPERLINK(\"#'It''s'!A3\",\"B\")");
        assertThat(some.formula(Columns.Target.FINDING, "B", "x".repeat(Links.MAX_TEXT + 1))).isNull();
        assertThat(some.formula(Columns.Target.RULE, "B", "B")).isNull();
    }
}

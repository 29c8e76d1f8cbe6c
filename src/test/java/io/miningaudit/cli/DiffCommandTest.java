package io.miningaudit.cli;

import static io.miningaudit.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.fixtures.RulesFolder;
import io.miningaudit.fixtures.RulesUnderTest;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mining-audit diff: the exact delta of a rule edit, per finding, per account and in total. */
class DiffCommandTest {
    @TempDir
    Path dir;

    private static String text(Row row, int col) {
        return row.getCell(col) == null ? null : row.getCell(col).toString();
    }

    @Test
    void raisingHainansRateShowsTheDeltaPerAccountAndInTotal() throws Exception {
        RulesFolder after = RulesFolder.copyOfShipped(dir.resolve("after"))
                .setCell("surcharges/Schedule.drl.xlsx", "Schedule", "F10", "1.00");
        Path out = dir.resolve("out");

        CommandLineTest.Run r = run("diff", "examples/hainan-2021.json", "--before",
                RulesUnderTest.dir().toString(), "--after",
                after.root().toString(), "--out", out.toString());

        // HAINAN-2021 lines: 9,510 + 19,654 + 3,170 = 32,334 kWh at 1.00 instead of 0.80.
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).isEqualTo("+0 findings (0 added, 0 removed, 1 changed); surcharges +6,466.80 CNY;"
                + " all amounts +6,466.80 CNY\nWrote " + out.resolve("hainan-2021_2022-01-20_diff.xlsx") + "\n");
        try (Workbook wb = WorkbookFactory.create(out.resolve("hainan-2021_2022-01-20_diff.xlsx").toFile(), null,
                true)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            Sheet changes = wb.getSheet("Changes");
            assertThat(changes.getLastRowNum()).isEqualTo(1);
            Row c = changes.getRow(1);
            assertThat(text(c, 0)).isEqualTo("CHANGED");
            assertThat(text(c, 1)).isEqualTo("HAINAN-2021/0898-1002345");
            assertThat(c.getCell(7).getNumericCellValue()).isEqualTo(25867.20);
            assertThat(c.getCell(8).getNumericCellValue()).isEqualTo(32334.00);
            assertThat(c.getCell(9).getNumericCellValue()).isEqualTo(6466.80,
                    org.assertj.core.data.Offset.offset(1e-9));
            Row account = wb.getSheet("By account").getRow(1);
            assertThat(text(account, 0)).isEqualTo("0898-1002345");
            assertThat(account.getCell(6).getNumericCellValue()).isEqualTo(6466.80,
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(wb.getSheet("By rule")).isNotNull();
            assertThat(wb.getSheet("By province").getRow(1).getCell(0).toString()).isEqualTo("Hainan");
        }
    }

    @Test
    void aRuleThatStopsFiringShowsItsFindingsAsRemoved() throws Exception {
        RulesFolder after = RulesFolder.copyOfShipped(dir.resolve("after"))
                .replace("energylaw/equipment.drl", "$case : Inspection(deliberate, $id : id)",
                        "$case : Inspection(deliberate, passive, $id : id)");

        CommandLineTest.Run r = run("diff", "examples/inner-mongolia-2022.json", "--before",
                RulesUnderTest.dir().toString(), "--after",
                after.root().toString(), "--out", dir.resolve("out").toString());

        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).startsWith("-1 findings (0 added, 1 removed, 0 changed); surcharges +0.00 CNY;"
                + " all amounts +0.00 CNY");
    }

    @Test
    void aBrokenRulesFolderOnEitherSideExitsFour() throws Exception {
        RulesFolder after = RulesFolder.copyOfShipped(dir.resolve("after"))
                .replace("energylaw/equipment.drl", "$case : Inspection(deliberate, $id : id)", "$case : Inspection(");

        CommandLineTest.Run r = run("diff", "examples/hainan-2021.json", "--before",
                RulesUnderTest.dir().toString(), "--after",
                after.root().toString(), "--out", dir.resolve("out").toString());

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains(after.file("energylaw/equipment.drl") + ":");
    }
}

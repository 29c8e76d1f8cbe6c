package io.miningaudit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.DailyReading;
import io.miningaudit.facts.DailyReadingColumns;
import io.miningaudit.generate.CaseFileWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional table dailyReadings (FACTS.md): read in every form as a stream into compact columns, checked like the
 * other tables, with a second reading of one account on one day refused; only the days screened kept.
 */
class DailyReadingsTest {
    @TempDir
    Path dir;

    CaseFiles files;

    private static final String CASE = """
            {
              "case": {"id": "C1", "asOf": "2024-06-30"},
              "entities": [{"id": "E1", "name": "Farm", "kind": "INDIVIDUAL", "province": "Jiangsu"}],
              "accounts": [
                {"id": "A1", "entityId": "E1", "province": "Jiangsu", "category": "AGRICULTURAL", "billedRateCnyPerKwh": 0.41},
                {"id": "A2", "entityId": "E1", "province": "Jiangsu", "category": "RESIDENTIAL", "billedRateCnyPerKwh": 0.53}
              ],
              "dailyReadings": [
            %s
              ]
            }
            """;

    @BeforeEach
    void setUp() {
        files = new CaseFiles(dir);
    }

    private Path json(String... readings) {
        return files.write("case.json", CASE.formatted(String.join(",\n", readings)));
    }

    private static String reading(String account, String date, String kwh) {
        return "    {\"accountId\": \"" + account + "\", \"date\": \"" + date + "\", \"kwh\": " + kwh + "}";
    }

    @Test
    void readingsAreReadExactlyInEveryFormAndOneAccountMayBeReadOnManyDays() throws Exception {
        Path file = json(reading("A1", "2024-06-29", "36.125"), reading("A1", "2024-06-30", "999999999999.999999999"),
                reading("A2", "2024-06-30", "0"));
        CaseFile facts = files.accepted(file);
        List<DailyReading> expected = List.of(
                DailyReading.builder().accountId("A1").date(LocalDate.of(2024, 6, 29)).kwh(new BigDecimal("36.125"))
                        .build(),
                DailyReading.builder().accountId("A1").date(LocalDate.of(2024, 6, 30))
                        .kwh(new BigDecimal("999999999999.999999999")).build(),
                DailyReading.builder().accountId("A2").date(LocalDate.of(2024, 6, 30)).kwh(new BigDecimal("0"))
                        .build());
        assertThat(facts.getDailyReadings()).isNotEmpty().containsExactlyElementsOf(expected);
        assertThat(facts.getDailyReadings()).isInstanceOf(DailyReadingColumns.class);
        assertThat(((DailyReadingColumns) facts.getDailyReadings()).accountIdAt(2)).isEqualTo("A2");

        Path yaml = dir.resolve("case.yaml");
        CaseFileWriter.writeYaml(facts, yaml);
        Path xlsx = dir.resolve("case.xlsx");
        CaseFileWriter.writeWorkbook(facts, xlsx);
        Path csv = dir.resolve("case-csv");
        CaseFileWriter.writeCsvFolder(facts, csv);
        for (Path other : List.of(yaml, xlsx, csv)) {
            assertThat(files.accepted(other).getDailyReadings()).as(other.toString())
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aSecondReadingOfOneAccountOnOneDayIsRefusedWithEveryOtherProblem() {
        Path file = json(reading("A1", "2024-06-01", "10"), reading("A2", "2024-06-01", "10"),
                reading("A1", "2024-06-01", "12"), reading("A9", "2024-06-02", "1"), reading("A2", "2024-07-01", "1"),
                reading("A2", "2024-06-03", "-1"));

        assertThat(files.problems(file)).containsExactly(
                "case.json:11:33: dailyReadings[2].date: account A1 is read twice on 2024-06-01: one reading an account"
                        + " a day",
                "case.json:12:19: dailyReadings[3].accountId: \"A9\" names no record of accounts",
                "case.json:13:33: dailyReadings[4].date: 2024-07-01 is after the audit's as-of date 2024-06-30",
                "case.json:14:54: dailyReadings[5].kwh: must not be negative");
    }

    @Test
    void nearMissTheSameDayOnTwoAccountsAndTwoDaysOnOneAccountAreSound() {
        Path file = json(reading("A1", "2024-06-01", "10"), reading("A2", "2024-06-01", "10"),
                reading("A1", "2024-06-02", "10"), reading("A1", "2021-06-01", "10"));

        assertThat(files.accepted(file).getDailyReadings()).hasSize(4);
    }

    @Test
    void aSecondReadingInACsvFolderIsLocatedByItsLine() throws Exception {
        CaseFile facts = files.accepted(json(reading("A1", "2024-06-01", "10")));
        Path csv = dir.resolve("folder");
        CaseFileWriter.writeCsvFolder(facts, csv);
        java.nio.file.Files.writeString(csv.resolve("dailyReadings.csv"), "accountId,date,kwh\nA1,2024-06-01,10\n"
                + "A2,2024-06-01,3\nA1,2024-06-01,11\n");

        assertThat(files.problems(csv)).containsExactly("folder/dailyReadings.csv:4: dailyReadings[2].date: account A1"
                + " is read twice on 2024-06-01: one reading an account a day");
    }

    @Test
    void onlyTheDaysScreenedAreKeptButEveryReadingIsChecked() throws Exception {
        Path file = json(reading("A1", "2024-04-01", "10"), reading("A1", "2024-04-02", "11"),
                reading("A1", "2024-06-30", "12"));
        CaseFile kept = new CaseReader(CaseFiles.CLOCK).keepingReadingDays(90).read(file, null);
        // 90 days ending on 2024-06-30 begin on 2024-04-02.
        assertThat(kept.getDailyReadings()).extracting(DailyReading::getDate)
                .containsExactly(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 6, 30));
        assertThat(new CaseReader(CaseFiles.CLOCK).read(file, null).getDailyReadings()).hasSize(3);

        Path twice = json(reading("A1", "2024-04-01", "10"), reading("A1", "2024-04-01", "11"));
        assertThat(catchProblems(() -> new CaseReader(CaseFiles.CLOCK).keepingReadingDays(90).read(twice, null)))
                .singleElement().asString().contains("account A1 is read twice on 2024-04-01");
    }

    private static List<Problem> catchProblems(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
        CaseDataException e = org.assertj.core.api.Assertions.catchThrowableOfType(CaseDataException.class, read);
        assertThat(e).isNotNull();
        return e.problems();
    }
}

package io.miningaudit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.generate.CaseFileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table of a case folder given as a folder of part files, CSV or JSON Lines, as Spark writes them: read in the
 * order of the files' names, every problem located in its part file by line.
 */
class TableFoldersTest {
    @TempDir
    Path dir;

    CaseFiles files;
    Path folder;

    @BeforeEach
    void setUp() throws Exception {
        files = new CaseFiles(dir);
        CaseFile example = new CaseReader(Clock.systemUTC()).read(Path.of("examples", "jiangsu-readings"), null);
        folder = dir.resolve("case");
        CaseFileWriter.writeCsvFolder(example, folder);
    }

    /** Replaces {@code <table>.csv} by a folder of part files. */
    private Path split(String table, String... namesAndTexts) throws Exception {
        Files.delete(folder.resolve(table + ".csv"));
        Path parts = Files.createDirectories(folder.resolve(table));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(parts.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return parts;
    }

    @Test
    void partFilesOfCsvAndJsonLinesMakeOneTableInTheOrderOfTheirNames() throws Exception {
        CaseFile whole = files.accepted(folder);
        split("persons", "part-00001.jsonl", "{\"id\": \"JS-P02\", \"name\": \"Qian Yu\", \"entityId\": \"JS-E10\","
                        + " \"inspectionId\": \"JS-I01\", \"role\": \"ORGANIZER\"}\n",
                "part-00000.csv", "id,name,entityId,inspectionId,role,publicEmployee\n"
                        + "JS-P01,Zhao Lei,JS-E10,JS-I01,OPERATOR,true\n",
                "_SUCCESS", "", ".part-00000.csv.crc", "xx");

        CaseFile read = files.accepted(folder);

        assertThat(read.getPersons()).extracting(p -> p.getId()).containsExactly("JS-P01", "JS-P02");
        assertThat(read.getPersons().get(0)).isEqualTo(whole.getPersons().get(0));
        assertThat(read.getDailyReadings()).isEqualTo(whole.getDailyReadings()).isNotEmpty();
    }

    @Test
    void aProblemIsLocatedInItsPartFileAndOtherFilesAreRefused() throws Exception {
        split("persons", "part-00000.jsonl", "{\"id\": \"JS-P01\", \"name\": \"Zhao Lei\", \"entityId\": \"JS-E10\","
                        + " \"inspectionId\": \"JS-I01\", \"role\": \"OPERATOR\"}\n"
                        + "{\"id\": \"JS-P02\", \"name\": \"Qian Yu\", \"entityId\": \"JS-E99\","
                        + " \"inspectionId\": \"JS-I01\", \"role\": \"BOSS\"}\n[1, 2]\n",
                "part-00001.parquet", "PAR1");

        assertThat(files.problems(folder)).containsExactly(
                "case/persons/part-00000.jsonl:2:49: persons[1].entityId: \"JS-E99\" names no record of entities",
                "case/persons/part-00000.jsonl:2:93: persons[1].role: \"BOSS\" is not one of OPERATOR, ORGANIZER,"
                        + " PROTECTOR",
                "case/persons/part-00000.jsonl:3:1: persons[2]: a JSON Lines file holds one object of fields a line",
                "case/persons/part-00001.parquet: persons: a table folder holds .csv or .jsonl (JSON Lines) files;"
                        + " Parquet tables are read by mining-audit-spark");
    }

    @Test
    void nearMissATableGivenTwiceOrAMisspeltFolderIsAProblem() throws Exception {
        Files.createDirectories(folder.resolve("persons"));
        Files.createDirectories(folder.resolve("persns"));

        assertThat(files.problems(folder)).containsOnlyOnce(
                "case/persons: persons: the table is given twice: as the file persons.csv and as this folder")
                .anyMatch(p -> p.startsWith("case/persns: persns: unknown table (folder)"));
    }

    @Test
    void aTableAtTheTopInAnotherFormThanCsvIsRefusedNotPassedOver() throws Exception {
        Files.move(folder.resolve("dailyReadings.csv"), folder.resolve("dailyReadings.jsonl"));

        assertThat(files.problems(folder)).containsExactly("case/dailyReadings.jsonl: dailyReadings: a table at the"
                + " top of a case folder is a .csv file; JSON Lines and other part files go in a folder named after"
                + " the table (dailyReadings/)");
    }
}

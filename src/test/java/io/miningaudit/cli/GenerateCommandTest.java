package io.miningaudit.cli;

import static io.miningaudit.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.generate.CaseGenerator;
import io.miningaudit.intake.CaseReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mining-audit generate: the form told by the name of --out, and sizes that make a case. */
class GenerateCommandTest {
    static final CaseGenerator.Size SMALL = new CaseGenerator.Size(12, 4, 3, 5, LocalDate.of(2022, 6, 30));

    @TempDir
    Path dir;

    private static CommandLineTest.Run generate(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("generate", "--entities", "12", "--detections-per-day", "4",
                "--days", "3", "--seed", "5", "--out", out.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFormIsToldByTheNameOfOutAsTheAuditTellsIt() throws Exception {
        Path existing = Files.createDirectories(dir.resolve("cases.d"));
        CaseFile expected = CaseGenerator.generate(SMALL);
        for (String name : List.of("case.json", "case.yaml", "case.YML", "case.xlsx", "case", "case.csv", "cases.d")) {
            Path out = dir.resolve(name);

            CommandLineTest.Run r = generate(out);

            assertThat(r.code()).as(name + ": " + r.err()).isEqualTo(0);
            assertThat(r.out()).as(name).startsWith("Wrote " + out + ": 12 entities, 12 detections,");
            assertThat(new CaseReader(Clock.systemUTC()).read(out, null)).as(name).isEqualTo(expected);
        }
        assertThat(Files.readString(dir.resolve("case.json"))).startsWith("{");
        assertThat(Files.readString(dir.resolve("case.yaml"))).startsWith("---");
        assertThat(Files.readString(dir.resolve("case.YML"))).startsWith("---");
        assertThat(Files.readAllBytes(dir.resolve("case.xlsx"))).startsWith('P', 'K');
        for (Path folder : List.of(dir.resolve("case"), dir.resolve("case.csv"), existing)) {
            assertThat(folder.resolve("case.csv")).as(folder.toString()).isRegularFile();
        }
    }

    @Test
    void aFormThatContradictsTheNameIsBadUsageAndWritesNothing() throws Exception {
        CommandLineTest.Run yamlAsJson = generate(dir.resolve("case.json"), "--form", "yaml");
        CommandLineTest.Run jsonAsFolder = generate(dir.resolve("case"), "--form", "json");
        CommandLineTest.Run unknown = generate(dir.resolve("case.txt"));
        CommandLineTest.Run jsonAsText = generate(dir.resolve("case.txt"), "--form", "json");

        assertThat(yamlAsJson.code()).isEqualTo(2);
        assertThat(yamlAsJson.err()).isEqualTo("error: --form yaml contradicts --out " + dir.resolve("case.json")
                + ", which names a JSON case file\n");
        assertThat(jsonAsFolder.code()).isEqualTo(2);
        assertThat(jsonAsFolder.err()).isEqualTo("error: --form json contradicts --out " + dir.resolve("case")
                + ", which names a folder of .csv files\n");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: --out " + dir.resolve("case.txt") + ": cannot tell the form from"
                + " the name; end it in .json, .yaml, .yml or .xlsx, name a folder (no extension, or .csv), or give"
                + " --form\n");
        assertThat(jsonAsText.code()).isEqualTo(2);
        assertThat(jsonAsText.err()).isEqualTo("error: --form json contradicts --out " + dir.resolve("case.txt")
                + ": a JSON case file's name ends in .json\n");
        assertThat(files()).isEmpty();
    }

    @Test
    void aFolderOfAnyNameTakesTheCsvFormWhenAskedFor() throws Exception {
        CommandLineTest.Run r = generate(dir.resolve("national.d"), "--form", "csv");

        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(dir.resolve("national.d/entities.csv")).isRegularFile();
    }

    @Test
    void aSizeOfZeroOrLessIsBadUsageNotAnEmptyCase() throws Exception {
        Path out = dir.resolve("case.json");

        CommandLineTest.Run negative = run("generate", "--out", out.toString(), "--entities", "-5");
        CommandLineTest.Run zeroDays = run("generate", "--out", out.toString(), "--days", "0");
        CommandLineTest.Run zeroRate = run("generate", "--out", out.toString(), "--detections-per-day", "0");
        CommandLineTest.Run text = run("generate", "--out", out.toString(), "--entities", "many");

        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.err()).isEqualTo("error: --entities: -5 is not 1 or more\n");
        assertThat(zeroDays.code()).isEqualTo(2);
        assertThat(zeroDays.err()).isEqualTo("error: --days: 0 is not 1 or more\n");
        assertThat(zeroRate.code()).isEqualTo(2);
        assertThat(zeroRate.err()).isEqualTo("error: --detections-per-day: 0 is not 1 or more\n");
        assertThat(text.code()).isEqualTo(2);
        assertThat(text.err()).isEqualTo("error: --entities: \"many\" is not a whole number\n");
        assertThat(files()).isEmpty();
    }

    @Test
    void theBenchRefusesSizesThatMakeNoRun() {
        CommandLineTest.Run repeat = run("bench", "rules", "--repeat", "0");
        CommandLineTest.Run sizes = run("bench", "scale", "--sizes", "40,0");
        CommandLineTest.Run rate = run("bench", "scale", "--sizes", "40", "--rate", "-1");

        assertThat(repeat.code()).isEqualTo(2);
        assertThat(repeat.err()).isEqualTo("error: --repeat: 0 is not 1 or more\n");
        assertThat(sizes.code()).isEqualTo(2);
        assertThat(sizes.err()).isEqualTo("error: --sizes: 0 is not 1 or more\n");
        assertThat(rate.code()).isEqualTo(2);
        assertThat(rate.err()).isEqualTo("error: --rate: -1 is not more than 0\n");
    }
}

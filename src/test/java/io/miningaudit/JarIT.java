package io.miningaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built jar as a user would: on the Zhejiang example, and on a broken case. */
class JarIT {
    private static final Path JAR = Path.of("target", "mining-audit.jar");

    @TempDir
    Path out;

    record Result(int code, String stdout, String stderr) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        // Standard error goes to a file, so that neither stream can fill its pipe while the other is read.
        Path errors = Files.createTempFile("mining-audit-jar-it", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            // The jar keeps its compiled rules in the build folder, not in the user's cache.
            builder.environment().put("MINING_AUDIT_RULE_CACHE", Path.of("target", "rule-cache").toAbsolutePath()
                    .toString());
            Process p = builder.start();
            byte[] stdout = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            return new Result(p.exitValue(), new String(stdout, StandardCharsets.UTF_8), Files.readString(errors));
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    @Test
    void theZhejiangExampleReproducesThePublishedFigures() throws Exception {
        Result r = run("audit", "examples/zhejiang-2021.json", "--out", out.toString());

        assertThat(r.code()).as(r.stderr()).isEqualTo(0);
        Path xlsx = out.resolve("zhejiang-2021_2021-12-14.xlsx");
        assertThat(r.stdout()).contains("Wrote " + xlsx, "Wrote " + out.resolve("zhejiang-2021_2021-12-14.json"));
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            Sheet summary = wb.getSheet("Summary");
            Row header = summary.getRow(0);
            Row total = null;
            for (Row row : summary) {
                if (row.getCell(0) != null && "Total".equals(row.getCell(0).getStringCellValue())) {
                    total = row;
                    break;
                }
            }
            assertThat(total).isNotNull();
            assertThat(value(header, total, "IPs detected")).isEqualTo(4699);
            assertThat(value(header, total, "IPs attributed")).isEqualTo(183);
            assertThat(value(header, total, "Public units detected")).isEqualTo(78);
            assertThat(value(header, total, "Inspections")).isEqualTo(78);
            assertThat(value(header, total, "Deliberate cases")).isEqualTo(34);
            assertThat(value(header, total, "Passive cases")).isEqualTo(32);
            assertThat(value(header, total, "Public units deliberate")).isEqualTo(34);
            assertThat(value(header, total, "Machines confiscated")).isEqualTo(68);
            assertThat(value(header, total, "Persons referred")).isEqualTo(21);
            assertThat(wb.getSheet("Flagged agencies").getLastRowNum()).isEqualTo(34 + 32 + 3);
        }
    }

    @Test
    void aMalformedCaseExitsThreeAndWritesNothing() throws Exception {
        Path bad = out.resolve("bad.json");
        Files.writeString(bad, "{\"case\": {\"id\": \"x\"}, \"entities\": [{\"id\": \"E1\"}]}");
        Path reports = out.resolve("reports");

        Result r = run("audit", bad.toString(), "--out", reports.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.stderr()).contains(bad + ":1:36: entities[0].name: required field is missing");
        assertThat(r.stderr()).doesNotContain("Exception");
        assertThat(Files.exists(reports)).isFalse();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("bad.json");
        }
    }

    private static double value(Row header, Row row, String column) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (column.equals(header.getCell(i).getStringCellValue())) {
                return row.getCell(i).getNumericCellValue();
            }
        }
        throw new AssertionError("no column " + column);
    }
}

package io.miningaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built jar recording into one ledger from several processes at once, and killed while it records: on a SQLite
 * file and on the embedded PostgreSQL server.
 */
class LedgerProcessesIT {
    private static final Path JAR = Path.of("target", "mining-audit.jar");
    private static final String ZHEJIANG = "examples/zhejiang-2021.json";

    @TempDir
    Path dir;

    /** The ledger: a SQLite file, or a new database of the embedded PostgreSQL server. */
    private String target;

    private void on(String database) throws Exception {
        target = database.equals("SQLite") ? dir.resolve("ledger.db").toString()
                : io.miningaudit.ledger.EmbeddedServer.newDatabaseUrl();
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log-" + System.nanoTime() + ".txt").toFile());
        builder.environment().put("MINING_AUDIT_RULE_CACHE", Path.of("target", "rule-cache").toAbsolutePath()
                .toString());
        return builder.start();
    }

    private static int exit(Process p) throws InterruptedException {
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return p.exitValue();
    }

    private String check() throws Exception {
        Path out = dir.resolve("check.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "ledger", "check", "--ledger", target)
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        exit(p);
        return Files.readString(out);
    }

    private Process audit(String out, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("audit", ZHEJIANG, "--out", dir.resolve(out).toString(),
                "--ledger", target));
        args.addAll(List.of(more));
        return start(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SQLite", "PostgreSQL"})
    void twoProcessesRecordingAtOnceLoseNothingAndTheSameAuditTwiceIsRecordedOnce(String database) throws Exception {
        on(database);
        // Two cases at once (the order of two audits of one case is the as-of order, so that a later one may not
        // be recorded first): both are recorded, whole.
        Process zhejiang = audit("zhejiang");
        Process hainan = start("audit", "examples/hainan-2021.json", "--out", dir.resolve("hainan").toString(),
                "--ledger", target);
        assertThat(exit(zhejiang)).isEqualTo(0);
        assertThat(exit(hainan)).isEqualTo(0);
        assertThat(check()).contains("ledger schema version 1; 2 audits, 229 findings, 0 data issues");

        Process first = audit("june-a", "--as-of", "2022-06-30");
        Process second = audit("june-b", "--as-of", "2022-06-30");
        List<Integer> codes = List.of(exit(first), exit(second));
        assertThat(codes).containsExactlyInAnyOrder(0, 6);
        assertThat(check()).contains("3 audits, 449 findings");
        Path refused = dir.resolve(codes.get(0) == 6 ? "june-a" : "june-b");
        assertThat(!Files.exists(refused) || isEmpty(refused)).as("the refused one wrote no report").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SQLite", "PostgreSQL"})
    void aProcessKilledWhileItRecordsLeavesTheLedgerAsItWas(String database) throws Exception {
        on(database);
        assertThat(exit(audit("december"))).isEqualTo(0);
        Path out = dir.resolve("march");
        Process march = audit("march", "--as-of", "2022-03-31");
        // The report is written inside the ledger's transaction: once its temporary file is there, the audit is
        // being recorded, not yet committed.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (march.isAlive() && !partial(out) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(march.isAlive()).as("the audit was still recording when it was killed").isTrue();
        march.destroyForcibly();
        exit(march);

        assertThat(check()).contains("1 audits, 220 findings");
        assertThat(exit(audit("march-again", "--as-of", "2022-03-31"))).isEqualTo(0);
        assertThat(check()).contains("2 audits, 440 findings");
    }

    private static boolean partial(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return false;
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".partial"));
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }
}

package io.miningaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The job's command line: bad usage is exit 2 with the reason, before Spark starts. */
class SparkAuditCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = SparkAuditCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return new Run(cl.execute(args), err.toString());
    }

    @Test
    void aMissingCaseFileOrRulesFolderOrAPartSizeBelowOneIsBadUsage() {
        assertThat(run("audit", dir.resolve("none.json").toString())).isEqualTo(new Run(2, "error: "
                + dir.resolve("none.json") + ": no such case file\n"));
        assertThat(run("audit", "examples/hainan-2021.json", "--rules", dir.resolve("nowhere").toString()).err())
                .isEqualTo("error: --rules " + dir.resolve("nowhere") + ": no such folder\n");
        assertThat(run("audit", "examples/hainan-2021.json", "--part-size", "0").code()).isEqualTo(2);
        assertThat(run("audit", "examples/hainan-2021.json", "--nope").code()).isEqualTo(2);
    }

    @Test
    void nearMissTheHelpIsExitZero() {
        assertThat(run("audit", "--help").code()).isZero();
    }
}

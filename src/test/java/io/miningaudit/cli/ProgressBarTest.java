package io.miningaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress bar redraws one line on a terminal and says nothing elsewhere. */
class ProgressBarTest {

    @Test
    void onATerminalItRedrawsOneLineAndClearsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

        bar.stage("reading case.json");
        bar.partsDone(1, 3);
        bar.done();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\r\033[Kreading case.json"
                + "\r\033[Kauditing [##########....................] 1/3 parts" + "\r\033[K");
    }

    @Test
    void itCountsRecordsReadAndRowsWritten() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

        bar.recordsRead(3_050_000);
        bar.rowsWritten(420_000);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\r\033[Kreading: 3,050,000 records"
                + "\r\033[Kwriting the report: 420,000 rows");
    }

    @Test
    void offATerminalItIsSilent() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

        bar.stage("reading case.json");
        bar.partsDone(3, 3);
        bar.done();

        assertThat(bytes.size()).isZero();
    }
}

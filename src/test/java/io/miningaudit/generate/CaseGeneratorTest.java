package io.miningaudit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.cli.MiningAudit;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.fixtures.ShippedRules;
import io.miningaudit.intake.CaseReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator: the same seed gives the same case, valid in every form, with every kind of fact. */
class CaseGeneratorTest {
    private static final CaseGenerator.Size SIZE = new CaseGenerator.Size(200, 30, 20, 7, LocalDate.of(2022, 6, 30));

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameCaseWithEveryKindOfFact() {
        CaseFile one = CaseGenerator.generate(SIZE);

        assertThat(CaseGenerator.generate(SIZE)).isEqualTo(one);
        assertThat(one.getIpDetections()).hasSize(600);
        assertThat(one.getIpDetections()).anyMatch(d -> d.getEntityId() == null).anyMatch(IpDetection::isAttributed);
        assertThat(one.getEntities()).extracting(e -> e.getKind()).containsAll(Arrays.asList(EntityKind.values()));
        assertThat(one.getInspections()).anyMatch(i -> i.isDeliberate()).anyMatch(i -> i.isPassive())
                .anyMatch(i -> !i.isConfirmed());
        assertThat(one.getMachines()).isNotEmpty();
        assertThat(one.getConsumption()).isNotEmpty();
        assertThat(CaseGenerator.generate(new CaseGenerator.Size(200, 30, 20, 8, SIZE.asOf()))).isNotEqualTo(one);
    }

    @Test
    void everyFormWrittenByTheCommandReadsBackToTheSameFactsAndFindings() throws Exception {
        CaseFile expected = CaseGenerator.generate(SIZE);
        var audited = ShippedRules.audit(expected).findings();
        assertThat(audited).as("a comparison of no findings would prove nothing").hasSizeGreaterThan(100);
        for (String form : new String[] {"json", "yaml", "xlsx", "csv"}) {
            Path out = dir.resolve("case." + form);
            int code = MiningAudit.commandLine(Clock.systemUTC()).execute("generate", "--entities", "200",
                    "--detections-per-day", "30", "--days", "20", "--seed", "7", "--as-of", "2022-06-30",
                    "--form", form, "--out", out.toString());
            assertThat(code).isEqualTo(0);

            CaseFile read = new CaseReader(Clock.systemUTC()).read(out, null);

            assertThat(read).as(form).isEqualTo(expected);
            assertThat(ShippedRules.audit(read).findings()).as(form).isEqualTo(audited);
        }
    }
}

package io.miningaudit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Counts;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.fixtures.ShippedRules;
import io.miningaudit.intake.CaseReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The committed example is what the seeded generator makes, and its audit shows the published figures. */
class ZhejiangExampleTest {
    private static final Path EXAMPLE = Path.of("examples", "zhejiang-2021.json");

    @Test
    void theCommittedExampleIsExactlyWhatTheGeneratorMakes() throws Exception {
        String generated = CaseFileWriter.toJson(new ZhejiangExample().build());

        assertThat(Files.readString(EXAMPLE))
                .as("examples/zhejiang-2021.json differs from the generator's output: remake it with "
                        + "java -cp target/mining-audit.jar io.miningaudit.generate.ZhejiangExample")
                .isEqualTo(generated);
    }

    @Test
    void theExampleReadsBackAndAuditsToTheFiguresOfTheCcdiReport() throws Exception {
        CaseFile facts = new CaseReader(Clock.systemUTC()).read(EXAMPLE, null);
        assertThat(facts.getIpDetections().stream().map(IpDetection::getCoin).filter(Objects::nonNull).distinct())
                .hasSize(12);
        assertThat(facts.getPersons()).hasSize(48);

        AuditResult result = ShippedRules.audit(facts);
        Counts total = result.summary().total();

        assertThat(total.ipsDetected()).isEqualTo(4699);
        assertThat(total.ipsAttributed()).isEqualTo(183);
        assertThat(total.entitiesDetected()).isEqualTo(78);
        assertThat(total.publicUnitsDetected()).isEqualTo(78);
        assertThat(total.inspections()).isEqualTo(78);
        assertThat(total.deliberateCases()).isEqualTo(34);
        assertThat(total.passiveCases()).isEqualTo(32);
        assertThat(total.publicUnitsDeliberate()).isEqualTo(34);
        assertThat(total.machinesConfiscated()).isEqualByComparingTo("68");
        assertThat(total.personsReferred()).isEqualTo(21);
        assertThat(facts.getInspections().stream().filter(i -> "joint inspection team".equals(i.getTeam())))
                .hasSize(20);
        assertThat(facts.getInspections().stream()
                .filter(i -> "joint inspection team".equals(i.getTeam()) && i.isDeliberate())).hasSize(14);
        assertThat(result.summary().byProvince()).containsOnlyKeys(io.miningaudit.facts.Province.Zhejiang);
    }
}

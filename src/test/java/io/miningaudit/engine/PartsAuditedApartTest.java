package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.fixtures.ShippedRules;
import io.miningaudit.generate.CaseGenerator;
import io.miningaudit.intake.CaseReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The parts of a case audited apart, each result sent as bytes (as a part audited on another machine comes back), and
 * combined give exactly what one audit gives.
 */
class PartsAuditedApartTest {
    private static Auditor.PartResult sentAndBack(Auditor.PartResult result) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(result);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Auditor.PartResult) in.readObject();
        }
    }

    private static void assertSameAudit(CaseFile facts, int leastParts) throws Exception {
        AuditResult one = new Auditor(ShippedRules.ruleBase()).audit(facts);
        Auditor auditor = new Auditor(ShippedRules.ruleBase(), 7, 1);
        List<Auditor.PartResult> results = new ArrayList<>();
        for (Supplier<CaseFile> part : auditor.parts(facts)) {
            results.add(sentAndBack(auditor.auditPart(part.get())));
        }
        AuditResult apart = auditor.combine(facts, results);

        assertThat(results).hasSizeGreaterThanOrEqualTo(leastParts);
        assertThat(one.findings()).as("a comparison of no findings would prove nothing").isNotEmpty();
        assertThat(apart.findings()).isEqualTo(one.findings());
        assertThat(apart.findings()).extracting(f -> f.getExplained())
                .isEqualTo(one.findings().stream().map(f -> f.getExplained()).toList());
        assertThat(apart.surchargeLines()).isEqualTo(one.surchargeLines());
        assertThat(apart.backPaymentRuns()).isEqualTo(one.backPaymentRuns());
        assertThat(apart.dataIssues()).isEqualTo(one.dataIssues());
        assertThat(apart.leads()).isEqualTo(one.leads());
        assertThat(apart.loadLeads()).isEqualTo(one.loadLeads());
        assertThat(apart.summary()).isEqualTo(one.summary());
        assertThat(apart.findingsByRule()).isEqualTo(one.findingsByRule());
        assertThat(apart.findingsByParameter()).isEqualTo(one.findingsByParameter());
    }

    @Test
    void theExamplesAuditedInPartsSentAsBytesGiveTheOneAudit() throws Exception {
        for (String example : List.of("hainan-2021.json", "inner-mongolia-2022.json", "jiangsu-readings",
                "zhejiang-2021.json")) {
            CaseFile facts = new CaseReader(Clock.systemUTC()).read(Path.of("examples", example), null);
            assertSameAudit(facts, Math.min(2, (facts.getEntities().size() + 6) / 7));
        }
    }

    @Test
    void aGeneratedCaseWithReadingsAuditedInPartsGivesTheOneAudit() throws Exception {
        CaseFile facts = CaseGenerator.generate(new CaseGenerator.Size(300, 40, 20, 11, LocalDate.of(2022, 6, 30)),
                120).facts();

        assertThat(new Auditor(ShippedRules.ruleBase()).audit(facts).loadLeads()).isNotEmpty();
        assertSameAudit(facts, 30);
    }
}

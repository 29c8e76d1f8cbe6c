package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.CaseInfo;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Province;
import io.miningaudit.facts.SubjectType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A diff of two audits of one case, from hand-made results: a finding whose period alone changed, one added, one
 * removed, one unchanged; the totals by rule, province and account, and the headline.
 */
class AuditDiffTest {
    private static final CaseFile CASE = CaseFile.builder()
            .caseInfo(CaseInfo.builder().id("c").asOf(LocalDate.of(2022, 6, 30)).build())
            .entity(Entity.builder().id("E1").name("One").kind(EntityKind.PRIVATE_ENTERPRISE).province(Province.Hainan)
                    .build())
            .entity(Entity.builder().id("E2").name("Two").kind(EntityKind.PRIVATE_ENTERPRISE).province(Province.Sichuan)
                    .build())
            .build();

    private static Finding finding(String id, String ruleId, Measure measure, SubjectType type, String subject,
                                   String entity, String amount, String to) {
        return Finding.builder().id(id).ruleId(ruleId).ruleName(ruleId).measure(measure).subjectType(type)
                .subjectId(subject).entityId(entity).amountCny(amount == null ? null : new BigDecimal(amount))
                .periodFrom(LocalDate.of(2022, 1, 1)).periodTo(LocalDate.parse(to)).basis("b").explanation("e")
                .build();
    }

    private static AuditResult result(Finding... findings) {
        return new AuditResult(CASE, List.of(findings), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of(),
                Map.of(), List.of(), Map.of(), null);
    }

    @Test
    void findingsAreMatchedByIdAndEveryKindOfChangeIsCounted() {
        Finding surchargeBefore = finding("S/A1", "HAINAN-2021", Measure.PUNITIVE_SURCHARGE, SubjectType.ACCOUNT, "A1",
                "E1", "100.00", "2022-03-31");
        // Same amount, one month longer: a change of period alone is a change.
        Finding surchargeAfter = finding("S/A1", "HAINAN-2021", Measure.PUNITIVE_SURCHARGE, SubjectType.ACCOUNT, "A1",
                "E1", "100.00", "2022-04-30");
        Finding unchanged = finding("Q/E1", "ECL-EQUIPMENT", Measure.EQUIPMENT_CONFISCATION, SubjectType.ENTITY, "E1",
                "E1", null, "2022-06-30");
        Finding removed = finding("B/A2", "SUPPLY-RULES-100", Measure.BACK_PAYMENT, SubjectType.ACCOUNT, "A2", "E2",
                "40.50", "2022-06-30");
        Finding added = finding("S/A2", "SICHUAN-2022-186", Measure.PUNITIVE_SURCHARGE, SubjectType.ACCOUNT, "A2",
                "E2", "12.25", "2022-06-30");

        AuditDiff diff = AuditDiff.between(result(surchargeBefore, unchanged, removed),
                result(surchargeAfter, unchanged, added));

        assertThat(diff.changes()).extracting(c -> c.kind() + " " + c.either().getId() + " " + c.amountDelta())
                .containsExactly("CHANGED S/A1 0.00", "REMOVED B/A2 -40.50", "ADDED S/A2 12.25");
        assertThat(diff.byRule()).extracting(t -> t.key() + " " + t.findingsBefore() + "→" + t.findingsAfter() + " "
                + t.amountBefore() + "→" + t.amountAfter()).containsExactly(
                "ECL-EQUIPMENT 1→1 0.00→0.00", "HAINAN-2021 1→1 100.00→100.00",
                "SICHUAN-2022-186 0→1 0.00→12.25", "SUPPLY-RULES-100 1→0 40.50→0.00");
        assertThat(diff.byProvince()).extracting(t -> t.key() + " " + t.findingsDelta() + " " + t.amountDelta())
                .containsExactly("Hainan 0 0.00", "Sichuan 0 -28.25");
        assertThat(diff.byAccount()).extracting(t -> t.key() + " " + t.amountBefore() + "→" + t.amountAfter())
                .containsExactly("A1 100.00→100.00", "A2 40.50→12.25");
        assertThat(diff.headline()).isEqualTo(
                "+0 findings (1 added, 1 removed, 1 changed); surcharges +12.25 CNY; all amounts -28.25 CNY");
    }

    @Test
    void twoAuditsWithNoFindingsDifferInNothing() {
        AuditDiff diff = AuditDiff.between(result(), result());

        assertThat(diff.changes()).isEmpty();
        assertThat(diff.overall()).isEqualTo(new AuditDiff.Total("Total", 0, 0, new BigDecimal("0.00"),
                new BigDecimal("0.00")));
        assertThat(diff.headline()).isEqualTo(
                "+0 findings (0 added, 0 removed, 0 changed); surcharges +0.00 CNY; all amounts +0.00 CNY");
    }
}

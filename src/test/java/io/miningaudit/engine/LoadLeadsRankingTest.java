package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.CaseInfo;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.EntityKind;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.LoadProfile;
import io.miningaudit.facts.LoadSignal;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Province;
import io.miningaudit.facts.SubjectType;
import io.miningaudit.facts.TariffCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A load-profile lead is an inspection lead about an account that the rule inserted a profile for: ranked with it and
 * counted on the Summary; a lead about an account that another rule made, without a profile, is neither.
 */
class LoadLeadsRankingTest {
    private static final LocalDate DAY = LocalDate.of(2021, 10, 31);

    private static Account account(String id, TariffCategory category) {
        return Account.builder().id(id).entityId("E1").province(Province.Jiangsu).category(category)
                .billedRateCnyPerKwh(new BigDecimal("0.5")).build();
    }

    private static Finding lead(String account) {
        return Finding.builder().id("R/" + account).ruleId("R").ruleName("R").measure(Measure.INSPECTION_LEAD)
                .subjectType(SubjectType.ACCOUNT).subjectId(account).entityId("E1").basis("b").explanation("e")
                .build();
    }

    private static LoadProfile profile(Account a, String mean) {
        return new LoadProfile(a, DAY.minusDays(89), DAY, 90, DAY.minusDays(89), DAY, new BigDecimal(mean),
                new BigDecimal("0.02"), BigDecimal.ONE, DAY.minusDays(75), LoadSignal.FLAT);
    }

    @Test
    void onlyLeadsWithAProfileAreRankedAndCountedCheapTariffsFirst() {
        Account shop = account("A-SHOP", TariffCategory.GENERAL_INDUSTRIAL_COMMERCIAL);
        Account home = account("A-HOME", TariffCategory.RESIDENTIAL);
        List<Finding> findings = List.of(lead("A-HOME"), lead("A-OTHER"), lead("A-SHOP"));

        List<LoadLead> ranked = Auditor.rankLoadLeads(findings, List.of(profile(shop, "900"), profile(home, "40")),
                List.of());

        assertThat(ranked).extracting(LoadLead::priority, LoadLead::accountId)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1, "A-HOME"),
                        org.assertj.core.api.Assertions.tuple(2, "A-SHOP"));

        CaseFile facts = CaseFile.builder().caseInfo(CaseInfo.builder().id("C").asOf(DAY).build())
                .entity(Entity.builder().id("E1").name("x").kind(EntityKind.INDIVIDUAL).province(Province.Jiangsu)
                        .build())
                .build();
        Summary summary = new SummaryCalculator(facts).compute(findings, List.of(),
                Set.of("R/A-HOME", "R/A-SHOP"));
        assertThat(summary.total().loadProfileLeads()).isEqualTo(2);
        assertThat(summary.byProvince().get(Province.Jiangsu).loadProfileLeads()).isEqualTo(2);
    }
}

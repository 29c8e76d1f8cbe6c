package io.miningaudit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.SurchargeLine;
import io.miningaudit.fixtures.ShippedRules;
import io.miningaudit.intake.CaseReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The amounts the README checks by hand from the workbooks of the two electricity examples. */
class ElectricityExamplesTest {

    private static AuditResult audit(String example) throws Exception {
        return ShippedRules.audit(new CaseReader(Clock.systemUTC()).read(Path.of("examples", example), null));
    }

    private static BigDecimal amount(AuditResult result, String findingId) {
        return result.findings().stream().filter(f -> f.getId().equals(findingId)).map(Finding::getAmountCny)
                .findFirst().orElseThrow(() -> new AssertionError("no finding " + findingId));
    }

    @Test
    void haikouSurchargeLinesSplitAtTheFirstOfDecember() throws Exception {
        AuditResult result = audit("hainan-2021.json");

        assertThat(result.surchargeLines())
                .extracting(l -> l.getFirstDay().toString(), l -> l.getLastDay().toString(), SurchargeLine::getKwh,
                        SurchargeLine::getRateCnyPerKwh, SurchargeLine::getAmountCny, SurchargeLine::getRuleId)
                .containsExactly(
                        tuple("2021-11-06", "2021-11-15", new BigDecimal("2112.903"), new BigDecimal("0.30"),
                                new BigDecimal("633.87"), "NDRC-1283-13"),
                        tuple("2021-11-16", "2021-11-30", new BigDecimal("9510.000"), new BigDecimal("0.30"),
                                new BigDecimal("2853.00"), "NDRC-1283-13"),
                        tuple("2021-12-01", "2021-12-15", new BigDecimal("9510.000"), new BigDecimal("0.80"),
                                new BigDecimal("7608.00"), "HAINAN-2021"),
                        tuple("2021-12-16", "2022-01-15", new BigDecimal("19654.000"), new BigDecimal("0.80"),
                                new BigDecimal("15723.20"), "HAINAN-2021"),
                        tuple("2022-01-16", "2022-01-20", new BigDecimal("3170.000"), new BigDecimal("0.80"),
                                new BigDecimal("2536.00"), "HAINAN-2021"));
        assertThat(amount(result, "NDRC-1283-13/0898-1002345")).isEqualTo(new BigDecimal("3486.87"));
        assertThat(amount(result, "HAINAN-2021/0898-1002345")).isEqualTo(new BigDecimal("25867.20"));
    }

    @Test
    void haikouBackPaymentAndPenaltyFollowTheCatalogueDayByDay() throws Exception {
        AuditResult result = audit("hainan-2021.json");

        assertThat(amount(result, "SUPPLY-RULES-100/0898-1002345/BACK_PAYMENT")).isEqualTo(new BigDecimal("6035.96"));
        assertThat(amount(result, "SUPPLY-RULES-100/0898-1002345/LIQUIDATED_PENALTY"))
                .isEqualTo(new BigDecimal("12071.92"));
        assertThat(result.findings()).extracting(Finding::getRuleId, Finding::getMeasure)
                .contains(tuple("HAINAN-2021-MARKET", Measure.MARKET_EXIT_ORDER),
                        tuple("NDRC-1283-11", Measure.SHUTDOWN_ORDER));
        assertThat(result.dataIssues()).isEmpty();
    }

    @Test
    void ordosSurchargeStartsWithTheNoticeAndRisesWithTheProvince() throws Exception {
        AuditResult result = audit("inner-mongolia-2022.json");

        assertThat(result.surchargeLines()).first().satisfies(l -> {
            assertThat(l.getFirstDay()).isEqualTo(LocalDate.of(2021, 9, 24));
            assertThat(l.getAmountCny()).isEqualTo(new BigDecimal("4326.00"));
        });
        assertThat(amount(result, "NDRC-1283-13/0477-8800123")).isEqualTo(new BigDecimal("72924.00"));
        assertThat(amount(result, "INNER-MONGOLIA-2022-115/0477-8800123")).isEqualTo(new BigDecimal("146260.00"));
        assertThat(result.findings()).extracting(Finding::getRuleId).contains("NDRC-1283-8", "NDRC-1283-14",
                "NDRC-1283-17", "ECL-EQUIPMENT", "ENF-PERSON-REFERRAL");
        assertThat(result.findings().stream().filter(f -> f.getMeasure() == Measure.PREFERENCE_REVOKED)).hasSize(3);
        assertThat(result.summary().total().surchargeCny()).isEqualTo(new BigDecimal("219184.00"));
    }
}

package io.miningaudit.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void roundsOnceHalfUpToTheCent() {
        assertThat(Money.cny(new BigDecimal("12345.675"))).isEqualTo(new BigDecimal("12345.68"));
        assertThat(Money.cny(new BigDecimal("80000"))).isEqualTo(new BigDecimal("80000.00"));
        assertThat(Money.cny(new BigDecimal("0.0049999"))).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aFractionOfACentBelowTheHalfIsNothingAndTheHalfIsACent() {
        assertThat(Money.cny(new BigDecimal("0.004")).signum()).isZero();
        assertThat(Money.cny(new BigDecimal("0.005"))).isEqualTo(new BigDecimal("0.01"));
    }
}

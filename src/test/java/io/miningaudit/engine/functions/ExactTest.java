package io.miningaudit.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExactTest {

    @Test
    void oneDayOfAHundredKwhOverThreeDaysStaysExactUntilRounded() {
        Exact day = Exact.proportion(new BigDecimal("100"), 1, 3);

        assertThat(day.toString()).isEqualTo("100/3");
        assertThat(day.times(3)).isEqualTo(Exact.of(100));
        assertThat(day.toKwh()).isEqualTo(new BigDecimal("33.333"));
        assertThat(day.toCny()).isEqualTo(new BigDecimal("33.33"));
    }

    @Test
    void roundingHappensOnceAtTheEndNotOnEachPart() {
        // 2/3 + 2/3 + 2/3 = 2 exactly; rounding each part first would give 0.67 × 3 = 2.01.
        Exact twoThirds = Exact.of(2).dividedBy(3);
        Exact sum = twoThirds.plus(twoThirds).plus(twoThirds);

        assertThat(sum).isEqualTo(Exact.of(2));
        assertThat(sum.toCny()).isEqualTo(new BigDecimal("2.00"));
        assertThat(twoThirds.toCny()).isEqualTo(new BigDecimal("0.67"));
    }

    @Test
    void sumOfThirdsIsExactlyOne() {
        Exact third = Exact.of(1).dividedBy(3);

        Exact sum = third.plus(third).plus(third);

        assertThat(sum).isEqualTo(Exact.of(1));
        assertThat(sum.compareTo(Exact.of(1))).isZero();
        assertThat(sum.toString()).isEqualTo("1");
        assertThat(Exact.of(1).minus(third).minus(third).minus(third)).isEqualTo(Exact.ZERO);
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        assertThat(Exact.of(new BigDecimal("0.005")).round(2)).isEqualTo(new BigDecimal("0.01"));
        assertThat(Exact.of(new BigDecimal("0.004999")).round(2)).isEqualTo(new BigDecimal("0.00"));
        assertThat(Exact.of(new BigDecimal("2.675")).toCny()).isEqualTo(new BigDecimal("2.68"));
        assertThat(Exact.of(new BigDecimal("2.665")).toCny()).isEqualTo(new BigDecimal("2.67"));
        // 1/200 = 0.005 exactly: half-up.
        assertThat(Exact.of(1).dividedBy(200).toCny()).isEqualTo(new BigDecimal("0.01"));
        // 1/201 = 0.004975...: down.
        assertThat(Exact.of(1).dividedBy(201).toCny()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void roundedAmountsCarryTheirScale() {
        assertThat(Exact.of(100).toCny()).isEqualTo(new BigDecimal("100.00"));
        assertThat(Exact.of(100).toCny().scale()).isEqualTo(2);
        assertThat(Exact.of(100).toKwh()).isEqualTo(new BigDecimal("100.000"));
    }

    @Test
    void toKwhRoundsHalfUpToThreeDecimals() {
        assertThat(Exact.of(2).dividedBy(3).toKwh()).isEqualTo(new BigDecimal("0.667"));
        assertThat(Exact.of(new BigDecimal("1.2345")).toKwh()).isEqualTo(new BigDecimal("1.235"));
        assertThat(Exact.of(new BigDecimal("1.23449")).toKwh()).isEqualTo(new BigDecimal("1.234"));
        assertThat(Exact.of(1000).dividedBy(7).toKwh()).isEqualTo(new BigDecimal("142.857"));
    }

    @Test
    void equalsAndCompareToAfterNormalisation() {
        Exact a = Exact.of(new BigDecimal("1.50"));
        Exact b = Exact.of(new BigDecimal("1.5"));
        Exact c = Exact.of(3).dividedBy(2);
        Exact d = Exact.of(6).dividedBy(4);

        assertThat(a).isEqualTo(b).isEqualTo(c).isEqualTo(d);
        assertThat(a.hashCode()).isEqualTo(c.hashCode());
        assertThat(a.compareTo(c)).isZero();
        assertThat(a.toString()).isEqualTo("3/2");
        assertThat(a).isNotEqualTo(Exact.of(new BigDecimal("1.51")));
    }

    @Test
    void compareToOrdersByValue() {
        Exact third = Exact.of(1).dividedBy(3);

        assertThat(third.compareTo(Exact.of(new BigDecimal("0.34")))).isNegative();
        assertThat(third.compareTo(Exact.of(new BigDecimal("0.333")))).isPositive();
        assertThat(third.negate().compareTo(Exact.ZERO)).isNegative();
        assertThat(Exact.of(-1).dividedBy(3)).isEqualTo(third.negate());
        assertThat(Exact.of(1).dividedBy(-3)).isEqualTo(third.negate());
        assertThat(Exact.of(1).dividedBy(-3).toString()).isEqualTo("-1/3");
    }

    @Test
    void signum() {
        assertThat(Exact.ZERO.signum()).isZero();
        assertThat(Exact.of(1).dividedBy(3).signum()).isEqualTo(1);
        assertThat(Exact.of(1).dividedBy(-3).signum()).isEqualTo(-1);
    }

    @Test
    void timesDecimalAndInteger() {
        Exact kwh = Exact.proportion(new BigDecimal("310"), 10, 31);

        assertThat(kwh).isEqualTo(Exact.of(100));
        assertThat(kwh.times(new BigDecimal("0.30")).toCny()).isEqualTo(new BigDecimal("30.00"));
        assertThat(Exact.of(100).dividedBy(3).times(new BigDecimal("0.30"))).isEqualTo(Exact.of(10));
        assertThat(Exact.of(1).dividedBy(3).times(Exact.of(3).dividedBy(2))).isEqualTo(Exact.of(1).dividedBy(2));
    }

    @Test
    void decimalsWithNegativeScale() {
        assertThat(Exact.of(new BigDecimal("1E+2"))).isEqualTo(Exact.of(100));
    }

    @Test
    void divisionByZeroFails() {
        assertThatThrownBy(() -> Exact.of(1).dividedBy(0)).isInstanceOf(ArithmeticException.class);
    }
}

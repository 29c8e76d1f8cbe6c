package io.miningaudit.engine.functions;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as RULES.md emits it: rounded once, to 0.01 CNY half-up. A finding whose amount must be positive is emitted
 * only when the rounded amount is: a gain of 0.004 CNY rounds to 0.00 and confiscates nothing.
 */
public final class Money {
    private Money() {
    }

    /** {@code value} rounded half-up to 0.01 CNY. */
    public static BigDecimal cny(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}

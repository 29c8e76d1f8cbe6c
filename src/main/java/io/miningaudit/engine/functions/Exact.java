package io.miningaudit.engine.functions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number. Pro-rated kWh is a cycle's kWh times days inside over days in the cycle, which a
 * decimal cannot always hold (100 kWh over 3 days); this keeps it exact until the one rounding a rule emits.
 */
public final class Exact implements Comparable<Exact>, java.io.Serializable {
    public static final Exact ZERO = new Exact(BigInteger.ZERO, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Exact(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Exact of(BigDecimal value) {
        if (value.scale() <= 0) {
            return new Exact(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return new Exact(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    public static Exact of(long value) {
        return new Exact(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** {@code value × part ÷ whole}, exactly. */
    public static Exact proportion(BigDecimal value, long part, long whole) {
        return of(value).times(part).dividedBy(whole);
    }

    public Exact plus(Exact other) {
        return new Exact(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Exact minus(Exact other) {
        return plus(other.negate());
    }

    public Exact negate() {
        return new Exact(numerator.negate(), denominator);
    }

    public Exact times(Exact other) {
        return new Exact(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Exact times(BigDecimal factor) {
        return times(of(factor));
    }

    public Exact times(long factor) {
        return new Exact(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    public Exact dividedBy(long divisor) {
        return new Exact(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    public int signum() {
        return numerator.signum();
    }

    /** Rounded half-up to {@code scale} decimals: the one rounding of an emitted amount or quantity. */
    public BigDecimal round(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    /** Money: rounded half-up to 0.01 CNY. */
    public BigDecimal toCny() {
        return round(2);
    }

    /** kWh as shown: rounded half-up to 3 decimals. */
    public BigDecimal toKwh() {
        return round(3);
    }

    @Override
    public int compareTo(Exact o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Exact e && numerator.equals(e.numerator) && denominator.equals(e.denominator);
    }

    @Override
    public int hashCode() {
        return numerator.hashCode() * 31 + denominator.hashCode();
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}

package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.NonNull;
import lombok.Value;

/**
 * A named policy parameter from the parameter spreadsheet under {@code rules/}: rules match it by name and
 * read it through the typed accessor that fits. The rule base checks every parameter it needs once, when it
 * compiles, so the accessors do not fail during an audit.
 */
@Value
public class Parameter {
    @NonNull String name;
    @NonNull String value;

    /** Starts a parameter in a decision-table row: {@code Parameter.named("x").value("3")}. */
    public static Named named(String name) {
        return new Named(name.trim());
    }

    public int getIntValue() {
        return Integer.parseInt(value.trim());
    }

    public LocalDate getDateValue() {
        return ExcelDates.parse(value);
    }

    public BigDecimal getDecimalValue() {
        return new BigDecimal(value.trim());
    }

    public boolean getFlag() {
        String v = value.trim();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("not true or false: " + value);
    }

    /** The first half of a parameter, as a decision-table row builds it. */
    public record Named(String name) {
        public Parameter value(String value) {
            return new Parameter(name, value == null ? "" : value.trim());
        }
    }
}

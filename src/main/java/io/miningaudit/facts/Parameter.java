package io.miningaudit.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.NonNull;
import lombok.Value;

/**
 * A named policy parameter from the parameter spreadsheet under {@code rules/}: rules match it by name and
 * read it through the typed accessor that fits. The rule base checks every parameter it needs once, when it
 * compiles, so during an audit the accessors give the value.
 */
@Value
public class Parameter {
    @NonNull String name;
    @NonNull String value;

    /** Starts a parameter in a decision-table row: {@code Parameter.named("x").value("3")}. */
    public static Named named(String name) {
        return new Named(name.trim());
    }

    // Each typed view is null when the value is not of its type, never an exception: a rule's condition such as
    // 'flag == true' is evaluated on every parameter the tables insert, also on an ill-typed one while the rule base
    // checks its tables (ParameterSpec reports it by its cell), and a rule base with one never audits a case.

    /** The value as a whole number, or null. */
    public Integer getIntValue() {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value as a date (ISO, or an Excel serial number), or null. */
    public LocalDate getDateValue() {
        try {
            return ExcelDates.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The value as a decimal number, or null. */
    public BigDecimal getDecimalValue() {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value as true or false (in any case), or null. */
    public Boolean getFlag() {
        String v = value.trim();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        return null;
    }

    /** The first half of a parameter, as a decision-table row builds it. */
    public record Named(String name) {
        public Parameter value(String value) {
            return new Parameter(name, value == null ? "" : value.trim());
        }
    }
}

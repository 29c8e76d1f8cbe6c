package io.miningaudit.engine;

import io.miningaudit.facts.Parameter;
import java.math.BigDecimal;
import java.util.List;

/** A parameter the shipped rules read, with the type its value must have. */
public record ParameterSpec(String name, Kind kind, String meaning) {

    public enum Kind { WHOLE_NUMBER, DATE, DECIMAL, FLAG }

    /** The parameters the shipped rules need; the rule base refuses to run without each, well typed. */
    public static final List<ParameterSpec> REQUIRED = List.of(
            new ParameterSpec("presumedDurationMonths", Kind.WHOLE_NUMBER,
                    "calendar months of mining presumed, back from the inspection or the earlier end of mining, when"
                            + " the start is not established"),
            new ParameterSpec("newProjectCutoff", Kind.DATE,
                    "a deliberate case whose window starts on or after this day is a new project"),
            new ParameterSpec("remediationDays", Kind.WHOLE_NUMBER,
                    "days after the inspection by which a trojan-infected unit must be cleaned"),
            new ParameterSpec("passiveCasesPaySurcharge", Kind.FLAG,
                    "whether accounts of trojan-infected cases pay the punitive surcharge"),
            new ParameterSpec("penaltyMultiple", Kind.DECIMAL,
                    "the liquidated penalty as a multiple of the rounded back-payment"),
            new ParameterSpec("screeningDays", Kind.WHOLE_NUMBER,
                    "days of daily readings screened, ending on the as-of date"),
            new ParameterSpec("minReadingDays", Kind.WHOLE_NUMBER,
                    "read days an account needs in the screening window to be screened"),
            new ParameterSpec("stepDays", Kind.WHOLE_NUMBER,
                    "read days on each side of a step change"),
            new ParameterSpec("minMeanKwhPerDay", Kind.DECIMAL,
                    "the least mean kWh a day of a load-profile lead"),
            new ParameterSpec("maxVariation", Kind.DECIMAL,
                    "the greatest variation (standard deviation / mean) of a flat load"),
            new ParameterSpec("minStepRatio", Kind.DECIMAL,
                    "the least step change (mean after / mean before) of a jump"));

    /** Why the parameter's value does not fit, or null. */
    public String problem(Parameter parameter) {
        Object typed = switch (kind) {
            case WHOLE_NUMBER -> parameter.getIntValue();
            case DATE -> parameter.getDateValue();
            case DECIMAL -> parameter.getDecimalValue();
            case FLAG -> parameter.getFlag();
        };
        if (typed == null) {
            return "\"" + parameter.getValue() + "\" is not " + switch (kind) {
                case WHOLE_NUMBER -> "a whole number";
                case DATE -> "a date (YYYY-MM-DD)";
                case DECIMAL -> "a decimal number";
                case FLAG -> "true or false";
            };
        }
        boolean negative = typed instanceof Integer i && i < 0 || typed instanceof BigDecimal d && d.signum() < 0;
        return negative ? "must not be negative" : null;
    }
}

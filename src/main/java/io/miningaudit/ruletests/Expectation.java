package io.miningaudit.ruletests;

import io.miningaudit.facts.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding a scenario expects: rule ID, measure and subject always; an amount or quantity when given. A field
 * left out of the expectation is not compared.
 */
public record Expectation(String ruleId, String measure, String subject, BigDecimal amount, BigDecimal quantity,
                          String location) {

    public boolean matches(Finding f) {
        return ruleId.equals(f.getRuleId()) && measure.equals(f.getMeasure().name())
                && subject.equals(f.getSubjectId())
                && (amount == null || (f.getAmountCny() != null && amount.compareTo(f.getAmountCny()) == 0))
                && (quantity == null || (f.getQuantity() != null && quantity.compareTo(f.getQuantity()) == 0));
    }

    /** Same rule, measure and subject: the finding this expectation is about, whatever its amount. */
    public boolean sameSubject(Finding f) {
        return ruleId.equals(f.getRuleId()) && measure.equals(f.getMeasure().name())
                && subject.equals(f.getSubjectId());
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(List.of(ruleId, measure, subject));
        if (amount != null) {
            parts.add("amount " + amount.toPlainString());
        }
        if (quantity != null) {
            parts.add("quantity " + quantity.toPlainString());
        }
        return String.join(" ", parts);
    }

    /** A finding as a scenario would write it. */
    public static String describe(Finding f) {
        List<String> parts = new ArrayList<>(List.of(f.getRuleId(), f.getMeasure().name(), f.getSubjectId()));
        if (f.getAmountCny() != null) {
            parts.add("amount " + f.getAmountCny().toPlainString());
        }
        if (f.getQuantity() != null) {
            parts.add("quantity " + f.getQuantity().toPlainString());
        }
        return String.join(" ", parts);
    }
}

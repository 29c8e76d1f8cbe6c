package io.miningaudit.engine.functions;

import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Severity;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds a data issue in a rule's consequence: what the audit could not compute, and why. Its message is English, for
 * the data team that corrects the case file, in every report language: {@code %s} placeholders filled with the facts'
 * values, dates ISO, decimals plain, collections in natural order.
 */
public final class Issues {
    private Issues() {
    }

    /**
     * A warning that stopped the amounts of {@code measures} at {@code location} (an account, an inspection): the
     * report shows them as not computed rather than as zero.
     */
    public static DataIssue notComputed(RuleContext kcontext, String code, String location, Set<Measure> measures,
                                        String format, Object... args) {
        return new DataIssue(Severity.WARNING, code, location, format(format, args),
                Findings.metadata(kcontext.getRule(), Findings.RULE_ID), measures);
    }

    /** A warning: the affected finding was not computed. */
    public static DataIssue warning(RuleContext kcontext, String code, String location, String format, Object... args) {
        return new DataIssue(Severity.WARNING, code, location, format(format, args),
                Findings.metadata(kcontext.getRule(), Findings.RULE_ID));
    }

    static String format(String format, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = show(args[i]);
        }
        return String.format(java.util.Locale.ROOT, format, shown);
    }

    private static String show(Object value) {
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Exact e) {
            return e.toKwh().toPlainString();
        }
        if (value instanceof java.util.Collection<?> c) {
            return String.join(", ", c.stream().map(Issues::show).sorted(NaturalOrder.INSTANCE).toList());
        }
        return String.valueOf(value);
    }
}

package io.miningaudit.engine.functions;

import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Severity;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/** Builds a data issue in a rule's consequence: what the audit could not compute, and why. */
public final class Issues {
    private Issues() {
    }

    /**
     * A warning that stopped the amounts of {@code measures} at {@code location} (an account, an inspection): the
     * report shows them as not computed rather than as zero.
     */
    public static DataIssue notComputed(RuleContext kcontext, String code, String location, Set<Measure> measures,
                                        String format, Object... args) {
        return new DataIssue(Severity.WARNING, code, location, Findings.Text.format(format, args),
                Findings.metadata(kcontext.getRule(), Findings.RULE_ID), measures);
    }

    /** A warning: the affected finding was not computed. */
    public static DataIssue warning(RuleContext kcontext, String code, String location, String format, Object... args) {
        return new DataIssue(Severity.WARNING, code, location, Findings.Text.format(format, args),
                Findings.metadata(kcontext.getRule(), Findings.RULE_ID));
    }
}

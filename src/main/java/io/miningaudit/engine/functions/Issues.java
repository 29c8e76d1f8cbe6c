package io.miningaudit.engine.functions;

import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Severity;
import org.kie.api.runtime.rule.RuleContext;

/** Builds a data issue in a rule's consequence: what the audit could not compute, and why. */
public final class Issues {
    private Issues() {
    }

    /** A warning: the affected finding was not computed. */
    public static DataIssue warning(RuleContext kcontext, String code, String location, String format, Object... args) {
        return new DataIssue(Severity.WARNING, code, location, Findings.Text.format(format, args),
                Findings.metadata(kcontext.getRule(), Findings.RULE_ID));
    }
}

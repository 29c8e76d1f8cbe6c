package io.miningaudit.engine;

import java.util.List;

/** A rule that compiled but failed while it ran on a case: the case was read, the audit stopped. */
public class RuleFailedException extends RulesException {
    public RuleFailedException(String summary, List<RuleProblem> problems) {
        super(summary, problems);
    }
}

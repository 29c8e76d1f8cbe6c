package io.miningaudit.engine;

import java.util.List;

/** Rules that do not compile or fail their checks, or ({@link RuleFailedException}) fail while they run. */
public class RulesException extends Exception {
    private final transient List<RuleProblem> problems;

    public RulesException(String summary, List<RuleProblem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}

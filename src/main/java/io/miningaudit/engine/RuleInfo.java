package io.miningaudit.engine;

/** One rule of the rule base, as the Rules sheet lists it. */
public record RuleInfo(String ruleId, String name, String source, String basis) {
}

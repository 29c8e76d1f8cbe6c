package io.miningaudit.engine;

/**
 * One rule of the rule base, as the Rules sheet lists it. {@code scheduleRow} marks a row of the surcharge schedule,
 * whose ID the surcharge findings carry.
 */
public record RuleInfo(String ruleId, String name, String source, String basis, boolean scheduleRow) {
}

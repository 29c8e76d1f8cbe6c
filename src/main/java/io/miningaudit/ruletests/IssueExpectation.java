package io.miningaudit.ruletests;

import io.miningaudit.facts.DataIssue;

/**
 * A data issue a scenario expects: its code and location always, its severity when given.
 *
 * @param at where the expectation is written in the scenario file
 */
public record IssueExpectation(String code, String location, String severity, String at) {

    public boolean matches(DataIssue issue) {
        return code.equals(issue.getCode()) && location.equals(issue.getLocation())
                && (severity == null || severity.equals(issue.getSeverity().name()));
    }

    @Override
    public String toString() {
        return "data issue " + code + " at " + location + (severity == null ? "" : " " + severity);
    }

    /** A data issue as a scenario would write it. */
    public static String describe(DataIssue issue) {
        return "data issue " + issue.getCode() + " at " + issue.getLocation() + " " + issue.getSeverity();
    }
}

package io.miningaudit.ruletests;

import io.miningaudit.facts.CaseFile;
import java.nio.file.Path;
import java.util.List;

/**
 * A rule test: a small case and the findings it must give. With {@code only}, just the findings of those rule IDs
 * are compared; without, every finding of the audit must be expected.
 *
 * @param dataIssues the data issues it must give, or null when they are not compared; with {@code only}, those raised
 *                   by other rules are left out, those the engine raises are always compared
 */
public record Scenario(Path file, String name, CaseFile facts, List<Expectation> expect, List<String> only,
                       List<IssueExpectation> dataIssues) {
}

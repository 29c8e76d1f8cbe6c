package io.miningaudit.ruletests;

import io.miningaudit.facts.CaseFile;
import java.nio.file.Path;
import java.util.List;

/**
 * A rule test: a small case and the findings it must give. With {@code only}, just the findings of those rule IDs
 * are compared; without, every finding of the audit must be expected.
 */
public record Scenario(Path file, String name, CaseFile facts, List<Expectation> expect, List<String> only) {
}

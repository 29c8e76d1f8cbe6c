package io.miningaudit.ruletests;

import java.nio.file.Path;
import java.util.List;

/** How a scenario went: passed, or failed with what was expected and what came out. */
public record ScenarioResult(Path file, String name, boolean passed, List<String> details) {
}

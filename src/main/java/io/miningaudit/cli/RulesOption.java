package io.miningaudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}: the rules folder. Without it, {@code rules/} in the current folder, or else the one beside
 * the installation (the launcher passes its folder as {@code mining-audit.home}).
 */
public class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "The rules folder (default: rules/ here, else the installation's rules/).")
    Path rules;

    Path resolve() {
        if (rules != null) {
            return rules;
        }
        Path here = Path.of("rules");
        String home = System.getProperty("mining-audit.home");
        if (!Files.isDirectory(here) && home != null && Files.isDirectory(Path.of(home, "rules"))) {
            return Path.of(home, "rules");
        }
        return here;
    }
}

package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShippedRulesCompileTest {

    @Test
    void shippedRulesCompileWithEveryRuleIdAndBasis() throws Exception {
        RuleBase rules;
        try {
            rules = RuleBase.compile(Path.of("rules"));
        } catch (RulesException e) {
            e.problems().forEach(System.err::println);
            throw e;
        }
        assertThat(rules.warnings()).isEmpty();
        assertThat(rules.parameters()).containsKeys("presumedDurationMonths", "newProjectCutoff", "remediationDays");
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.basis()).isNotBlank());
    }

    @Test
    void aRulesFolderReachedThroughASymbolicLinkCompiles(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path link = java.nio.file.Files.createSymbolicLink(tmp.resolve("rules"), Path.of("rules").toAbsolutePath());

        assertThat(RuleBase.compile(link).rules()).hasSameSizeAs(RuleBase.compile(Path.of("rules")).rules());
    }
}

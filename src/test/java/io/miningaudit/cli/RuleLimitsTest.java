package io.miningaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.fixtures.RulesFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that loops, inserts without end or recurses without end is stopped within the limits, at {@code validate}
 * (the tables' empty session) and at {@code audit}: exit 4, the rule named, nothing written.
 */
class RuleLimitsTest {
    private static final String TIME_LIMIT = "mining-audit.rule-time-limit";

    @TempDir
    Path dir;

    @AfterEach
    void defaultLimit() {
        System.clearProperty(TIME_LIMIT);
    }

    /** The shipped rules and one more file of the test's rules. */
    private Path rulesWith(String rules) throws Exception {
        RulesFolder folder = RulesFolder.copyOfShipped(dir.resolve("rules"));
        Path file = folder.file("extra/limits.drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package rules.extra;

                import io.miningaudit.facts.*;

                """ + rules);
        return file;
    }

    private static String rule(String name, String when, String then) {
        return """
                rule "%s"
                    @ruleId("X-%s")
                    @basis("test")
                when
                    %s
                then
                    %s
                end

                """.formatted(name, name.replace(' ', '-'), when, then);
    }

    private CommandLineTest.Run audit(Path rulesFile) throws Exception {
        Path file = dir.resolve("case.json");
        Files.writeString(file, CommandLineTest.VALID_CASE);
        return CommandLineTest.run("audit", file.toString(), "--rules", dir.resolve("rules").toString(), "--out",
                dir.resolve("out").toString());
    }

    private CommandLineTest.Run validate() {
        return CommandLineTest.run("validate", "--rules", dir.resolve("rules").toString());
    }

    @Test
    void aLoopInARuleWithoutConditionsIsStoppedAtValidate() throws Exception {
        System.setProperty(TIME_LIMIT, "2");
        Path file = rulesWith(rule("Loop", "", "while (true) { }"));

        long start = System.nanoTime();
        CommandLineTest.Run r = validate();

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("  " + file + " › rule Loop: did not finish within the time limit of 2 s (the"
                + " system property mining-audit.rule-time-limit): a rule that loops is stopped");
        assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L);
    }

    @Test
    void aLoopInARuleOfTheCaseIsStoppedAtAuditAndNothingIsWritten() throws Exception {
        System.setProperty(TIME_LIMIT, "2");
        Path file = rulesWith(rule("Loop", "Inspection()", "long n = 0; while (n >= 0) { n = n * 1; }"));

        assertThat(validate().code()).as("nothing of the rule runs at validate").isZero();
        CommandLineTest.Run r = audit(file);

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("\nerror: a rule was stopped; nothing was written");
        assertThat(r.err()).contains("  " + file + " › rule Loop: did not finish within the time limit of 2 s");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aLoopInAConditionIsStoppedAndNamedByTheRuleWhoseConditionItIs() throws Exception {
        System.setProperty(TIME_LIMIT, "2");
        Path file = rulesWith("""
                function boolean spin(String id) {
                    long n = 0;
                    while (n >= 0) { n = n * 1; }
                    return true;
                }

                """ + rule("Spin", "Inspection(spin(id))", "insertLogical(\"x\");"));

        CommandLineTest.Run r = audit(file);

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("  " + file + " › rule Spin: did not finish within the time limit of 2 s");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aRuleThatInsertsWithoutEndIsStoppedAtTheFactLimit() throws Exception {
        Path file = rulesWith(rule("Seed", "", "insert(Integer.valueOf(0));")
                + rule("Grow", "$n : Integer()", "insert(Integer.valueOf($n + 1));"));

        CommandLineTest.Run r = validate();

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("  " + file + " › rule Grow: inserted more than 100,000 facts (10 for each of"
                + " the 0 facts given, and 100,000): a rule that inserts without end is stopped");
    }

    @Test
    void aRuleOfTheCaseThatInsertsWithoutEndIsStoppedAtAudit() throws Exception {
        Path file = rulesWith(rule("Seed", "Inspection()", "insert(Integer.valueOf(0));")
                + rule("Grow", "$n : Integer()", "insert(Integer.valueOf($n + 1));"));

        CommandLineTest.Run r = audit(file);

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("  " + file + " › rule Grow: inserted more than 100,050 facts (10 for each of"
                + " the 5 facts given, and 100,000)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aRuleThatRecursesWithoutEndIsStoppedAndNamed() throws Exception {
        Path file = rulesWith("""
                function int down(int n) {
                    return down(n + 1) + 1;
                }

                """ + rule("Recurse", "Inspection()", "insert(Integer.valueOf(down(0)));"));

        CommandLineTest.Run r = audit(file);

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("  " + file + " › rule Recurse: recursed without end (stack overflow): a rule"
                + " that recurses without end is stopped");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aRuleReachingBeyondTheAllowListIsRefusedAtValidateAndAuditBeforeTheCaseIsReadAndNeverRuns() throws Exception {
        Path payload = dir.resolve("payload");
        String open = "new java.util.Formatter(\"" + payload.toString().replace('\\', '/') + "\").close();";
        // Without a condition the first rule would run in validate's empty session, the second on the case.
        Path file = rulesWith(rule("Now", "", open) + rule("Later", "Inspection()", open));
        String refusal = " may not use java.util.Formatter.<init>() (a rule may reach only the fact model, the rule"
                + " functions, String, Math, the boxed numbers, java.math, java.time and the immutable collections)";

        CommandLineTest.Run validate = validate();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"case\": {\"id\": \"bad case\"}}");
        CommandLineTest.Run audit = CommandLineTest.run("audit", bad.toString(), "--rules",
                dir.resolve("rules").toString(), "--out", dir.resolve("out").toString());

        assertThat(validate.code()).isEqualTo(4);
        assertThat(validate.err()).contains("  " + file + ":5: rule \"Now\"" + refusal,
                "  " + file + ":14: rule \"Later\"" + refusal);
        assertThat(audit.code()).as("4, not 3: the case was not read").isEqualTo(4);
        assertThat(audit.err())
                .startsWith("error: 4 errors in the rules; the case was not read and nothing was written")
                .contains("  " + file + ":14: rule \"Later\"" + refusal);
        assertThat(payload).doesNotExist();
        assertThat(dir.resolve("out")).doesNotExist();
    }
}

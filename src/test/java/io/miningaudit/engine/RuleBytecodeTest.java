package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.miningaudit.fixtures.RulesFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a rule may reach is checked on the classes Drools compiled it to: each way past the text check is refused,
 * located at its rule, and nothing of it runs.
 */
class RuleBytecodeTest {
    @TempDir
    Path dir;

    /** A rules folder of one file holding one rule; {@code PAYLOAD} in the DRL stands for a file path to create. */
    private Path ruleFile(String declarations, String when, String then) throws Exception {
        Path file = dir.resolve("rules/extra/attack.drl");
        Files.createDirectories(file.getParent());
        String payload = dir.resolve("payload").toString().replace('\\', '/');
        Files.writeString(file, """
                package rules.extra;

                import io.miningaudit.facts.*;
                %s

                rule "An analyst's rule"
                    @ruleId("X-1")
                    @basis("test")
                when
                    %s
                then
                    %s
                end
                """.formatted(declarations, when, then).replace("PAYLOAD", payload));
        return file;
    }

    private List<String> problems() {
        return problems(dir.resolve("rules"));
    }

    private static List<String> problems(RulesFolder rules) {
        return problems(rules.root());
    }

    private static List<String> problems(Path rules) {
        RulesException e = catchThrowableOfType(RulesException.class, () -> RuleBase.compile(rules,
                RuleCache.at(null)));
        assertThat(e).as("the rules compiled").isNotNull();
        return e.problems().stream().map(RuleProblem::toString).toList();
    }

    private String refusal(Path file, int line, String what) {
        return file + ":" + line + ": rule \"An analyst's rule\" may not use " + what + " (" + RuleBytecode.ALLOWED
                + ")";
    }

    /**
     * Each row gets past the text check ({@link RuleSafety}: a name it does not know, a library it does not list, or
     * code hidden from it in a comment that a unicode escape ends early) and is refused on what it compiled to.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            java.util.Formatter opens a file | | Inspection() | new java.util.Formatter("PAYLOAD").close(); | 6: rule "An analyst's rule" | java.util.Formatter.<init>()
            MVEL evaluates a string | | Inspection() | org.mvel2.MVEL.eval("new java.io.File('PAYLOAD').createNewFile()"); | 6: rule "An analyst's rule" | org.mvel2.MVEL.eval()
            commons-io from the classpath | | Inspection() | org.apache.commons.io.FileUtils.touch(org.apache.commons.io.FileUtils.getFile("PAYLOAD")); | 6: rule "An analyst's rule" | org.apache.commons.io.FileUtils.getFile()
            logback from the classpath | | Inspection() | new ch.qos.logback.core.FileAppender().setFile("PAYLOAD"); | 6: rule "An analyst's rule" | ch.qos.logback.core.FileAppender.<init>()
            a unicode escape ends a comment | | Inspection() | `// \\u000a new java.util.Formatter("PAYLOAD").close();` | 6: rule "An analyst's rule" | java.util.Formatter.<init>()
            a statement after a text block | | Inspection() | `String s = \"\"\"\\n        x\"\"\"; new java.util.Formatter("PAYLOAD").close();` | 6: rule "An analyst's rule" | java.util.Formatter.<init>()
            a file opened in a constraint | | `Inspection(new java.util.Formatter("PAYLOAD") != null)` | insertLogical("x"); | 6: rule "An analyst's rule" | java.util.Formatter.<init>()
            a mutable collection | | Inspection() | insertLogical(new java.util.ArrayList()); | 6: rule "An analyst's rule" | java.util.ArrayList.<init>()
            a date outside java.time | | Inspection() | insertLogical(new java.util.Date()); | 6: rule "An analyst's rule" | java.util.Date.<init>()
            an atomic number | | Inspection() | `// \\u000a new java.util.concurrent.atomic.AtomicLong();` | 6: rule "An analyst's rule" | java.util.concurrent.atomic.AtomicLong.<init>()
            System beyond arraycopy | | Inspection() | `// \\u000a Long.valueOf(System.nanoTime());` | 6: rule "An analyst's rule" | java.lang.System.nanoTime()
            a retraction | | $i : Inspection() | delete($i); | 6: rule "An analyst's rule" | org.drools.model.Drools.delete()
            a retract | | $i : Inspection() | retract($i); | 6: rule "An analyst's rule" | org.drools.model.Drools.delete()
            an update | | $i : Inspection() | update($i); | 6: rule "An analyst's rule" | org.drools.model.Drools.update()
            a modify | | $i : Inspection() | modify($i) { } | 6: rule "An analyst's rule" | org.drools.model.Drools.update()
            halting the engine | | Inspection() | `// \\u000a ((org.drools.model.Drools) null).halt();` | 6: rule "An analyst's rule" | org.drools.model.Drools.halt()
            the engine's runtime | | Inspection() | `// \\u000a ((org.drools.core.rule.consequence.KnowledgeHelper) null).getKieRuntime();` | 6: rule "An analyst's rule" | org.drools.core.rule.consequence.KnowledgeHelper.getKieRuntime()
            an entry point | | Inspection() from entry-point "side" | insertLogical("x"); | 6: rule "An analyst's rule" | org.drools.modelcompiler.dsl.pattern.D.entryPoint()
            a global | global java.util.List out; | Inspection() | insertLogical("x"); | 4: this file | org.drools.modelcompiler.dsl.pattern.D.globalOf()
            """)
    void aReferenceOutsideTheAllowListIsRefusedAtItsRuleAndNothingRuns(String route, String declarations,
            String when, String then, String at, String what) throws Exception {
        Path file = ruleFile(declarations == null ? "" : declarations, when, then.replace("\\n", "\n"));

        assertThat(problems()).contains(file + ":" + at + " may not use " + what + " (" + RuleBytecode.ALLOWED + ")");
        assertThat(dir.resolve("payload")).doesNotExist();
    }

    @Test
    void theClassLoaderInAConstraintIsRefusedByNameAndOnWhatItCompilesTo() throws Exception {
        Path file = ruleFile("", "Inspection(getClass().getClassLoader() != null)", "insertLogical(\"x\");");

        // The text check answers first, with the column; the classes would be refused without it.
        assertThat(problems()).contains(file + ":10:16: forbidden: getClass (" + RuleSafety.ALLOWED + ")");
        RuleFileCompiler.Outcome unchecked = RuleFileCompiler.compileChecked("extra/attack.drl", file,
                Files.readAllBytes(file), new TableFiles());
        assertThat(unchecked.compiled()).isNull();
        assertThat(unchecked.problems()).map(RuleProblem::toString).contains(file + ":6: rule \"An analyst's"
                + " rule\" may not use java.lang.Object.getClass() (" + RuleBytecode.ALLOWED + ")");
    }

    @Test
    void aRuleUsingEachAllowedClassCompilesBesideTheShippedRules() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules"))
                .explain("X-ALLOWED", "INSPECTION_LEAD", "allowed {n}", "允许 {n}");
        Path file = rules.file("extra/allowed.drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package rules.extra;

                import io.miningaudit.facts.*;
                import io.miningaudit.engine.functions.*;
                import java.math.BigDecimal;
                import java.math.RoundingMode;
                import java.time.LocalDate;
                import java.time.temporal.ChronoUnit;
                import java.util.List;
                import java.util.Map;
                import java.util.Optional;
                import java.util.Objects;

                // Every allowed kind of class once: the fact model, a function, String, Math, the boxed numbers,
                // java.math, java.time and the immutable collections.
                rule "Allowed"
                    @ruleId("X-ALLOWED")
                    @basis("test")
                when
                    $i : Inspection(deliberate, id.length() > 0, Math.abs(id.hashCode()) >= 0)
                then
                    String s = String.format("%s %d", $i.getId(), Math.max(1, 2)) + Integer.parseInt("3")
                            + Long.valueOf(4L) + Double.compare(1.0, 2.0) + Boolean.TRUE + Character.isDigit('5');
                    BigDecimal amount = new BigDecimal("1.005").setScale(2, RoundingMode.HALF_UP);
                    LocalDate day = LocalDate.of(2021, 9, 24).plus(3, ChronoUnit.DAYS);
                    List<Object> list = List.of(s, amount, day, Map.of("k", 1), java.util.Set.of(2));
                    Optional<Object> first = list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
                    if (Objects.equals(first.orElse(null), s) && Windows.deadline(day, 30).isAfter(day)) {
                        insertLogical(Findings.of(kcontext, Measure.INSPECTION_LEAD).inspection($i)
                            .field("n", list.size()).build());
                    }
                end
                """);

        RuleBase compiled;
        try {
            compiled = RuleBase.compile(rules.root());
        } catch (RulesException e) {
            throw new AssertionError("refused: " + e.problems(), e);
        }
        assertThat(compiled.rules()).anyMatch(r -> r.ruleId().equals("X-ALLOWED"));
    }

    @Test
    void aTableSnippetIsRefusedAtItsRowBeforeAnyRowRuns() throws Exception {
        String payload = dir.resolve("payload").toString().replace('\\', '/');
        RulesFolder rules = RulesFolder.copyOfShipped(dir.resolve("rules")).setCell("parameters/Parameters.drl.xlsx",
                "Parameters", "C7", "new java.util.Formatter(\"" + payload
                        + "\").close(); insert(p.value(\"$param\"));");

        assertThat(problems(rules)).contains(rules.file("parameters/Parameters.drl.xlsx") + " › Parameters › row 9"
                + " (cells from B9): this row may not use java.util.Formatter.<init>() (" + RuleBytecode.ALLOWED + ")");
        assertThat(dir.resolve("payload")).doesNotExist();
    }
}

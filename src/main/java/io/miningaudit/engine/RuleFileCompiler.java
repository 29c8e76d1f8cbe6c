package io.miningaudit.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles one rule file on its own to Drools' executable model: its rules become Java classes, written as a jar
 * that {@link CompiledRuleFile} loads and {@link RuleCache} keeps. A file is checked by {@link RuleSafety} first and
 * not compiled at all while the check fails.
 */
final class RuleFileCompiler {
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private RuleFileCompiler() {
    }

    /** The compiled file, or (with a null file) the problems that stopped it; whether it was compiled now. */
    record Outcome(String rel, CompiledRuleFile compiled, List<RuleProblem> problems, boolean recompiled) {
    }

    static Outcome compile(String rel, Path file, byte[] content, TableFiles tables) {
        List<RuleProblem> problems = new ArrayList<>(safety(rel, file, content, tables));
        if (!problems.isEmpty()) {
            return new Outcome(rel, null, problems, true);
        }
        KieServices ks = KieServices.get();
        KieBuilder builder;
        List<RuleProblem> execProblems = new ArrayList<>();
        try {
            builder = build(ks, rel, content, true);
        } catch (RuntimeException e) {
            execProblems.add(thrown(rel, file, e));
            builder = null;
        }
        if (builder != null) {
            for (Message m : builder.getResults().getMessages()) {
                // The executable model adds, before each error in generated Java, a dump of the whole source.
                if (m.getLevel() == Message.Level.ERROR && !m.getText().startsWith("Java source of ")) {
                    execProblems.add(DroolsMessages.locate(rel, file, m, tables));
                }
            }
            if (execProblems.isEmpty()) {
                // What the file reads of the parameters is found once, here, and kept with the compiled file.
                String drl = RuleFiles.isTable(rel) ? tables.drl(file) : new String(content, StandardCharsets.UTF_8);
                problems.addAll(ParameterUse.fileProblems(rel, file, drl, tables));
                if (!problems.isEmpty()) {
                    return new Outcome(rel, null, problems, true);
                }
                byte[] jar = CompiledRuleFile.withReads(((InternalKieModule) builder.getKieModule()).getBytes(),
                        ParameterUse.reads(drl == null ? "" : drl, file));
                return new Outcome(rel, new CompiledRuleFile(rel, file, jar), List.of(), true);
            }
        }
        // The file does not compile. Drools' interpreting compiler locates errors in the DRL itself (the executable
        // model's are in the Java it generates), so its messages are the ones reported, where it has any.
        try {
            for (Message m : build(ks, rel, content, false).getResults().getMessages()) {
                if (m.getLevel() == Message.Level.ERROR) {
                    problems.add(DroolsMessages.locate(rel, file, m, tables));
                }
            }
        } catch (RuntimeException e) {
            problems.add(thrown(rel, file, e));
        }
        if (problems.isEmpty()) {
            problems.addAll(execProblems);
        }
        DroolsMessages.dropEchoes(problems);
        return new Outcome(rel, null, problems, true);
    }

    /** Builds the file alone, to the executable model or for Drools' interpreter; the module is not kept. */
    private static KieBuilder build(KieServices ks, String rel, byte[] content, boolean executable) {
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("io.miningaudit.rules", "file" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(release);
        kfs.write(RuleFiles.RESOURCE_ROOT + RuleFiles.RULES_PREFIX + rel, content);
        KieBuilder builder = ks.newKieBuilder(kfs);
        try {
            if (executable) {
                builder.buildAll(ExecutableModelProject.class);
            } else {
                builder.buildAll();
            }
        } finally {
            ks.getRepository().removeKieModule(release);
        }
        return builder;
    }

    /** Drools throws, rather than reports, when a table's layout cannot be parsed or an expression typed. */
    private static RuleProblem thrown(String rel, Path file, RuntimeException e) {
        return RuleFiles.isTable(rel) ? DroolsMessages.tableParseProblem(file, e)
                : new RuleProblem(RuleProblem.Level.ERROR, file.toString(), "cannot be compiled: "
                        + (e.getMessage() == null ? e.toString() : e.getMessage().trim()));
    }

    /** The safety check of one rule file: a DRL file's own text, or the DRL Drools generates from a table. */
    private static List<RuleProblem> safety(String rel, Path file, byte[] content, TableFiles tables) {
        if (!RuleFiles.isTable(rel)) {
            return RuleSafety.check(new String(content, StandardCharsets.UTF_8), line -> file + ":" + line, true);
        }
        String drl = tables.drl(file);
        return drl == null ? List.of()
                : RuleSafety.check(drl, line -> DroolsMessages.tableLocation(file, line, tables), false);
    }
}

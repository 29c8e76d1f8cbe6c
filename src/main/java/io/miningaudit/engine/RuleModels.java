package io.miningaudit.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.Model;

/**
 * The executable models of the files that compiled, the file each rule was written in, and whether every decision
 * table compiled; a rule name defined twice in one package is a problem located at the second file.
 */
record RuleModels(List<Model> models, List<CompiledRuleFile> files, Map<String, Path> fileOfRule,
                  boolean tablesCompiled) {

    /** The key of a rule in {@link #fileOfRule}: its package and name. */
    static String key(String packageName, String ruleName) {
        return packageName + "\0" + ruleName;
    }

    /** Gathers the outcomes' models, adding their problems and any rule defined twice to {@code problems}. */
    static RuleModels of(List<RuleFileCompiler.Outcome> outcomes, List<RuleProblem> problems) {
        Map<String, Path> fileOfRule = new HashMap<>();
        List<Model> models = new ArrayList<>();
        List<CompiledRuleFile> files = new ArrayList<>();
        boolean tablesCompiled = true;
        for (RuleFileCompiler.Outcome outcome : outcomes) {
            problems.addAll(outcome.problems());
            CompiledRuleFile compiled = outcome.compiled();
            if (compiled == null) {
                tablesCompiled &= outcome.problems().isEmpty() || !RuleFiles.isTable(outcome.rel());
                continue;
            }
            files.add(compiled);
            for (Model model : compiled.models()) {
                for (org.drools.model.Rule rule : model.getRules()) {
                    Path earlier = fileOfRule.putIfAbsent(key(rule.getPackage(), rule.getName()), compiled.file());
                    if (earlier != null) {
                        problems.add(new RuleProblem(RuleProblem.Level.ERROR, compiled.file() + " › rule "
                                + rule.getName(), "rule \"" + rule.getName() + "\" is also defined in " + earlier
                                + ": rule names must differ within a package (" + rule.getPackage() + ")"));
                    }
                }
                models.add(model);
            }
        }
        return new RuleModels(models, files, fileOfRule, tablesCompiled);
    }
}

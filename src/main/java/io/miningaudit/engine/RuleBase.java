package io.miningaudit.engine;

import io.miningaudit.facts.Parameter;
import io.miningaudit.facts.SurchargeRate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * The rule base compiled from a rules folder on disk (DRL files and spreadsheet decision tables), never from the
 * classpath, so an analyst's edit takes effect on the next run. Each file is compiled on its own to Drools' executable
 * model (Java classes) and kept in the {@link RuleCache}, so that only an edited file is compiled again. Compiling
 * also checks the parameters the rules read. Every problem comes back at once, located in the analyst's own files.
 */
public final class RuleBase {
    private final Path dir;
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final List<RuleProblem> warnings;
    private final Map<String, Parameter> parameters;
    private final List<SurchargeRate> schedule;
    private final java.util.function.Supplier<List<TableRow>> tableRows;
    private final Function<Rule, String> sourceOf;
    private final List<String> recompiled;
    private final RuleLocator locator;
    private final Labels labels;

    private RuleBase(Path dir, KieBase kieBase, List<RuleInfo> rules, List<RuleProblem> warnings,
                     Map<String, Parameter> parameters, List<SurchargeRate> schedule,
                     java.util.function.Supplier<List<TableRow>> tableRows,
                     Function<Rule, String> sourceOf, RuleLocator locator, List<String> recompiled, Labels labels) {
        this.labels = labels;
        this.sourceOf = sourceOf;
        this.locator = locator;
        this.recompiled = recompiled;
        this.dir = dir;
        this.kieBase = kieBase;
        this.rules = rules;
        this.warnings = warnings;
        this.parameters = parameters;
        this.schedule = schedule;
        this.tableRows = tableRows;
    }

    /**
     * Rule bases compiled in this JVM, by folder and content: a rule base is immutable, so a command that compiles an
     * unchanged folder again (a test suite, a diff of one folder with itself) gets the same one back.
     */
    private static final Map<String, RuleBase> COMPILED = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
                    return size() > 4;
                }
            });

    /**
     * Compiles every rule file below {@code dir} except its {@code tests/} folder, and checks the parameters. A folder
     * whose content this JVM has compiled before is not compiled again.
     */
    public static RuleBase compile(Path dir) throws RulesException {
        if (!Files.isDirectory(dir)) {
            throw new RulesException("no rules folder", List.of(new RuleProblem(RuleProblem.Level.ERROR,
                    dir.toString(), "no such folder")));
        }
        String key;
        try {
            key = dir.toAbsolutePath().normalize() + "\0" + Hashes.sha256(dir);
        } catch (IOException e) {
            throw new RulesException("rules folder unreadable", List.of(new RuleProblem(RuleProblem.Level.ERROR,
                    dir.toString(), "cannot be read: " + e.getMessage())));
        }
        RuleBase known = COMPILED.get(key);
        if (known != null) {
            return known;
        }
        RuleBase compiled = compile(dir, RuleCache.configured());
        COMPILED.put(key, compiled);
        return compiled;
    }

    /** Compiles the folder, taking unchanged files from {@code cache}, whatever this JVM compiled before. */
    static RuleBase compile(Path dir, RuleCache cache) throws RulesException {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Path> sources = RuleFiles.find(dir, problems);
        if (sources.isEmpty()) {
            problems.add(new RuleProblem(RuleProblem.Level.ERROR, dir.toString(),
                    "holds no rule files (*.drl, *.drl.xlsx, *.drl.xls, *.drl.csv)"));
            throw failure(problems);
        }
        // Each file compiles on its own, so that a broken file hides nothing of the others and an edit recompiles
        // only the file edited; the files that compiled still run their checks below.
        TableFiles tables = new TableFiles();
        List<RuleFileCompiler.Outcome> outcomes = RuleCompilation.all(sources, tables, cache);
        RuleModels gathered = RuleModels.of(outcomes, problems);
        List<Model> models = gathered.models();
        List<CompiledRuleFile> files = gathered.files();
        Map<String, Path> fileOfRule = gathered.fileOfRule();
        boolean tablesCompiled = gathered.tablesCompiled();
        if (models.isEmpty()) {
            throw failure(problems);
        }
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setOption(ConsequenceExceptionHandlerOption.get(TableFacts.Collecting.class));
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, conf);
        Function<Rule, String> sourceOf = rule -> {
            Path file = fileOfRule.get(RuleModels.key(rule.getPackageName(), rule.getName()));
            return file == null ? dir.toString() : file.toString();
        };
        RuleLocator locator = new RuleLocator(files);
        TableFacts tableFacts = TableFacts.collect(kieBase, dir, problems, tables, sourceOf, locator, tablesCompiled);
        problems.addAll(ParameterUse.check(outcomes.stream().map(RuleFileCompiler.Outcome::compiled)
                .filter(java.util.Objects::nonNull).toList(), tableFacts, tables, sourceOf, tablesCompiled));
        List<RuleInfo> catalogue = RuleCatalogue.of(kieBase, tableFacts, sourceOf);
        problems.addAll(RuleCatalogue.checkMetadata(catalogue));
        Labels labels = Labels.read(dir, cache, problems);
        if (labels != null) {
            problems.addAll(labels.check(Explaining.rules(sources, problems),
                    catalogue.stream().map(RuleInfo::ruleId).distinct().toList()));
        }
        if (problems.stream().anyMatch(p -> p.level() == RuleProblem.Level.ERROR)) {
            throw failure(problems);
        }
        return new RuleBase(dir, kieBase, catalogue, problems.stream().sorted().toList(), tableFacts.parameters(),
                tableFacts.schedule(), tableFacts::rows, sourceOf, locator,
                        outcomes.stream().filter(RuleFileCompiler.Outcome::recompiled)
                .map(RuleFileCompiler.Outcome::rel).toList(), labels);
    }

    public Path dir() {
        return dir;
    }

    /** A session whose findings are explained in English from the labels' templates. */
    public KieSession newSession() {
        org.kie.api.runtime.Environment env = KieServices.get().newEnvironment();
        env.set(io.miningaudit.engine.functions.Findings.RENDERER,
                (Function<io.miningaudit.facts.Explanation, String>) e -> labels.render(e, Language.EN));
        return kieBase.newKieSession(KieServices.get().newKieSessionConfiguration(), env);
    }

    /** The report's words in each language, and each finding's explanation template. */
    public Labels labels() {
        return labels;
    }

    /** The rule files this compile had to compile, the others being unchanged since a compile the cache kept. */
    public List<String> recompiled() {
        return recompiled;
    }

    /** Every rule, ordered by source file and then by name. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Problems that do not stop the rules from running, such as a spreadsheet Drools would skip. */
    public List<RuleProblem> warnings() {
        return warnings;
    }

    public Map<String, Parameter> parameters() {
        return parameters;
    }

    /** The name of the parameter that says how many days of daily readings the load-profile screening looks at. */
    public static final String SCREENING_DAYS = "screeningDays";

    /**
     * How many days of daily readings, ending on the as-of date, the rules screen: all a reader needs to keep of them.
     * 0, keep all, where the parameter table has no such whole number (a rules folder without the screening).
     */
    public int screenedReadingDays() {
        Parameter p = parameters.get(SCREENING_DAYS);
        Integer days = p == null ? null : p.getIntValue();
        return days == null || days < 1 ? 0 : days;
    }

    /** The parameters and schedule rows of the tables, each with the cell it was read from. */
    public List<TableRow> tableRows() {
        return tableRows.get();
    }

    /** The rows of the surcharge schedule, in the order of their tables. */
    public List<SurchargeRate> schedule() {
        return schedule;
    }

    private static RulesException failure(List<RuleProblem> problems) {
        List<RuleProblem> sorted = problems.stream().sorted().toList();
        long errors = sorted.stream().filter(p -> p.level() == RuleProblem.Level.ERROR).count();
        return new RulesException(errors + (errors == 1 ? " error" : " errors") + " in the rules", sorted);
    }

    /** The file a rule was written in, as the analyst knows it. */
    String source(Rule rule) {
        return sourceOf.apply(rule);
    }

    /** The rule a stopped session's stack shows, or null. */
    RuleLocator locator() {
        return locator;
    }
}

package io.miningaudit.engine;

import io.miningaudit.engine.functions.Findings;
import io.miningaudit.engine.functions.NaturalOrder;
import io.miningaudit.facts.Parameter;
import io.miningaudit.facts.SurchargeRate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    private final Function<Rule, String> sourceOf;
    private final List<String> recompiled;

    private RuleBase(Path dir, KieBase kieBase, List<RuleInfo> rules, List<RuleProblem> warnings,
                     Map<String, Parameter> parameters, List<SurchargeRate> schedule, Function<Rule, String> sourceOf,
                     List<String> recompiled) {
        this.sourceOf = sourceOf;
        this.recompiled = recompiled;
        this.dir = dir;
        this.kieBase = kieBase;
        this.rules = rules;
        this.warnings = warnings;
        this.parameters = parameters;
        this.schedule = schedule;
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
        List<RuleFileCompiler.Outcome> outcomes = compileAll(sources, tables, cache);
        Map<String, Path> fileOfRule = new HashMap<>();
        List<Model> models = new ArrayList<>();
        boolean tablesCompiled = true;
        for (RuleFileCompiler.Outcome outcome : outcomes) {
            problems.addAll(outcome.problems());
            CompiledRuleFile compiled = outcome.compiled();
            if (compiled == null) {
                tablesCompiled &= outcome.problems().isEmpty() || !RuleFiles.isTable(outcome.rel());
                continue;
            }
            for (Model model : compiled.models()) {
                for (org.drools.model.Rule rule : model.getRules()) {
                    Path earlier = fileOfRule.putIfAbsent(rule.getPackage() + "\0" + rule.getName(), compiled.file());
                    if (earlier != null) {
                        problems.add(new RuleProblem(RuleProblem.Level.ERROR, compiled.file() + " › rule "
                                + rule.getName(), "rule \"" + rule.getName() + "\" is also defined in " + earlier
                                + ": rule names must differ within a package (" + rule.getPackage() + ")"));
                    }
                }
                models.add(model);
            }
        }
        if (models.isEmpty()) {
            throw failure(problems);
        }
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setOption(ConsequenceExceptionHandlerOption.get(TableFacts.Collecting.class));
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, conf);
        Function<Rule, String> sourceOf = rule -> {
            Path file = fileOfRule.get(rule.getPackageName() + "\0" + rule.getName());
            return file == null ? dir.toString() : file.toString();
        };
        TableFacts tableFacts = TableFacts.collect(kieBase, dir, problems, tables, sourceOf, tablesCompiled);
        problems.addAll(ParameterUse.check(outcomes.stream().map(RuleFileCompiler.Outcome::compiled)
                .filter(java.util.Objects::nonNull).toList(), tableFacts, tables, sourceOf, tablesCompiled));
        List<RuleInfo> catalogue = catalogue(kieBase, tableFacts, sourceOf);
        for (RuleInfo rule : catalogue) {
            // A table row takes its ID and basis from what it inserts; a row that inserts nothing is reported already.
            boolean drl = !RuleFiles.isTable(rule.source());
            if (drl && (rule.ruleId().isBlank() || rule.basis().isBlank())) {
                problems.add(new RuleProblem(RuleProblem.Level.ERROR, rule.source() + " › rule " + rule.name(),
                        "the rule has no " + (rule.ruleId().isBlank() ? "@ruleId" : "@basis")
                                + (rule.ruleId().isBlank() && rule.basis().isBlank() ? " and no @basis" : "")
                                + ": every rule names its rule ID and legal basis"));
            }
        }
        if (problems.stream().anyMatch(p -> p.level() == RuleProblem.Level.ERROR)) {
            throw failure(problems);
        }
        return new RuleBase(dir, kieBase, catalogue, problems.stream().sorted().toList(), tableFacts.parameters(),
                tableFacts.schedule(), sourceOf, outcomes.stream().filter(RuleFileCompiler.Outcome::recompiled)
                .map(RuleFileCompiler.Outcome::rel).toList());
    }

    /** Every rule file compiled, or taken from the cache, on all cores; the outcomes in the files' order. */
    private static List<RuleFileCompiler.Outcome> compileAll(Map<String, Path> sources, TableFiles tables,
                                                             RuleCache cache) throws RulesException {
        List<Map.Entry<String, Path>> files = List.copyOf(sources.entrySet());
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rule-compiler");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RuleFileCompiler.Outcome>> futures = new ArrayList<>();
            for (var file : files) {
                futures.add(pool.submit(() -> compileOne(file.getKey(), file.getValue(), tables, cache)));
            }
            List<RuleFileCompiler.Outcome> outcomes = new ArrayList<>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (ExecutionException e) {
            throw new IllegalStateException("compiling the rules failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("compiling the rules was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RuleFileCompiler.Outcome compileOne(String rel, Path file, TableFiles tables, RuleCache cache) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return new RuleFileCompiler.Outcome(rel, null, List.of(new RuleProblem(RuleProblem.Level.ERROR,
                    file.toString(), "cannot be read: " + e.getMessage())), false);
        }
        String key = RuleCache.key(rel, content);
        CompiledRuleFile cached = cache.get(key, rel, file);
        if (cached != null) {
            try {
                // Loaded here, on the pool's thread: a damaged entry is found before it is used.
                cached.models();
                return new RuleFileCompiler.Outcome(rel, cached, List.of(), false);
            } catch (RuntimeException | LinkageError e) {
                cache.drop(key);
            }
        }
        RuleFileCompiler.Outcome outcome = RuleFileCompiler.compile(rel, file, content, tables);
        if (outcome.compiled() != null) {
            // Loaded here, on the pool's thread, like a file from the cache.
            outcome.compiled().models();
            cache.put(key, outcome.compiled());
        }
        return outcome;
    }

    public Path dir() {
        return dir;
    }

    public KieSession newSession() {
        return kieBase.newKieSession();
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

    /** The rows of the surcharge schedule, in the order of their tables. */
    public List<SurchargeRate> schedule() {
        return schedule;
    }

    private static RulesException failure(List<RuleProblem> problems) {
        List<RuleProblem> sorted = problems.stream().sorted().toList();
        long errors = sorted.stream().filter(p -> p.level() == RuleProblem.Level.ERROR).count();
        return new RulesException(errors + (errors == 1 ? " error" : " errors") + " in the rules", sorted);
    }

    /**
     * Every rule with its ID and basis. A table row without its own metadata takes them from what it inserts: a
     * schedule row its id and basis, a parameter row {@code PARAM:<name>} and the basis in its row.
     */
    private static List<RuleInfo> catalogue(KieBase kieBase, TableFacts tables, Function<Rule, String> sourceOf) {
        List<RuleInfo> rules = new ArrayList<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
            String id = Findings.metadata(rule, Findings.RULE_ID);
            String basis = Findings.metadata(rule, Findings.BASIS);
            boolean fromTable = false;
            for (Object fact : tables.byRule().getOrDefault(rule, List.of())) {
                if (fact instanceof SurchargeRate row) {
                    id = id.isEmpty() ? row.getId() : id;
                    basis = basis.isEmpty() ? row.getBasis() : basis;
                    fromTable = true;
                } else if (fact instanceof Parameter p) {
                    id = id.isEmpty() ? "PARAM:" + p.getName() : id;
                }
            }
            rules.add(new RuleInfo(id, rule.getName(), sourceOf.apply(rule), basis, fromTable));
        }));
        rules.sort(Comparator.comparing(RuleInfo::source).thenComparing(RuleInfo::name,
                NaturalOrder.INSTANCE));
        return List.copyOf(rules);
    }

    /** The file a rule was written in, as the analyst knows it. */
    String source(Rule rule) {
        return sourceOf.apply(rule);
    }
}

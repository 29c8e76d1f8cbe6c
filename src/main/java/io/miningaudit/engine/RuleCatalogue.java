package io.miningaudit.engine;

import io.miningaudit.engine.functions.Findings;
import io.miningaudit.engine.functions.NaturalOrder;
import io.miningaudit.facts.Parameter;
import io.miningaudit.facts.SurchargeRate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/** The catalogue of a rule base: every rule with its ID, name, file and basis, and the check of that metadata. */
final class RuleCatalogue {
    private RuleCatalogue() {
    }

    /**
     * Every rule with its ID and basis. A table row without its own metadata takes them from what it inserts: a
     * schedule row its id and basis, a parameter row {@code PARAM:<name>} and the basis in its row.
     */
    static List<RuleInfo> of(KieBase kieBase, TableFacts tables, Function<Rule, String> sourceOf) {
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

    /** A DRL rule without its {@code @ruleId} or {@code @basis}: every rule names its rule ID and legal basis. */
    static List<RuleProblem> checkMetadata(List<RuleInfo> catalogue) {
        List<RuleProblem> problems = new ArrayList<>();
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
        return problems;
    }
}

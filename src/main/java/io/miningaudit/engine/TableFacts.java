package io.miningaudit.engine;

import io.miningaudit.facts.Parameter;
import io.miningaudit.facts.SurchargeRate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * The facts the rule base inserts on its own, before any case: the parameter and schedule tables. Running the
 * rules on an empty case brings them out, row by row, so they can be checked once, when the rules compile: each
 * required parameter present and well typed, each schedule row complete, no two rows of one jurisdiction overlapping.
 */
final class TableFacts {
    /** A fact a table row inserted, and the row's rule. */
    record Inserted(Object fact, Rule rule) {
    }

    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final List<SurchargeRate> schedule = new ArrayList<>();
    private final Map<Rule, List<Object>> byRule = new LinkedHashMap<>();
    /** The rows, each made when first asked for: naming a row's cell reads its workbook's layout, and so loads POI. */
    private final List<java.util.function.Supplier<TableRow>> rowMakers = new ArrayList<>();
    private List<TableRow> rows;

    /**
     * The parameters, then the schedule rows, in the order of their tables, each with the cell of its value; made on
     * the first call (a report's Parameters sheet), so that a compile the cache serves reads no workbook for them.
     */
    synchronized List<TableRow> rows() {
        if (rows == null) {
            rows = rowMakers.stream().map(java.util.function.Supplier::get).toList();
        }
        return rows;
    }

    Map<String, Parameter> parameters() {
        return Map.copyOf(parameters);
    }

    List<SurchargeRate> schedule() {
        return List.copyOf(schedule);
    }

    /** What each rule that fired on the empty case inserted. */
    Map<Rule, List<Object>> byRule() {
        return byRule;
    }

    /**
     * @param sourceOf the file each rule comes from
     * @param fromStack the rule a stopped session's stack shows (see {@link RuleLocator})
     * @param tablesCompiled whether every table file compiled; if not, a parameter it would set is not reported as
     *                       missing (its compile error says why)
     */
    static TableFacts collect(KieBase kieBase, Path dir, List<RuleProblem> problems, TableFiles files,
                              java.util.function.Function<Rule, String> sourceOf,
                              java.util.function.Function<StackTraceElement[], String> fromStack,
                              boolean tablesCompiled) {
        TableFacts facts = new TableFacts();
        List<Inserted> inserted = new ArrayList<>();
        KieSession session = kieBase.newKieSession();
        List<Collecting.Failure> failures = new ArrayList<>();
        java.util.Set<Rule> failedRules = new java.util.HashSet<>();
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    inserted.add(new Inserted(event.getObject(), event.getRule()));
                    facts.byRule.computeIfAbsent(event.getRule(), r -> new ArrayList<>()).add(event.getObject());
                }
            }
        });
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                facts.byRule.computeIfAbsent(event.getMatch().getRule(), r -> new ArrayList<>());
            }
        });
        try {
            // The only rules that run before a case is read, in a session without case data, with every limit.
            SessionGuard.run(session, rule -> where(rule, sourceOf, null, files), fromStack, s -> {
                Collecting.FAILURES.set(failures);
                try {
                    return s.fireAllRules();
                } finally {
                    Collecting.FAILURES.remove();
                }
            });
        } catch (RuleFailedException e) {
            problems.addAll(e.problems());
            return facts;
        }
        for (Collecting.Failure f : failures) {
            Throwable cause = f.exception().getCause() != null ? f.exception().getCause() : f.exception();
            String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            // A schedule row's message starts with its column's label: "from "2022-13-01" is not a date".
            problems.add(new RuleProblem(RuleProblem.Level.ERROR, where(f.rule(), sourceOf, message.split(" ")[0],
                    files),
                    message));
            facts.byRule.putIfAbsent(f.rule(), new ArrayList<>());
            failedRules.add(f.rule());
        }
        java.util.function.Function<Rule, String> at = rule -> where(rule, sourceOf, null, files);
        Map<String, Inserted> parameterAt = new LinkedHashMap<>();
        Map<String, Inserted> rowAt = new LinkedHashMap<>();
        for (Inserted i : inserted) {
            if (i.fact() instanceof Parameter p) {
                Inserted earlier = parameterAt.putIfAbsent(p.getName(), i);
                if (earlier != null) {
                    problems.add(new RuleProblem(RuleProblem.Level.ERROR, at.apply(i.rule()), "parameter '"
                            + p.getName()
                            + "' is set twice (also at " + at.apply(earlier.rule()) + ")"));
                }
                facts.parameters.putIfAbsent(p.getName(), p);
            } else if (i.fact() instanceof SurchargeRate row) {
                Inserted earlier = rowAt.putIfAbsent(row.getId(), i);
                if (earlier != null) {
                    problems.add(new RuleProblem(RuleProblem.Level.ERROR, at.apply(i.rule()), "schedule row id '"
                            + row.getId() + "' is used twice (also at " + at.apply(earlier.rule()) + ")"));
                }
                for (Inserted other : inserted) {
                    if (other == i) {
                        break;
                    }
                    if (other.fact() instanceof SurchargeRate o && o.overlaps(row)) {
                        problems.add(new RuleProblem(RuleProblem.Level.ERROR, at.apply(i.rule()), "schedule row "
                                + row.getId()
                                + " (" + span(row) + ") overlaps row " + o.getId() + " (" + span(o) + ") at "
                                + at.apply(other.rule()) + ": two rows of " + row.getJurisdiction()
                                        + " may not overlap"));
                    }
                }
                facts.schedule.add(row);
            }
        }
        warnGaps(facts.schedule, rowAt, problems, sourceOf, files);
        parameterAt.forEach((name, i) -> facts.rowMakers.add(() -> new TableRow(TableRow.Kind.PARAMETER, name,
                ((Parameter) i.fact()).getValue(), null, null, where(i.rule(), sourceOf, "Value", files))));
        rowAt.forEach((id, i) -> {
            SurchargeRate row = (SurchargeRate) i.fact();
            facts.rowMakers.add(() -> new TableRow(TableRow.Kind.SCHEDULE_ROW, id,
                    row.getRateCnyPerKwh().toPlainString(), row.getFirstDay(), row.getLastDay(),
                    where(i.rule(), sourceOf, "rateCnyPerKwh", files)));
        });
        for (var e : facts.byRule.entrySet()) {
            if (e.getValue().isEmpty() && !failedRules.contains(e.getKey())) {
                problems.add(new RuleProblem(RuleProblem.Level.ERROR, at.apply(e.getKey()),
                        "this row inserts nothing: a required cell (the last one) is empty"));
            }
        }
        for (ParameterSpec spec : ParameterSpec.REQUIRED) {
            Parameter p = facts.parameters.get(spec.name());
            if (p == null && tablesCompiled) {
                problems.add(new RuleProblem(RuleProblem.Level.ERROR, dir.toString(), "parameter '" + spec.name()
                        + "' is not set (" + spec.meaning() + "): add a row for it to the parameter table"));
            } else if (p != null) {
                String why = spec.problem(p);
                if (why != null) {
                    problems.add(new RuleProblem(RuleProblem.Level.ERROR,
                            where(parameterAt.get(spec.name()).rule(), sourceOf, "Value", files),
                            "parameter '" + spec.name() + "': " + why));
                }
            }
        }
        return facts;
    }

    /** Within a jurisdiction, days between one row's end and the next row's start pay no surcharge of its own. */
    private static void warnGaps(List<SurchargeRate> schedule, Map<String, Inserted> rowAt, List<RuleProblem> problems,
                                 java.util.function.Function<Rule, String> sourceOf, TableFiles files) {
        Map<String, List<SurchargeRate>> byJurisdiction = new LinkedHashMap<>();
        schedule.forEach(r -> byJurisdiction.computeIfAbsent(r.getJurisdiction(), j -> new ArrayList<>()).add(r));
        for (List<SurchargeRate> rows : byJurisdiction.values()) {
            rows.sort(java.util.Comparator.comparing(SurchargeRate::getFirstDay));
            for (int i = 0; i + 1 < rows.size(); i++) {
                SurchargeRate a = rows.get(i);
                SurchargeRate b = rows.get(i + 1);
                if (a.getLastDay() != null && b.getFirstDay().isAfter(a.getLastDay().plusDays(1))) {
                    problems.add(new RuleProblem(RuleProblem.Level.WARNING, where(rowAt.get(b.getId()).rule(),
                            sourceOf, null, files),
                            "gap in the " + b.getJurisdiction() + " schedule: row " + a.getId() + " ends "
                                    + a.getLastDay() + " and row " + b.getId() + " starts " + b.getFirstDay()
                                    + "; the days between pay no " + b.getJurisdiction() + " surcharge"));
                }
            }
        }
    }

    private static String span(SurchargeRate row) {
        return row.getFirstDay() + " to " + (row.getLastDay() == null ? "open" : row.getLastDay());
    }

    /**
     * Where a rule is: its file, and for a decision table its sheet and row ({@code Schedule_9} is row 9), or the cell
     * itself when a column label is known: {@code Schedule.drl.xlsx › Schedule › D11}.
     */
    static String where(Rule rule, java.util.function.Function<Rule, String> sourceOf, String label, TableFiles files) {
        String source = sourceOf.apply(rule);
        java.util.regex.Matcher m = DroolsMessages.TABLE_ROW.matcher(rule.getName());
        if (!RuleFiles.isTable(source) || !m.matches()) {
            return source + " › rule " + rule.getName();
        }
        TableLayout layout = files.layout(Path.of(source));
        String sheet = layout == null || layout.sheet() == null ? m.group(1) : layout.sheet();
        String cell = layout == null ? null : layout.cell(m.group(1), Integer.parseInt(m.group(2)), label);
        return source + " › " + sheet + " › " + (cell != null ? cell : "row " + m.group(2));
    }

    /**
     * While the tables are checked, records a row's failure and lets the other rows run, so that every bad row is
     * reported at once; at any other time a failing rule stops the session, as Drools does by default.
     */
    public static final class Collecting implements ConsequenceExceptionHandler {
        record Failure(Rule rule, Exception exception) {
        }

        static final ThreadLocal<List<Failure>> FAILURES = new ThreadLocal<>();

        @Override
        public void handleException(Match match, RuleRuntime runtime, Exception exception) {
            List<Failure> failures = FAILURES.get();
            if (failures == null) {
                throw new ConsequenceException(exception, runtime, match);
            }
            failures.add(new Failure(match.getRule(), exception));
        }
    }
}

package io.miningaudit.engine.functions;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Explanation;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Person;
import io.miningaudit.facts.Phrase;
import io.miningaudit.facts.SubjectType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds a finding in a rule's consequence. The rule ID and basis come from the rule's own metadata
 * ({@code @ruleId}, {@code @basis}), so a finding always names the rule that made it:
 *
 * <pre>
 * insertLogical(Findings.of(kcontext, Measure.SHUTDOWN_ORDER).inspection($i)
 *     .field("inspection", $i.getId()).field("on", $i.getDate()).facts($i.getId()).build());
 * </pre>
 *
 * The explanation is built from the named fields: the labels workbook under {@code rules/} holds, for the rule's
 * {@code @ruleId}, a template per language that names them ({@code "Inspection {inspection} on {on} ..."}). The
 * English text is rendered when the finding is built, by the renderer the session's environment holds under
 * {@link #RENDERER}; other languages are rendered by the report from the fields the finding keeps.
 */
public final class Findings {
    public static final String RULE_ID = "ruleId";
    public static final String BASIS = "basis";
    /** The key, in a session's environment, of the renderer of English explanations. */
    public static final String RENDERER = "mining-audit.explanations";
    /** One list of field names per distinct list: every finding of a rule names the same fields. */
    private static final java.util.Map<List<String>, List<String>> FIELD_LISTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final RuleContext kcontext;
    private final List<String> fieldNames = new java.util.ArrayList<>(12);
    private final List<Object> fieldValues = new java.util.ArrayList<>(12);

    private final Rule rule;
    private final Finding.FindingBuilder builder = Finding.builder();
    private String ruleId;
    private String subjectId;
    private String qualifier;
    private final Measure measure;
    /** The subject, then the facts in the order given, each once: a lead may name thousands of detections. */
    private final java.util.Set<String> facts = new java.util.LinkedHashSet<>();

    private Findings(RuleContext kcontext, Rule rule, Measure measure) {
        this.kcontext = kcontext;
        this.rule = rule;
        this.ruleId = metadata(rule, RULE_ID);
        this.measure = measure;
        builder.measure(measure).basis(metadata(rule, BASIS));
    }

    public static Findings of(RuleContext kcontext, Measure measure) {
        return new Findings(kcontext, kcontext.getRule(), measure);
    }

    /** A rule's metadata value as text, or the empty text when the rule has none. */
    public static String metadata(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        return v == null ? "" : v.toString();
    }

    /** For rules whose findings carry the ID of a schedule row rather than their own. */
    public Findings ruleId(String id) {
        this.ruleId = id;
        return this;
    }

    /** For rules whose findings cite a basis that depends on the facts, such as a schedule row's. */
    public Findings basis(String basis) {
        builder.basis(basis);
        return this;
    }

    public Findings entity(Entity entity) {
        return subject(SubjectType.ENTITY, entity.getId(), entity.getId());
    }

    public Findings entity(String entityId) {
        return subject(SubjectType.ENTITY, entityId, entityId);
    }

    public Findings inspection(Inspection inspection) {
        return subject(SubjectType.INSPECTION, inspection.getId(), inspection.getEntityId());
    }

    public Findings account(Account account) {
        return subject(SubjectType.ACCOUNT, account.getId(), account.getEntityId());
    }

    public Findings person(Person person) {
        return subject(SubjectType.PERSON, person.getId(), person.getEntityId());
    }

    private Findings subject(SubjectType type, String id, String entityId) {
        this.subjectId = id;
        builder.subjectType(type).subjectId(id).entityId(entityId);
        facts.add(id);
        return this;
    }

    /** Tells apart several findings of one rule about one subject (a preference, a case). */
    public Findings qualifier(String qualifier) {
        this.qualifier = qualifier;
        return this;
    }

    public Findings amount(BigDecimal cny) {
        builder.amountCny(cny.setScale(2, java.math.RoundingMode.UNNECESSARY));
        return this;
    }

    public Findings quantity(BigDecimal quantity, String unit) {
        builder.quantity(quantity).unit(unit);
        return this;
    }

    public Findings quantity(long quantity, String unit) {
        return quantity(BigDecimal.valueOf(quantity), unit);
    }

    public Findings period(LocalDate from, LocalDate to) {
        builder.periodFrom(from).periodTo(to);
        return this;
    }

    /**
     * A field of the explanation, named as the templates name it: a date shows ISO, a decimal plain, a collection
     * its elements in natural order, a code (an enum) as the code in English and its label in other languages, a
     * yes/no as labelled.
     */
    public Findings field(String name, Object value) {
        fieldNames.add(name);
        fieldValues.add(kept(value));
        return this;
    }

    /**
     * A field's value as the finding keeps it: a collection copied, since the one a rule gives may be a view of the
     * engine's (Drools' {@code collectSet} gives a map's key set), which a finding sent elsewhere cannot carry.
     */
    private static Object kept(Object value) {
        if (value instanceof java.util.Set<?> set) {
            return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(set));
        }
        if (value instanceof java.util.Collection<?> many) {
            return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(many));
        }
        return value;
    }

    /** A day as an explanation shows it: marked as presumed where it is a presumed start, not an established one. */
    public static Object day(LocalDate day, boolean presumed) {
        return presumed ? Phrase.of(Phrase.PRESUMED_DAY, "day", day) : day;
    }

    /** The ids of the facts that made the rule fire, beside the subject. */
    public Findings facts(Object... ids) {
        for (Object id : ids) {
            if (id instanceof java.util.Collection<?> many) {
                many.stream().map(String::valueOf).sorted(NaturalOrder.INSTANCE).forEach(this::addFact);
            } else if (id != null) {
                addFact(String.valueOf(id));
            }
        }
        return this;
    }

    private void addFact(String id) {
        facts.add(id);
    }

    public Finding build() {
        if (subjectId == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' built a finding without a subject");
        }
        Explanation explained = new Explanation(metadata(rule, RULE_ID) + "/" + measure,
                FIELD_LISTS.computeIfAbsent(fieldNames, List::copyOf),
                java.util.Collections.unmodifiableList(java.util.Arrays.asList(fieldValues.toArray())));
        return builder.id(idOf(ruleId, subjectId, qualifier)).ruleId(ruleId).ruleName(rule.getName())
                .explanation(renderer().apply(explained)).explained(explained)
                .facts(List.copyOf(facts)).build();
    }

    @SuppressWarnings("unchecked")
    private java.util.function.Function<Explanation, String> renderer() {
        Object renderer = kcontext.getKieRuntime() == null ? null
                : kcontext.getKieRuntime().getEnvironment().get(RENDERER);
        if (renderer == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' built a finding in a session without the"
                    + " labels that explain it");
        }
        return (java.util.function.Function<Explanation, String>) renderer;
    }

    /** The id of the finding of rule {@code ruleId} about {@code subjectId}: {@code ruleId/subject[/qualifier]}. */
    public static String idOf(String ruleId, String subjectId, String qualifier) {
        return ruleId + "/" + subjectId + (qualifier == null ? "" : "/" + qualifier);
    }
}

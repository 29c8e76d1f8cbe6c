package io.miningaudit.engine.functions;

import io.miningaudit.facts.Account;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.Person;
import io.miningaudit.facts.SubjectType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds a finding in a rule's consequence. The rule ID and basis come from the rule's own metadata
 * ({@code @ruleId}, {@code @basis}), so a finding always names the rule that made it:
 *
 * <pre>
 * insertLogical(Findings.of(kcontext, Measure.SHUTDOWN_ORDER).inspection($i)
 *     .explain("... %s ...", $i.getDate()).facts($i.getId()).build());
 * </pre>
 */
public final class Findings {
    public static final String RULE_ID = "ruleId";
    public static final String BASIS = "basis";

    private final Rule rule;
    private final Finding.FindingBuilder builder = Finding.builder();
    private String ruleId;
    private String subjectId;
    private String qualifier;
    /** The subject, then the facts in the order given, each once: a lead may name thousands of detections. */
    private final java.util.Set<String> facts = new java.util.LinkedHashSet<>();

    private Findings(Rule rule, Measure measure) {
        this.rule = rule;
        this.ruleId = metadata(rule, RULE_ID);
        builder.measure(measure).basis(metadata(rule, BASIS));
    }

    public static Findings of(RuleContext kcontext, Measure measure) {
        return new Findings(kcontext.getRule(), measure);
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

    /** The explanation: {@code %s} placeholders filled with the facts' values, dates ISO, decimals plain. */
    public Findings explain(String format, Object... args) {
        builder.explanation(Text.format(format, args));
        return this;
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
        return builder.id(idOf(ruleId, subjectId, qualifier)).ruleId(ruleId).ruleName(rule.getName())
                .facts(List.copyOf(facts)).build();
    }

    /** The id of the finding of rule {@code ruleId} about {@code subjectId}: {@code ruleId/subject[/qualifier]}. */
    public static String idOf(String ruleId, String subjectId, String qualifier) {
        return ruleId + "/" + subjectId + (qualifier == null ? "" : "/" + qualifier);
    }

    /** Formatting of values in explanations. */
    public static final class Text {
        private Text() {
        }

        public static String format(String format, Object... args) {
            Object[] shown = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                shown[i] = show(args[i]);
            }
            return String.format(Locale.ROOT, format, shown);
        }

        /** A day, marked " (presumed)" when it is a presumed start rather than an established one. */
        public static String day(LocalDate day, boolean presumed) {
            return presumed ? day + " (presumed)" : day.toString();
        }

        static String show(Object value) {
            if (value instanceof BigDecimal d) {
                return d.toPlainString();
            }
            if (value instanceof Exact e) {
                return e.toKwh().toPlainString();
            }
            if (value instanceof java.util.Collection<?> c) {
                return String.join(", ", c.stream().map(Text::show).sorted(NaturalOrder.INSTANCE).toList());
            }
            return String.valueOf(value);
        }
    }
}

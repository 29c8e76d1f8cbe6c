package io.miningaudit.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.miningaudit.facts.Account;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.CaseInfo;
import io.miningaudit.facts.CatalogueRate;
import io.miningaudit.facts.Consumption;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.Inspection;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.facts.Machine;
import io.miningaudit.facts.Person;
import io.miningaudit.intake.CaseSchema.Field;
import io.miningaudit.intake.CaseSchema.Table;
import io.miningaudit.facts.DetectionSource;
import io.miningaudit.facts.Province;
import io.miningaudit.text.Suggestions;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Gives a raw case its types: checks every field of every record against {@link CaseSchema}, then the checks
 * that span records ({@link CaseChecks}), and binds what passed to the fact model. Every problem is collected;
 * a case with any problem is rejected whole.
 */
final class CaseBinder {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A record with its typed values, kept beside its raw form for the checks that span records. */
    record Typed(RawRecord raw, Table table, Map<String, Object> values) {
        Object get(String field) {
            return values.get(field);
        }

        Location at(String field) {
            RawValue v = raw.fields().get(field);
            return v == null ? raw.location() : v.location();
        }

        String path(String field) {
            return raw.path() + "." + field;
        }
    }

    /** Where the records come from: a case file read once per {@link TableFilter}, or a case already read whole. */
    @FunctionalInterface
    interface CaseSource {
        /** Reads the tables the filter takes; with a sink, hands each record on as it is read instead of keeping it. */
        RawCase read(TableFilter filter, Consumer<RawRecord> sink) throws IOException;

        /** A case read whole already: the streamed tables are replayed from it. */
        static CaseSource of(RawCase whole) {
            return (filter, sink) -> {
                if (sink == null) {
                    return whole;
                }
                RawCase part = new RawCase(whole.file());
                filter.tables().forEach(t -> whole.records(t).forEach(sink));
                return part;
            };
        }
    }

    private final CaseSource source;
    private final LocalDate asOfOverride;
    private final LocalDate today;
    private final List<Problem> problems = new ArrayList<>();

    CaseBinder(CaseSource source, LocalDate asOfOverride, LocalDate today) {
        this.source = source;
        this.asOfOverride = asOfOverride;
        this.today = today;
    }

    /**
     * Reads the tables other than the streamed ones whole and checks them; then streams the large tables through
     * the checks of one record into compact columns ({@link DetectionColumns}, {@link ConsumptionColumns}).
     */
    CaseFile bind() throws CaseDataException, IOException {
        RawCase raw = source.read(TableFilter.kept(), null);
        problems.addAll(raw.problems());
        if (raw.isUnparseable()) {
            // Records read before the break are partial: checking them would report problems that are not there.
            throw new CaseDataException(raw.file(), problems.stream().sorted().toList());
        }
        Map<String, List<Typed>> typed = new LinkedHashMap<>();
        for (Table table : CaseSchema.tables()) {
            List<Typed> records = new ArrayList<>();
            if (!TableFilter.STREAMED.contains(table.name())) {
                for (RawRecord record : raw.records(table.name())) {
                    records.add(type(table, record));
                }
            }
            typed.put(table.name(), records);
        }
        List<Typed> caseRecords = typed.get(CaseSchema.CASE);
        LocalDate asOf = asOfOverride;
        Location top = raw.top();
        if (caseRecords.isEmpty()) {
            problems.add(new Problem(top, CaseSchema.CASE, raw.has(CaseSchema.CASE) ? "must hold one record"
                    : "required table is missing"));
        } else if (caseRecords.size() > 1) {
            problems.add(new Problem(caseRecords.get(1).raw().location(), CaseSchema.CASE,
                    "must hold one record, not " + caseRecords.size()));
        } else if (asOf == null) {
            asOf = (LocalDate) caseRecords.get(0).get("asOf");
        }
        if (asOf == null) {
            asOf = today;
        }
        if (!raw.has("entities")) {
            problems.add(new Problem(top, "entities", "required table is missing"));
        } else if (raw.records("entities").isEmpty() && problems.stream().noneMatch(p -> "entities".equals(p.path()))) {
            problems.add(new Problem(top, "entities", "must hold at least one record"));
        }
        CaseChecks checks = new CaseChecks(typed, asOf, problems);
        checks.run();

        // The tables held whole are bound now, so that their raw form is gone before the large tables stream in.
        CaseFile.CaseFileBuilder kept = null;
        if (problems.isEmpty()) {
            Map<String, Object> caseValues = new LinkedHashMap<>(caseRecords.get(0).values());
            caseValues.put("asOf", asOf);
            kept = CaseFile.builder()
                    .caseInfo(MAPPER.convertValue(caseValues, CaseInfo.class))
                    .entities(bindAll(typed, "entities", Entity.class))
                    .inspections(bindAll(typed, "inspections", Inspection.class))
                    .machines(bindAll(typed, "machines", Machine.class))
                    .persons(bindAll(typed, "persons", Person.class))
                    .accounts(bindAll(typed, "accounts", Account.class))
                    .catalogueRates(bindAll(typed, "catalogueRates", CatalogueRate.class));
        }
        String file = raw.file();
        typed = null;
        raw = null;

        CaseFile whole = kept == null ? null : kept.build();
        Streamed streamed = new Streamed(checks, whole);
        RawCase part = source.read(TableFilter.streamed(), streamed::accept);
        problems.addAll(part.problems());
        if (part.isUnparseable()) {
            throw new CaseDataException(part.file(), problems.stream().sorted().toList());
        }
        checks.finishStreamed();
        if (!problems.isEmpty()) {
            throw new CaseDataException(file, problems.stream().sorted().toList());
        }
        return CaseFile.of(whole.getCaseInfo(), whole.getEntities(), streamed.detections, whole.getInspections(),
                whole.getMachines(), whole.getPersons(), whole.getAccounts(), streamed.consumption,
                whole.getCatalogueRates());
    }

    /** The large tables as their records stream in: checked one by one, kept in columns while the case is sound. */
    private final class Streamed {
        private final CaseChecks checks;
        private final DetectionColumns detections;
        private final ConsumptionColumns consumption;

        Streamed(CaseChecks checks, CaseFile kept) {
            this.checks = checks;
            List<Entity> entities = kept == null ? List.of() : kept.getEntities();
            List<Account> accounts = kept == null ? List.of() : kept.getAccounts();
            this.detections = new DetectionColumns(entities, positions(entities, Entity::getId));
            this.consumption = new ConsumptionColumns(accounts, positions(accounts, Account::getId));
        }

        void accept(RawRecord record) {
            Typed t = type(CaseSchema.table(record.table()), record);
            checks.streamed(t);
            if (!problems.isEmpty()) {
                // The case will be rejected: its records are checked on but no longer kept.
                return;
            }
            if ("ipDetections".equals(record.table())) {
                detections.append(detection(t));
            } else {
                consumption.append(Consumption.builder().accountId((String) t.get("accountId"))
                        .from((LocalDate) t.get("from")).to((LocalDate) t.get("to")).kwh((BigDecimal) t.get("kwh"))
                        .build());
            }
        }
    }

    private static IpDetection detection(Typed t) {
        return IpDetection.builder()
                .id((String) t.get("id"))
                .ip((String) t.get("ip"))
                .province(Province.valueOf((String) t.get("province")))
                .detectedOn((LocalDate) t.get("detectedOn"))
                .source(DetectionSource.valueOf((String) t.get("source")))
                .entityId((String) t.get("entityId"))
                .coin((String) t.get("coin"))
                .build();
    }

    private static <T> Map<String, Integer> positions(List<T> records, Function<T, String> id) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            positions.putIfAbsent(id.apply(records.get(i)), i);
        }
        return positions;
    }

    private static <T> List<T> bindAll(Map<String, List<Typed>> typed, String table, Class<T> type) {
        return typed.get(table).stream().map(t -> MAPPER.convertValue(t.values(), type)).toList();
    }

    private Typed type(Table table, RawRecord record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, RawValue> e : record.fields().entrySet()) {
            String name = e.getKey();
            RawValue value = e.getValue();
            var field = table.field(name);
            if (field.isEmpty()) {
                problems.add(new Problem(record.nameLocation(name), record.path() + "." + Values.name(name),
                        "unknown field" + Suggestions.didYouMean(name, table.fieldNames())));
                continue;
            }
            if (value.isAbsent()) {
                continue;
            }
            Object typedValue = convert(field.get(), value, record.path() + "." + name);
            if (typedValue != null) {
                values.put(name, typedValue);
            }
        }
        for (Field field : table.fields()) {
            if (field.required() && !values.containsKey(field.name())
                    && !hasInvalidValue(record, field)) {
                problems.add(new Problem(record.location(), record.path() + "." + field.name(),
                        "required field is missing"));
            }
        }
        return new Typed(record, table, values);
    }

    private static boolean hasInvalidValue(RawRecord record, Field field) {
        RawValue v = record.fields().get(field.name());
        return v != null && !v.isAbsent();
    }

    /** The value in the field's type, or null after recording why it cannot be. */
    private Object convert(Field field, RawValue value, String path) {
        String text = value.text().trim();
        if (value.kind() != RawValue.Kind.LIST && value.kind() != RawValue.Kind.OBJECT
                && !isText(text, field.maxLength(), value.location(), path)) {
            return null;
        }
        switch (field.type()) {
            case STRING, ID, REF -> {
                if (value.kind() != RawValue.Kind.STRING && value.kind() != RawValue.Kind.NUMBER) {
                    return wrongType(value, path, "text");
                }
                return check(field, text, value, path);
            }
            case DATE -> {
                if (value.kind() != RawValue.Kind.STRING && value.kind() != RawValue.Kind.DATE_CELL) {
                    return wrongType(value, path, "a date (YYYY-MM-DD)");
                }
                LocalDate day = Values.date(text);
                if (day == null) {
                    return value.kind() == RawValue.Kind.DATE_CELL
                            ? problem(value, path, value.shown() + " is no day between " + CaseSchema.FIRST_DAY
                                    + " and " + CaseSchema.LAST_DAY)
                            : wrongType(value, path, "a date (YYYY-MM-DD)");
                }
                String outside = Values.dateProblem(day, field.earliest());
                return outside == null ? day : problem(value, path, outside);
            }
            case DECIMAL -> {
                if (value.kind() != RawValue.Kind.NUMBER && value.kind() != RawValue.Kind.NUMBER_CELL
                        && value.kind() != RawValue.Kind.STRING) {
                    return wrongType(value, path, "a decimal number");
                }
                BigDecimal number = Values.decimal(text);
                if (number == null) {
                    return wrongType(value, path, "a decimal number");
                }
                String beyond = Values.decimalProblem(number);
                if (beyond != null) {
                    return problem(value, path, value.shown() + " " + beyond);
                }
                return check(field, Values.kept(number), value, path);
            }
            case BOOL -> {
                if ((value.kind() == RawValue.Kind.BOOLEAN || value.kind() == RawValue.Kind.STRING)
                        && (text.equals("true") || text.equals("false") || text.equals("TRUE") || text.equals("FALSE"))) {
                    return text.equals("true") || text.equals("TRUE");
                }
                return wrongType(value, path, "true or false");
            }
            case ENUM -> {
                if (value.kind() != RawValue.Kind.STRING) {
                    return wrongType(value, path, "one of " + String.join(", ", field.enumValues()));
                }
                return enumValue(field, text, value, path);
            }
            case ENUM_LIST -> {
                List<Object> items = new ArrayList<>();
                if (value.kind() == RawValue.Kind.LIST) {
                    for (RawValue item : value.items()) {
                        String itemText = item.text().trim();
                        Object v = item.kind() != RawValue.Kind.STRING
                                ? wrongType(item, path, "one of " + String.join(", ", field.enumValues()))
                                : isText(itemText, field.maxLength(), item.location(), path)
                                ? enumValue(field, itemText, item, path) : null;
                        if (v != null) {
                            items.add(v);
                        }
                    }
                } else if (value.kind() == RawValue.Kind.STRING) {
                    // The table forms write a list with ';' between items.
                    for (String part : text.split(";")) {
                        if (!part.isBlank()) {
                            Object v = enumValue(field, part.trim(), value, path);
                            if (v != null) {
                                items.add(v);
                            }
                        }
                    }
                } else {
                    return wrongType(value, path, "a list");
                }
                return items;
            }
            default -> throw new IllegalStateException(field.type().name());
        }
    }

    /** Whether a value's text may be kept (its length and characters); records why not. */
    private boolean isText(String text, int maxLength, Location at, String path) {
        String why = Values.textProblem(text, maxLength);
        if (why != null) {
            problems.add(new Problem(at, path, why));
        }
        return why == null;
    }

    private Object enumValue(Field field, String text, RawValue value, String path) {
        if (field.enumValues().contains(text)) {
            return text;
        }
        return problem(value, path, Values.shown(text) + " is not one of "
                + String.join(", ", field.enumValues()) + Suggestions.didYouMean(text, field.enumValues()));
    }

    private Object check(Field field, Object typedValue, RawValue value, String path) {
        String problem = switch (field.check()) {
            case NON_NEGATIVE -> ((BigDecimal) typedValue).signum() < 0 ? "must not be negative" : null;
            case POSITIVE -> ((BigDecimal) typedValue).signum() <= 0 ? "must be greater than 0" : null;
            case IP_ADDRESS -> Identifiers.isIpAddress((String) typedValue) ? null
                    : '"' + typedValue.toString() + "\" is not an IPv4 or IPv6 address";
            case CREDIT_CODE -> {
                String why = Identifiers.creditCodeProblem((String) typedValue);
                yield why == null ? null : "credit code \"" + typedValue + "\" " + why;
            }
            case CASE_ID -> Values.isCaseId((String) typedValue) ? null
                    : '"' + typedValue.toString() + "\" may hold only letters, digits, '-' and '_'";
            default -> null;
        };
        if (problem != null) {
            problems.add(new Problem(value.location(), path, problem));
            return null;
        }
        return typedValue;
    }

    private Object wrongType(RawValue value, String path, String expected) {
        return problem(value, path, value.shown() + " is not " + expected);
    }

    private Object problem(RawValue value, String path, String message) {
        problems.add(new Problem(value.location(), path, message));
        return null;
    }
}

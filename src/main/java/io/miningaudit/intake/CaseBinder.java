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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private final RawCase raw;
    private final LocalDate asOfOverride;
    private final LocalDate today;
    private final List<Problem> problems = new ArrayList<>();

    CaseBinder(RawCase raw, LocalDate asOfOverride, LocalDate today) {
        this.raw = raw;
        this.asOfOverride = asOfOverride;
        this.today = today;
        problems.addAll(raw.problems());
    }

    CaseFile bind() throws CaseDataException {
        if (raw.isUnparseable()) {
            // Records read before the break are partial: checking them would report problems that are not there.
            throw new CaseDataException(raw.file(), problems.stream().sorted().toList());
        }
        Map<String, List<Typed>> typed = new LinkedHashMap<>();
        for (Table table : CaseSchema.tables()) {
            List<Typed> records = new ArrayList<>();
            for (RawRecord record : raw.records(table.name())) {
                records.add(type(table, record));
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
        new CaseChecks(typed, asOf, problems).run();
        if (!problems.isEmpty()) {
            throw new CaseDataException(raw.file(), problems.stream().sorted().toList());
        }
        Map<String, Object> caseValues = new LinkedHashMap<>(caseRecords.get(0).values());
        caseValues.put("asOf", asOf);
        return CaseFile.builder()
                .caseInfo(MAPPER.convertValue(caseValues, CaseInfo.class))
                .entities(bindAll(typed, "entities", Entity.class))
                .ipDetections(bindAll(typed, "ipDetections", IpDetection.class))
                .inspections(bindAll(typed, "inspections", Inspection.class))
                .machines(bindAll(typed, "machines", Machine.class))
                .persons(bindAll(typed, "persons", Person.class))
                .accounts(bindAll(typed, "accounts", Account.class))
                .consumption(bindAll(typed, "consumption", Consumption.class))
                .catalogueRates(bindAll(typed, "catalogueRates", CatalogueRate.class))
                .build();
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
                problems.add(new Problem(record.nameLocation(name), record.path() + "." + name,
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
        switch (field.type()) {
            case STRING, ID, REF -> {
                if (value.kind() != RawValue.Kind.STRING && value.kind() != RawValue.Kind.NUMBER) {
                    return wrongType(value, path, "text");
                }
                return check(field, text, value, path);
            }
            case DATE -> {
                if (value.kind() != RawValue.Kind.STRING) {
                    return wrongType(value, path, "a date (YYYY-MM-DD)");
                }
                try {
                    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        throw new DateTimeParseException("shape", text, 0);
                    }
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    return wrongType(value, path, "a date (YYYY-MM-DD)");
                }
            }
            case DECIMAL -> {
                if (value.kind() != RawValue.Kind.NUMBER && value.kind() != RawValue.Kind.STRING) {
                    return wrongType(value, path, "a decimal number");
                }
                BigDecimal number;
                try {
                    number = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    return wrongType(value, path, "a decimal number");
                }
                return check(field, number, value, path);
            }
            case BOOL -> {
                if (value.kind() == RawValue.Kind.BOOLEAN || value.kind() == RawValue.Kind.STRING) {
                    String lower = text.toLowerCase(Locale.ROOT);
                    if (lower.equals("true") || lower.equals("false")) {
                        return Boolean.valueOf(lower);
                    }
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
                        Object v = item.kind() == RawValue.Kind.STRING
                                ? enumValue(field, item.text().trim(), item, path)
                                : wrongType(item, path, "one of " + String.join(", ", field.enumValues()));
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

    private Object enumValue(Field field, String text, RawValue value, String path) {
        if (field.enumValues().contains(text)) {
            return text;
        }
        problems.add(new Problem(value.location(), path, '"' + text + "\" is not one of "
                + String.join(", ", field.enumValues()) + Suggestions.didYouMean(text, field.enumValues())));
        return null;
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
            case CASE_ID -> ((String) typedValue).matches("[A-Za-z0-9_-]+") ? null
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
        problems.add(new Problem(value.location(), path, value.shown() + " is not " + expected));
        return null;
    }
}

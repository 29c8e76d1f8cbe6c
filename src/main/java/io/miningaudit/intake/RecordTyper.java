package io.miningaudit.intake;

import io.miningaudit.intake.CaseSchema.Field;
import io.miningaudit.intake.CaseSchema.Table;
import io.miningaudit.text.Suggestions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a raw record's values to the types of {@link CaseSchema}: text, dates, decimals, booleans, enumerations,
 * with their checks (length, range, sign, address and code forms). What cannot be converted is a located problem,
 * added to the list it is given; the record keeps the values that could.
 */
final class RecordTyper {
    private final List<Problem> problems;

    RecordTyper(List<Problem> problems) {
        this.problems = problems;
    }

    /**
     * Where a value stands, such as {@code ipDetections[12].ip}: made into text only for a problem, since a large case
     * converts millions of values that have none.
     */
    private record Path(RawRecord record, String field) {
        @Override
        public String toString() {
            return record.path() + "." + field;
        }
    }

    /** The record with the values that convert; each that does not, and each required one missing, is a problem. */
    TypedRecord type(Table table, RawRecord record) {
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
            Object typedValue = convert(field.get(), value, new Path(record, name));
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
        return new TypedRecord(record, table, values);
    }

    private static boolean hasInvalidValue(RawRecord record, Field field) {
        RawValue v = record.fields().get(field.name());
        return v != null && !v.isAbsent();
    }

    /** The value in the field's type, or null after recording why it cannot be. */
    private Object convert(Field field, RawValue value, Path path) {
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
                        && (text.equals("true") || text.equals("false") || text.equals("TRUE")
                                || text.equals("FALSE"))) {
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
    private boolean isText(String text, int maxLength, Location at, Path path) {
        String why = Values.textProblem(text, maxLength);
        if (why != null) {
            problems.add(new Problem(at, path.toString(), why));
        }
        return why == null;
    }

    private Object enumValue(Field field, String text, RawValue value, Path path) {
        if (field.enumValues().contains(text)) {
            return text;
        }
        return problem(value, path, Values.shown(text) + " is not one of "
                + String.join(", ", field.enumValues()) + Suggestions.didYouMean(text, field.enumValues()));
    }

    private Object check(Field field, Object typedValue, RawValue value, Path path) {
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
            problems.add(new Problem(value.location(), path.toString(), problem));
            return null;
        }
        return typedValue;
    }

    private Object wrongType(RawValue value, Path path, String expected) {
        return problem(value, path, value.shown() + " is not " + expected);
    }

    private Object problem(RawValue value, Path path, String message) {
        problems.add(new Problem(value.location(), path.toString(), message));
        return null;
    }
}

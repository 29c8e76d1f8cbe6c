package io.miningaudit.facts;

import java.util.List;
import lombok.NonNull;
import lombok.Value;

/**
 * What a finding's explanation is made of: the template's key ({@code RULE-ID/MEASURE}: the {@code @ruleId} of the
 * rule that made the finding, and its measure) and the named fields the rule gave, in order. The template of each
 * language, in the labels workbook under {@code rules/}, names the fields it shows ({@code {account}}); the English
 * text is rendered when the finding is built, another language's when a report in it is written.
 */
@Value
public class Explanation implements java.io.Serializable {
    @NonNull String key;
    /** The fields' names: one shared list per rule, as each finding of a rule names the same fields. */
    @NonNull List<String> fields;
    /** The fields' values, in the order of {@link #fields}; a value may be null. */
    @NonNull List<Object> values;

    /** The value of the field named {@code field}, or null if there is none. */
    public Object value(String field) {
        int i = fields.indexOf(field);
        return i < 0 ? null : values.get(i);
    }
}

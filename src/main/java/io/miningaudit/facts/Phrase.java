package io.miningaudit.facts;

import java.util.Arrays;
import java.util.List;
import lombok.NonNull;
import lombok.Value;

/**
 * A part of an explanation with words of its own, built in Java: its key names its template in the labels workbook's
 * Phrases sheet, which shows its fields as {@code {field}} in each language.
 */
@Value
public class Phrase implements java.io.Serializable {
    /** A day that was presumed, not established: field {@code day}. */
    public static final String PRESUMED_DAY = "presumed-day";
    /** One catalogue rate a back-payment used: {@code rate}, {@code from}, {@code days}, {@code kwh},
     * {@code difference}. */
    public static final String RATE_USED = "rate-used";
    /** The largest step change of a load profile: {@code ratio}, {@code on} (the first day after the step). */
    public static final String STEP = "step";
    /** A load profile in which no step change could be measured: no field. */
    public static final String NO_STEP = "no-step";

    @NonNull String key;
    @NonNull List<String> fields;
    @NonNull List<Object> values;

    /** The phrase {@code key} of the fields named and valued alternately: {@code "day", day}. */
    public static Phrase of(String key, Object... namesAndValues) {
        String[] names = new String[namesAndValues.length / 2];
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) namesAndValues[2 * i];
            values[i] = namesAndValues[2 * i + 1];
        }
        return new Phrase(key, List.of(names), Arrays.asList(values));
    }
}

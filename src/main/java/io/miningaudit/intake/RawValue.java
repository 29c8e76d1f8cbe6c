package io.miningaudit.intake;

import java.util.List;

/**
 * A value as the file wrote it, before the schema gives it a type. A workbook's number and date cells keep their own
 * kinds: a cell Excel turned into a number or a date is not text (an id {@code 00123} would have lost its zeros).
 */
public record RawValue(Kind kind, String text, List<RawValue> items, Location location) {

    public enum Kind { STRING, NUMBER, BOOLEAN, NULL, LIST, OBJECT, NUMBER_CELL, DATE_CELL }

    public static RawValue scalar(Kind kind, String text, Location location) {
        return new RawValue(kind, text, List.of(), location);
    }

    /** Absent in the sense of FACTS.md: null, or an empty or blank text. */
    public boolean isAbsent() {
        return kind == Kind.NULL
                || ((kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.NUMBER_CELL) && text.isBlank());
    }

    /** How the value reads in an error message. */
    public String shown() {
        return switch (kind) {
            case STRING -> Values.shown(text);
            case LIST -> "a list";
            case OBJECT -> "an object";
            case NUMBER_CELL -> "the number cell " + Values.name(text);
            case DATE_CELL -> "the date cell " + Values.name(text);
            default -> Values.name(text);
        };
    }
}

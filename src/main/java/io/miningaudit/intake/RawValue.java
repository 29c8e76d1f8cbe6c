package io.miningaudit.intake;

import java.util.List;

/** A value as the file wrote it, before the schema gives it a type. */
public record RawValue(Kind kind, String text, List<RawValue> items, Location location) {

    public enum Kind { STRING, NUMBER, BOOLEAN, NULL, LIST, OBJECT }

    public static RawValue scalar(Kind kind, String text, Location location) {
        return new RawValue(kind, text, List.of(), location);
    }

    /** Absent in the sense of FACTS.md: null, or an empty or blank text. */
    public boolean isAbsent() {
        return kind == Kind.NULL || ((kind == Kind.STRING || kind == Kind.NUMBER) && text.isBlank());
    }

    /** How the value reads in an error message. */
    public String shown() {
        return switch (kind) {
            case STRING -> '"' + text + '"';
            case LIST -> "a list";
            case OBJECT -> "an object";
            default -> text;
        };
    }
}

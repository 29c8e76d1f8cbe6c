package io.miningaudit.intake;

import io.miningaudit.intake.CaseSchema.Table;
import java.util.Map;

/** A record with its typed values, kept beside its raw form for the checks that span records. */
record TypedRecord(RawRecord raw, Table table, Map<String, Object> values) {
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

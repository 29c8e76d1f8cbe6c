package io.miningaudit.intake;

import java.io.IOException;
import java.util.function.Consumer;

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

package io.miningaudit.report;

import java.io.IOException;
import java.util.List;

/** A file to write cannot replace what stands at its name (a folder): found before any file of the set is written. */
public final class TargetInTheWayException extends IOException {
    private final List<String> problems;

    TargetInTheWayException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

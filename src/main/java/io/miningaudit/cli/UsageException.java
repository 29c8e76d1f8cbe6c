package io.miningaudit.cli;

import java.util.List;

/** Bad usage that a command finds before it starts work (exit 2): every problem, each a line of its own. */
final class UsageException extends Exception {
    private final List<String> problems;

    UsageException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}

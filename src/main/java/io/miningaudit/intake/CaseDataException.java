package io.miningaudit.intake;

import java.util.List;

/** A case file rejected whole, with every problem found in it. */
public class CaseDataException extends Exception {
    private final transient List<Problem> problems;

    public CaseDataException(String file, List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in case file " + file);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

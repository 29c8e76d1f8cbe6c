package io.miningaudit.engine;

/**
 * A problem with the rules: where it is ({@code file:line:column}, or a decision table's workbook and cell) and
 * what it is.
 */
public record RuleProblem(Level level, String location, String message) implements Comparable<RuleProblem> {

    public enum Level { ERROR, WARNING }

    @Override
    public int compareTo(RuleProblem o) {
        int c = level.compareTo(o.level);
        c = c != 0 ? c : io.miningaudit.engine.functions.NaturalOrder.INSTANCE.compare(location, o.location);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return location + ": " + (level == Level.WARNING ? "warning: " : "") + message;
    }
}

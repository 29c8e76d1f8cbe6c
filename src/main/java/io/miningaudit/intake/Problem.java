package io.miningaudit.intake;

/** One thing wrong with a case file: where, which record and field, and what. */
public record Problem(Location location, String path, String message) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem o) {
        int c = location.compareTo(o.location);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return path == null || path.isEmpty() ? location + ": " + message : location + ": " + path + ": " + message;
    }
}

package io.miningaudit.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A case file as read, table by table, with the problems the reader already met. Given a sink, it hands each record
 * on as it is read instead of keeping it, so that a table of millions of records streams through.
 */
public final class RawCase {
    private final String file;
    private final Map<String, List<RawRecord>> tables = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Consumer<RawRecord> sink;
    private boolean unparseable;
    private Location top;

    public RawCase(String file) {
        this(file, null);
    }

    RawCase(String file, Consumer<RawRecord> sink) {
        this.file = file;
        this.sink = sink;
    }

    public String file() {
        return file;
    }

    /** Where a problem of the whole file is reported, such as a missing table: its start, or the file itself. */
    public Location top() {
        return top != null ? top : new Location.Text(file, 1, 1);
    }

    public void top(Location location) {
        this.top = location;
    }

    public void add(RawRecord record) {
        counts.merge(record.table(), 1, Integer::sum);
        if (sink != null) {
            sink.accept(record);
        } else {
            tables.computeIfAbsent(record.table(), t -> new ArrayList<>()).add(record);
        }
    }

    /** How many records of a table were read so far: the index the next one gets. */
    public int count(String table) {
        return counts.getOrDefault(table, 0);
    }

    /** Marks a table as present even when it has no records. */
    public void touch(String table) {
        tables.computeIfAbsent(table, t -> new ArrayList<>());
    }

    public boolean has(String table) {
        return tables.containsKey(table);
    }

    public List<RawRecord> records(String table) {
        return tables.getOrDefault(table, List.of());
    }

    public void problem(Problem problem) {
        problems.add(problem);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The file could not be read to its end: what was read is partial, so only the reader's problems count. */
    public void unparseable(Problem problem) {
        problems.add(problem);
        unparseable = true;
    }

    public boolean isUnparseable() {
        return unparseable;
    }
}

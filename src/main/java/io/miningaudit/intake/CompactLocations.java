package io.miningaudit.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locations kept for millions of records at ten bytes each: a line (or row), a column, and the file or sheet they
 * are in, so that a problem found after a record was read (a duplicate id, an overlap) can still say where.
 */
final class CompactLocations {
    private final List<Location> frames = new ArrayList<>();
    private final Map<Location, Integer> frameIndex = new HashMap<>();
    private short[] frame = new short[16];
    private int[] line = new int[16];
    private int[] column = new int[16];
    private int size;

    int add(Location location) {
        Location prototype;
        int l;
        int c;
        if (location instanceof Location.Cell cell) {
            prototype = new Location.Cell(cell.file(), cell.sheetIndex(), cell.sheet(), 0, 0);
            l = cell.row();
            c = cell.column();
        } else {
            Location.Text text = (Location.Text) location;
            prototype = new Location.Text(text.file(), 0, 0);
            l = text.line();
            c = text.column();
        }
        Integer f = frameIndex.get(prototype);
        if (f == null) {
            if (frames.size() > Short.MAX_VALUE) {
                throw new IllegalStateException("too many files or sheets for one table");
            }
            f = frames.size();
            frames.add(prototype);
            frameIndex.put(prototype, f);
        }
        frame = Growing.ensure(frame, size);
        line = Growing.ensure(line, size);
        column = Growing.ensure(column, size);
        frame[size] = f.shortValue();
        line[size] = l;
        column[size] = c;
        return size++;
    }

    Location get(int index) {
        Location prototype = frames.get(frame[index]);
        if (prototype instanceof Location.Cell cell) {
            return new Location.Cell(cell.file(), cell.sheetIndex(), cell.sheet(), line[index], column[index]);
        }
        return new Location.Text(((Location.Text) prototype).file(), line[index], column[index]);
    }
}

package io.miningaudit.facts;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The IP detections of a case as a list whose columns can be read without making each detection: a pass over three
 * million detections that needs only their owners, addresses and provinces (the partitions, the Summary, the Flagged
 * agencies sheet) does not decode every detection's id and coin. The reader's compact columns implement it; {@link
 * #of} gives any other list the same face.
 */
public interface IpDetectionColumns extends List<IpDetection> {
    /** The owner of detection {@code i}, or null when it is not yet attributed. */
    String entityIdAt(int i);

    IpAddress ipAt(int i);

    /**
     * The position of detection {@code i}'s owner in {@code entities}, or -1 when it is not yet attributed;
     * {@code index} gives each entity id's position there. Columns built over {@code entities} know it already.
     */
    default int ownerIndexAt(int i, List<Entity> entities, java.util.Map<String, Integer> index) {
        String owner = entityIdAt(i);
        return owner == null ? -1 : index.get(owner);
    }

    Province provinceAt(int i);

    /** {@code detections} itself when it has columns, else a view that reads each detection. */
    static IpDetectionColumns of(List<IpDetection> detections) {
        if (detections instanceof IpDetectionColumns columns) {
            return columns;
        }
        return new Rows(detections);
    }

    /** A plain list of detections read row by row. */
    final class Rows extends AbstractList<IpDetection> implements IpDetectionColumns, RandomAccess {
        private final List<IpDetection> rows;

        private Rows(List<IpDetection> rows) {
            this.rows = rows;
        }

        @Override
        public IpDetection get(int i) {
            return rows.get(i);
        }

        @Override
        public int size() {
            return rows.size();
        }

        @Override
        public String entityIdAt(int i) {
            return rows.get(i).getEntityId();
        }

        @Override
        public IpAddress ipAt(int i) {
            return rows.get(i).getIp();
        }

        @Override
        public Province provinceAt(int i) {
            return rows.get(i).getProvince();
        }
    }
}

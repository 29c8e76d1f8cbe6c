package io.miningaudit.intake;

import io.miningaudit.facts.DetectionSource;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.IpAddress;
import io.miningaudit.facts.IpDetection;
import io.miningaudit.facts.IpDetectionColumns;
import io.miningaudit.facts.Province;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The IP detections of a case in columns, about fifty bytes a detection where objects take three times that: a
 * national month of three million detections fits in a small heap. It reads as a list of {@link IpDetection}s,
 * each made when it is asked for; the owner's id and the coin are shared strings.
 */
final class DetectionColumns extends AbstractList<IpDetection> implements IpDetectionColumns, RandomAccess {
    private static final Province[] PROVINCES = Province.values();
    private static final DetectionSource[] SOURCES = DetectionSource.values();

    private final List<Entity> entities;
    private final Map<String, Integer> entityIndex;
    private final TextColumn ids = new TextColumn();
    private final AddressColumn ips = new AddressColumn();
    private final List<String> coins = new ArrayList<>();
    private final Map<String, Integer> coinIndex = new HashMap<>();
    private byte[] province = new byte[16];
    private byte[] source = new byte[16];
    private int[] day = new int[16];
    private int[] entity = new int[16];
    private int[] coin = new int[16];
    private int size;

    /**
     * @param entities    the case's entities, which the detections' {@code entityId}s name
     * @param entityIndex each entity id's position in {@code entities}
     */
    DetectionColumns(List<Entity> entities, Map<String, Integer> entityIndex) {
        this.entities = entities;
        this.entityIndex = entityIndex;
    }

    void append(IpDetection d) {
        province = Growing.ensure(province, size);
        source = Growing.ensure(source, size);
        day = Growing.ensure(day, size);
        entity = Growing.ensure(entity, size);
        coin = Growing.ensure(coin, size);
        ids.add(d.getId());
        ips.add(d.getIp());
        province[size] = (byte) d.getProvince().ordinal();
        source[size] = (byte) d.getSource().ordinal();
        day[size] = Math.toIntExact(d.getDetectedOn().toEpochDay());
        entity[size] = d.getEntityId() == null ? -1 : entityIndex.get(d.getEntityId());
        coin[size] = d.getCoin() == null ? -1 : coinIndex.computeIfAbsent(d.getCoin(), c -> {
            coins.add(c);
            return coins.size() - 1;
        });
        size++;
    }

    @Override
    public IpDetection get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return IpDetection.builder()
                .id(ids.get(i))
                .ip(ips.get(i))
                .province(PROVINCES[province[i]])
                .detectedOn(LocalDate.ofEpochDay(day[i]))
                .source(SOURCES[source[i]])
                .entityId(entity[i] < 0 ? null : entities.get(entity[i]).getId())
                .coin(coin[i] < 0 ? null : coins.get(coin[i]))
                .build();
    }

    @Override
    public String entityIdAt(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return entity[i] < 0 ? null : entities.get(entity[i]).getId();
    }

    @Override
    public int ownerIndexAt(int i, List<Entity> owners, Map<String, Integer> index) {
        if (owners != entities) {
            return IpDetectionColumns.super.ownerIndexAt(i, owners, index);
        }
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return entity[i];
    }

    @Override
    public IpAddress ipAt(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return ips.get(i);
    }

    @Override
    public Province provinceAt(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return PROVINCES[province[i]];
    }

    @Override
    public int size() {
        return size;
    }
}

package io.miningaudit.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import lombok.NonNull;
import lombok.Value;

/**
 * The IP detections attributed to one entity: how many distinct addresses ({@link DistinctIps}, as every sheet
 * counts them), first and last day, which records. A rule session is given one per entity with detections rather
 * than the detections one by one; a rule that needs the records reads them {@code from} {@link #getDetections()}.
 */
@Value
public class EntityDetections {
    @NonNull Entity entity;
    long distinctIps;
    @NonNull LocalDate firstDetected;
    @NonNull LocalDate lastDetected;
    /** The detections themselves, in the order of the case. */
    @NonNull List<IpDetection> detections;

    /** The detections' IDs, sorted. */
    public List<String> getDetectionIds() {
        return detections.stream().map(IpDetection::getId).sorted().toList();
    }

    public String getEntityId() {
        return entity.getId();
    }

    public static EntityDetections of(Entity entity, Collection<IpDetection> detections) {
        return new EntityDetections(entity,
                DistinctIps.count(detections.stream().map(IpDetection::getIp).toList()),
                detections.stream().map(IpDetection::getDetectedOn).min(LocalDate::compareTo).orElseThrow(),
                detections.stream().map(IpDetection::getDetectedOn).max(LocalDate::compareTo).orElseThrow(),
                List.copyOf(detections));
    }

    /** The detections of each of {@code entities} that has any, in the entities' order. */
    public static List<EntityDetections> of(List<Entity> entities, List<IpDetection> detections) {
        java.util.Map<String, List<IpDetection>> byEntity = new java.util.HashMap<>();
        for (IpDetection d : detections) {
            byEntity.computeIfAbsent(d.getEntityId(), id -> new java.util.ArrayList<>()).add(d);
        }
        List<EntityDetections> all = new java.util.ArrayList<>();
        for (Entity e : entities) {
            List<IpDetection> own = byEntity.get(e.getId());
            if (own != null) {
                all.add(of(e, own));
            }
        }
        return all;
    }
}

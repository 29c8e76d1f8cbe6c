package io.miningaudit.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import lombok.NonNull;
import lombok.Value;

/**
 * The IP detections attributed to one entity: how many distinct addresses ({@link DistinctIps}, as every sheet
 * counts them), first and last day, which records.
 */
@Value
public class EntityDetections {
    @NonNull Entity entity;
    long distinctIps;
    @NonNull LocalDate firstDetected;
    @NonNull LocalDate lastDetected;
    @NonNull List<String> detectionIds;

    public String getEntityId() {
        return entity.getId();
    }

    public static EntityDetections of(Entity entity, Collection<IpDetection> detections) {
        return new EntityDetections(entity,
                DistinctIps.count(detections.stream().map(IpDetection::getIp).toList()),
                detections.stream().map(IpDetection::getDetectedOn).min(LocalDate::compareTo).orElseThrow(),
                detections.stream().map(IpDetection::getDetectedOn).max(LocalDate::compareTo).orElseThrow(),
                detections.stream().map(IpDetection::getId).sorted().toList());
    }
}

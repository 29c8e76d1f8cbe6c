package io.miningaudit.facts;

import java.time.LocalDate;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

/** A mining IP address flagged by monitoring on one day. */
@Value
@Builder(toBuilder = true)
@Jacksonized
public class IpDetection {
    @NonNull String id;
    @NonNull String ip;
    @NonNull Province province;
    @NonNull LocalDate detectedOn;
    @NonNull DetectionSource source;
    /** The owner once a carrier has identified it; null while not yet attributed. */
    String entityId;
    String coin;

    public boolean isAttributed() {
        return entityId != null;
    }
}

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
    /** The address, parsed once when the detection is read; shown in its canonical form. */
    @NonNull IpAddress ip;
    @NonNull Province province;
    @NonNull LocalDate detectedOn;
    @NonNull DetectionSource source;
    /** The owner once a carrier has identified it; null while not yet attributed. */
    String entityId;
    String coin;

    public boolean isAttributed() {
        return entityId != null;
    }

    /** The builder Lombok writes, and a setter that parses an address as a case file writes it. */
    public static class IpDetectionBuilder {
        public IpDetectionBuilder ip(@NonNull IpAddress ip) {
            this.ip = ip;
            return this;
        }

        public IpDetectionBuilder ip(@NonNull String text) {
            return ip(IpAddress.parse(text));
        }
    }
}

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

    /**
     * The address in one canonical spelling, for counting distinct addresses: an IPv6 address in lower case with its
     * zeros compressed, an IPv4-mapped IPv6 address ({@code ::ffff:1.2.3.4}) as the IPv4 address it maps. An IPv4
     * address is already canonical (the case file's checks allow no leading zeros).
     */
    public String getAddress() {
        return canonicalAddress(ip);
    }

    /** {@link #getAddress()} of any address text. */
    public static String canonicalAddress(String ip) {
        if (ip.indexOf(':') < 0) {
            return ip;
        }
        try {
            // A literal with ':' is parsed, never looked up.
            return java.net.InetAddress.getByName(ip).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return ip;
        }
    }
}

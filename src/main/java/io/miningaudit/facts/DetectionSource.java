package io.miningaudit.facts;

/** Who flagged a mining IP address. */
public enum DetectionSource {
    NATIONAL_MONITORING_PLATFORM, CNCERT, COMMUNICATIONS_ADMINISTRATION, SECURITY_VENDOR, GRID_COMPANY, PUBLIC_REPORT
}

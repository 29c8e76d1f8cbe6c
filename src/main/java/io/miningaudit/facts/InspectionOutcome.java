package io.miningaudit.facts;

/** What an on-site inspection found. */
public enum InspectionOutcome {
    MINING_FOUND, NO_MINING
}

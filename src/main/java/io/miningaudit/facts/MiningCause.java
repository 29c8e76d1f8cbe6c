package io.miningaudit.facts;

/** Why devices were mining: deliberately, or through malware. */
public enum MiningCause {
    SELF_INITIATED, TROJAN_INFECTION
}

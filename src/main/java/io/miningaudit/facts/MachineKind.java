package io.miningaudit.facts;

/** The kind of a seized machine. */
public enum MachineKind {
    ASIC, GPU_RIG, PC, SERVER, NETWORK_DEVICE
}

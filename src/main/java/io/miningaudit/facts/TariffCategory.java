package io.miningaudit.facts;

/** The tariff category an electricity account is billed under. */
public enum TariffCategory {
    RESIDENTIAL, GENERAL_INDUSTRIAL_COMMERCIAL, LARGE_INDUSTRIAL, AGRICULTURAL
}

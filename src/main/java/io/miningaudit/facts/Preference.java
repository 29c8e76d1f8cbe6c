package io.miningaudit.facts;

/** Preferential treatment an entity enjoys now. */
public enum Preference {
    ELECTRICITY_PRICE, WATER_PRICE, TAX, RENT, LAND
}

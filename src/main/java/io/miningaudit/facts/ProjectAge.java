package io.miningaudit.facts;

/** Whether a deliberate case started on or after the new-project cut-off (notice 1283) or before it. */
public enum ProjectAge {
    NEW, EXISTING
}

package io.miningaudit.facts;

/** How serious a data issue is. */
public enum Severity {
    ERROR, WARNING, INFO
}

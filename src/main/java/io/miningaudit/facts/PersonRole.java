package io.miningaudit.facts;

/** A person's part in a case. */
public enum PersonRole {
    OPERATOR, ORGANIZER, PROTECTOR
}

package io.miningaudit.facts;

/** What a finding is about. */
public enum SubjectType {
    ENTITY, ACCOUNT, INSPECTION, PERSON
}

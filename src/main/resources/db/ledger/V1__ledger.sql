-- The ledger of audits (台账): one row per recorded audit, its findings and its data issues.
-- Money, kWh and other decimals are exact decimal text ("1234.56"); dates are ISO text (YYYY-MM-DD), which sorts
-- as dates do; the same columns in SQLite and PostgreSQL, so that one schema serves both.
CREATE TABLE ledger_audit (
    audit_key     VARCHAR(300) NOT NULL PRIMARY KEY, -- case id, a slash, the as-of date
    case_id       VARCHAR(200) NOT NULL,
    as_of         CHAR(10)     NOT NULL,
    generated_at  VARCHAR(40)  NOT NULL,
    version       VARCHAR(100) NOT NULL,
    rules_sha256  CHAR(64)     NOT NULL,
    case_sha256   CHAR(64)     NOT NULL,
    recorded_at   VARCHAR(40)  NOT NULL,
    CONSTRAINT ledger_audit_case_as_of UNIQUE (case_id, as_of)
);

CREATE TABLE ledger_finding (
    audit_key    VARCHAR(300) NOT NULL REFERENCES ledger_audit (audit_key),
    finding_id   VARCHAR(400) NOT NULL,
    entity_id    VARCHAR(200) NOT NULL,
    rule_id      VARCHAR(100) NOT NULL,
    measure      VARCHAR(60)  NOT NULL,
    subject_type VARCHAR(20)  NOT NULL,
    subject_id   VARCHAR(200) NOT NULL,
    amount_cny   VARCHAR(60),
    quantity     VARCHAR(60),
    unit         VARCHAR(20),
    period_from  CHAR(10),
    period_to    CHAR(10),
    deadline     CHAR(10),                           -- a remediation order's last day
    PRIMARY KEY (audit_key, finding_id)
);

CREATE INDEX ledger_finding_entity ON ledger_finding (entity_id);

CREATE TABLE ledger_issue (
    audit_key VARCHAR(300) NOT NULL REFERENCES ledger_audit (audit_key),
    seq       INTEGER      NOT NULL,
    severity  VARCHAR(20)  NOT NULL,
    code      VARCHAR(100) NOT NULL,
    location  VARCHAR(500) NOT NULL,
    message   TEXT         NOT NULL,
    PRIMARY KEY (audit_key, seq)
);

-- A clearing (销号): who cleared a finding of a case, on which day, and why. A finding found again by an audit as
-- of a later day is a repeat of the clearing.
CREATE TABLE ledger_clearing (
    case_id     VARCHAR(200) NOT NULL,
    finding_id  VARCHAR(400) NOT NULL,
    entity_id   VARCHAR(200) NOT NULL,
    cleared_on  CHAR(10)     NOT NULL,
    cleared_by  VARCHAR(200) NOT NULL,
    note        TEXT         NOT NULL,
    recorded_at VARCHAR(40)  NOT NULL,
    PRIMARY KEY (case_id, finding_id, cleared_on)
);

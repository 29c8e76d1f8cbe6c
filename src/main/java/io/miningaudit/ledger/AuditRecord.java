package io.miningaudit.ledger;

import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Finding;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the ledger keeps of one audit: its provenance, every finding and every data issue. */
public record AuditRecord(String caseId, LocalDate asOf, OffsetDateTime generatedAt, String version,
                          String rulesSha256, String caseSha256, List<Finding> findings, List<DataIssue> issues) {
    /** The audit's key in the ledger: the case id and the as-of date. */
    public String key() {
        return caseId + "/" + asOf;
    }
}

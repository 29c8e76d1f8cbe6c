package io.miningaudit.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Where a report comes from: the case, its as-of date, when and by which version, and hashes of the inputs. */
public record Provenance(String caseId, String title, LocalDate asOf, OffsetDateTime generatedAt, String version,
                         String rulesSha256, String caseSha256) {
}

package io.miningaudit.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Where a report comes from: the case, its as-of date, when and by which version, and hashes of the inputs. */
public record Provenance(String caseId, String title, LocalDate asOf, OffsetDateTime generatedAt, String version,
                         String rulesSha256, String caseSha256) {
    private static final java.time.format.DateTimeFormatter SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** When the report was made, ISO 8601 to the second with the offset: {@code 2022-01-05T08:00:00Z}. */
    public String generatedAtText() {
        return SECONDS.format(generatedAt);
    }
}

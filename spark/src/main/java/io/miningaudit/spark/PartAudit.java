package io.miningaudit.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.miningaudit.engine.Auditor;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Entity;
import io.miningaudit.facts.IssueOwners;
import io.miningaudit.intake.CaseReader;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.Function;

/**
 * What an executor does with one part: read the part's case (the driver wrote it as the JSON form of FACTS.md, so it
 * is checked again like any case), audit it with the executor's rule base, and return the result.
 */
final class PartAudit implements Function<PartText, AuditedPart>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();

    private final String rulesName;
    private final String rulesSha256;
    private final int readingDays;

    /**
     * @param rulesName   the name under which the rules folder was shipped with the job ({@code SparkFiles})
     * @param rulesSha256 the driver's SHA-256 of the rules folder
     * @param readingDays the days of daily readings the rules screen (0: all)
     */
    PartAudit(String rulesName, String rulesSha256, int readingDays) {
        this.rulesName = rulesName;
        this.rulesSha256 = rulesSha256;
        this.readingDays = readingDays;
    }

    @Override
    public AuditedPart call(PartText part) throws Exception {
        Auditor auditor = new Auditor(ExecutorRules.of(Path.of(SparkFiles.get(rulesName)), rulesSha256),
                Integer.MAX_VALUE, 1);
        CaseFile facts;
        try (JsonParser parser = JSON.createParser(part.json())) {
            parser.nextToken();
            facts = new CaseReader(Clock.systemUTC()).keepingReadingDays(readingDays)
                    .readEmbedded(parser, "part " + part.index(), null);
        }
        Map<String, String> provinces = new HashMap<>();
        for (Entity e : facts.getEntities()) {
            provinces.put(e.getId(), e.getProvince().name());
        }
        Auditor.PartResult result = auditor.auditPart(facts);
        IssueOwners owners = IssueOwners.of(facts);
        List<String> issueProvinces = new ArrayList<>();
        for (DataIssue issue : result.issues()) {
            String owner = owners.entityOf(issue);
            issueProvinces.add(owner == null ? null : provinces.get(owner));
        }
        return new AuditedPart(part.index(), result, provinces, issueProvinces);
    }
}

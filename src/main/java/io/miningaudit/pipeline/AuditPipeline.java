package io.miningaudit.pipeline;

import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Auditor;
import io.miningaudit.engine.Hashes;
import io.miningaudit.engine.RuleBase;
import io.miningaudit.engine.RuleProblem;
import io.miningaudit.engine.RulesException;
import io.miningaudit.facts.CaseFile;
import io.miningaudit.intake.CaseDataException;
import io.miningaudit.intake.CaseReader;
import io.miningaudit.ledger.AuditRecord;
import io.miningaudit.ledger.Ledger;
import io.miningaudit.ledger.LedgerException;
import io.miningaudit.report.Provenance;
import io.miningaudit.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The path of a case from its file to the report: compile the rules, read the case, hash both, audit, write. The
 * commands call its steps ({@code audit} all of them through {@link #run}, {@code diff} and the benchmarks those they
 * need) and do nothing of the kind themselves.
 */
public final class AuditPipeline {
    /** Hears how far a run has come: its stages, the warnings of the rules, and the counts of each step. */
    public interface Listener extends CaseReader.Progress, Auditor.Progress, ReportWriter.Progress {
        Listener NONE = new Listener() {
        };

        /** A step begins: what it does, in a few words. */
        default void stage(String what) {
        }

        /** The rules compiled with warnings, before the case is read. */
        default void rulesWarned(List<RuleProblem> warnings) {
        }

        @Override
        default void recordsRead(long records) {
        }

        @Override
        default void partsDone(int done, int total) {
        }

        @Override
        default void rowsWritten(long rows) {
        }
    }

    /** A compiled rules folder and the SHA-256 of what was compiled. */
    public record Rules(Path dir, RuleBase ruleBase, String sha256) {
    }

    /** A case read and the SHA-256 of its file. */
    public record Case(Path file, CaseFile facts, String sha256) {
    }

    /**
     * What a whole run made: the result, the provenance the report states, the files written, and with a ledger how
     * each finding stands against the case's audit before (null without one).
     */
    public record Report(AuditResult result, Provenance provenance, List<Path> written,
                         List<io.miningaudit.facts.SinceLastAudit> sinceLastAudit) {
    }

    private final Clock clock;
    private final String version;
    private Listener listener = Listener.NONE;

    /** @param version the program version the reports state */
    private io.miningaudit.engine.Language lang = io.miningaudit.engine.Language.EN;
    private boolean notices;
    /** The ledger to record the audit in (a SQLite file or a PostgreSQL URL), or null. */
    private String ledger;
    private boolean replace;

    public AuditPipeline(Clock clock, String version) {
        this.clock = clock;
        this.version = version;
    }

    /** Writes the notices too. */
    public AuditPipeline withNotices(boolean notices) {
        this.notices = notices;
        return this;
    }

    /**
     * Records the audit in the ledger {@code target}, a SQLite file or a PostgreSQL URL whose credentials come from
     * the environment ({@code replace}: in place of the case's audits as of the same day or later).
     */
    public AuditPipeline recordingIn(String target, boolean replace) {
        this.ledger = target;
        this.replace = replace;
        return this;
    }

    /** Writes the workbook in {@code lang}. */
    public AuditPipeline in(io.miningaudit.engine.Language lang) {
        this.lang = lang;
        return this;
    }

    public AuditPipeline withListener(Listener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Compiles and hashes {@code rulesDir}. Each input is hashed as soon as it is read, so that the report names what
     * was audited even when a file is saved again during a long audit.
     */
    public Rules compile(Path rulesDir) throws RulesException, IOException {
        listener.stage("compiling rules " + rulesDir);
        RuleBase rules = RuleBase.compile(rulesDir);
        String sha256 = Hashes.sha256(rulesDir);
        if (!rules.warnings().isEmpty()) {
            listener.rulesWarned(rules.warnings());
        }
        return new Rules(rulesDir, rules, sha256);
    }

    /**
     * Reads {@code caseFile} (with the command line's {@code --as-of}, or null) and hashes it. Of its daily readings
     * only the days that {@code screenedBy} screen are kept (all of them, with no rule base given).
     */
    public Case read(Path caseFile, LocalDate asOf, RuleBase... screenedBy) throws CaseDataException, IOException {
        CaseFile facts = readFacts(caseFile, asOf, screenedBy);
        return new Case(caseFile, facts, Hashes.sha256(caseFile));
    }

    /** Reads {@code caseFile} without hashing it, for a benchmark that times reading alone. */
    public CaseFile readFacts(Path caseFile, LocalDate asOf, RuleBase... screenedBy)
            throws CaseDataException, IOException {
        listener.stage("reading " + caseFile);
        int days = 0;
        for (RuleBase rules : screenedBy) {
            if (rules.screenedReadingDays() == 0) {
                days = 0;
                break;
            }
            days = Math.max(days, rules.screenedReadingDays());
        }
        return new CaseReader(clock).withProgress(listener).keepingReadingDays(days).read(caseFile, asOf);
    }

    public AuditResult audit(RuleBase rules, CaseFile facts) throws RulesException {
        return new Auditor(rules).audit(facts, listener);
    }

    /** Writes the workbook and the findings JSON of {@code result} into {@code outDir}. */
    public List<Path> write(AuditResult result, Provenance provenance, Path outDir) throws IOException {
        return write(result, provenance, outDir, null);
    }

    private List<Path> write(AuditResult result, Provenance provenance, Path outDir,
                             List<io.miningaudit.facts.SinceLastAudit> sinceLastAudit) throws IOException {
        listener.stage("writing the report");
        return new ReportWriter().in(lang).withNotices(notices).withProgress(listener)
                .withSinceLastAudit(sinceLastAudit).write(result, provenance, outDir);
    }

    /** The provenance a report of {@code facts} states, generated now. */
    public Provenance provenance(CaseFile facts, String rulesSha256, String caseSha256) {
        return new Provenance(facts.getCaseInfo().getId(), facts.getCaseInfo().getTitle(),
                facts.getCaseInfo().getAsOf(), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                version, rulesSha256, caseSha256);
    }

    /**
     * A whole audit: the rules compile before any case data is read (a broken rule base never touches the case),
     * both report targets are checked before the audit, and the report is written whole or not at all.
     */
    public Report run(Path rulesDir, Path caseFile, LocalDate asOf, Path outDir)
            throws RulesException, CaseDataException, IOException, LedgerException {
        // A ledger that cannot be opened, or holds another schema, stops the run before anything else.
        try (Ledger opened = ledger == null ? null : Ledger.open(ledger, System.getenv(), clock)) {
            Rules rules = compile(rulesDir);
            Case read = read(caseFile, asOf, rules.ruleBase());
            String caseId = read.facts().getCaseInfo().getId();
            LocalDate auditAsOf = read.facts().getCaseInfo().getAsOf();
            ReportWriter.checkTargets(caseId, auditAsOf, outDir);
            if (opened != null) {
                opened.checkRecordable(caseId, auditAsOf, replace);
            }
            AuditResult result = audit(rules.ruleBase(), read.facts());
            Provenance provenance = provenance(read.facts(), rules.sha256(), read.sha256());
            if (opened == null) {
                return new Report(result, provenance, write(result, provenance, outDir, null), null);
            }
            // The audit is recorded while the report is written, and committed once it is: a refusal (another
            // recorder was first) writes no report, and a failure or a killed process records nothing.
            listener.stage("recording in the ledger " + ledger);
            var since = new java.util.concurrent.atomic.AtomicReference<List<io.miningaudit.facts.SinceLastAudit>>();
            List<Path> written = opened.recordThen(new AuditRecord(caseId, auditAsOf, provenance.generatedAt(),
                    version, rules.sha256(), read.sha256(), result.findings(), result.dataIssues()), replace, rows -> {
                        since.set(rows);
                        return write(result, provenance, outDir, rows);
                    });
            return new Report(result, provenance, written, since.get());
        }
    }
}

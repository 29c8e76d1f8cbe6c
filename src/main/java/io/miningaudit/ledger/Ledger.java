package io.miningaudit.ledger;

import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The ledger across audits, in a SQLite file the inspector names: its schema is made and migrated by Flyway from
 * {@code db/ledger}; an audit is recorded in one transaction, whole or not at all. A file that is not a SQLite
 * database, a database that holds something else, or a ledger of a newer schema is refused before anything is
 * written to it.
 */
public final class Ledger implements AutoCloseable {
    /** The schema version this program writes and reads. */
    public static final String SCHEMA_VERSION = "1";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** How long a recorder waits for another one to finish its transaction. */
    private static final int BUSY_TIMEOUT_MS = 120_000;

    private final Path file;
    private final Connection connection;
    private final Clock clock;

    private Ledger(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    /** Opens (or creates) the ledger at {@code file}, migrating an older schema to this program's. */
    public static Ledger open(Path file, Clock clock) throws LedgerException {
        checkIsSqlite(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // A writer takes the database's write lock when its transaction begins: two recorders queue rather than
        // fail halfway.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        migrate(file, source);
        try {
            Connection connection = source.getConnection();
            connection.setAutoCommit(false);
            return new Ledger(file, connection, clock);
        } catch (SQLException e) {
            throw new LedgerException(file + ": the ledger cannot be opened: " + e.getMessage(), e);
        }
    }

    private static void checkIsSqlite(Path file) throws LedgerException {
        if (Files.isDirectory(file)) {
            throw new LedgerException(file + ": the ledger is a folder, not a file");
        }
        if (!Files.exists(file)) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new LedgerException(file + ": the ledger cannot be made: no folder " + parent);
            }
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw new LedgerException(file + ": not a ledger: the file is not a SQLite database");
            }
        } catch (IOException e) {
            throw new LedgerException(file + ": the ledger cannot be read: " + e.getMessage(), e);
        }
    }

    private static void migrate(Path file, javax.sql.DataSource source) throws LedgerException {
        Flyway flyway = Flyway.configure(Ledger.class.getClassLoader()).dataSource(source)
                .locations("classpath:db/ledger").table("ledger_schema_history").load();
        try {
            MigrationInfo current = flyway.info().current();
            if (current != null && current.getVersion().isNewerThan(SCHEMA_VERSION)) {
                throw new LedgerException(file + ": the ledger has schema version " + current.getVersion()
                        + "; this mining-audit knows version " + SCHEMA_VERSION + " (a newer mining-audit made it)");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new LedgerException(file + ": not a ledger of this program: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }

    /**
     * Records {@code audit} in one transaction. An audit of a case whose ledger already holds an audit as of the same
     * or a later day is refused, unless {@code replace}: then those later audits are removed with it.
     */
    public void record(AuditRecord audit, boolean replace) throws LedgerException {
        try {
            try {
                refuseUnlessLater(audit.caseId(), audit.asOf(), replace);
                if (replace) {
                    removeFrom(audit.caseId(), audit.asOf());
                }
                insert(audit);
                connection.commit();
            } catch (LedgerException | SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LedgerException(file + ": the audit could not be recorded: " + e.getMessage(), e);
        }
    }

    /**
     * Throws if an audit of {@code caseId} as of {@code asOf} would be refused, so that a command can say so before
     * it audits; {@link #record} checks again in its transaction.
     */
    public void checkRecordable(String caseId, LocalDate asOf, boolean replace) throws LedgerException {
        try {
            refuseUnlessLater(caseId, asOf, replace);
            connection.commit();
        } catch (SQLException e) {
            throw new LedgerException(file + ": the ledger cannot be read: " + e.getMessage(), e);
        }
    }

    /** Refuses an audit as of a day the case's latest recorded audit is not before, unless {@code replace}. */
    private void refuseUnlessLater(String caseId, LocalDate asOf, boolean replace)
            throws SQLException, LedgerException {
        LocalDate latest = latestAsOf(caseId);
        if (latest != null && !latest.isBefore(asOf) && !replace) {
            throw new LedgerException(file + ": the ledger holds case " + caseId + " as of " + latest
                    + "; an audit as of " + asOf + " must be later (--replace records it in place of the audits as of "
                    + asOf + " and after)");
        }
    }

    private LocalDate latestAsOf(String caseId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT MAX(as_of) FROM ledger_audit WHERE case_id = ?")) {
            s.setString(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                String latest = r.next() ? r.getString(1) : null;
                return latest == null ? null : LocalDate.parse(latest);
            }
        }
    }

    private void removeFrom(String caseId, LocalDate asOf) throws SQLException {
        String audits = "SELECT audit_key FROM ledger_audit WHERE case_id = ? AND as_of >= ?";
        for (String table : new String[] {"ledger_finding", "ledger_issue"}) {
            try (PreparedStatement s = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE audit_key IN (" + audits + ")")) {
                s.setString(1, caseId);
                s.setString(2, asOf.toString());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = connection.prepareStatement(
                "DELETE FROM ledger_audit WHERE case_id = ? AND as_of >= ?")) {
            s.setString(1, caseId);
            s.setString(2, asOf.toString());
            s.executeUpdate();
        }
    }

    private void insert(AuditRecord audit) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO ledger_audit (audit_key, case_id, as_of,"
                + " generated_at, version, rules_sha256, case_sha256, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, audit.key());
            s.setString(2, audit.caseId());
            s.setString(3, audit.asOf().toString());
            s.setString(4, audit.generatedAt().toString());
            s.setString(5, audit.version());
            s.setString(6, audit.rulesSha256());
            s.setString(7, audit.caseSha256());
            s.setString(8, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO ledger_finding (audit_key, finding_id,"
                + " entity_id, rule_id, measure, subject_type, subject_id, amount_cny, quantity, unit, period_from,"
                + " period_to, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (Finding f : audit.findings()) {
                s.setString(1, audit.key());
                s.setString(2, f.getId());
                s.setString(3, f.getEntityId());
                s.setString(4, f.getRuleId());
                s.setString(5, f.getMeasure().name());
                s.setString(6, f.getSubjectType().name());
                s.setString(7, f.getSubjectId());
                s.setString(8, decimal(f.getAmountCny()));
                s.setString(9, decimal(f.getQuantity()));
                s.setString(10, f.getUnit());
                s.setString(11, f.getPeriodFrom() == null ? null : f.getPeriodFrom().toString());
                s.setString(12, f.getPeriodTo() == null ? null : f.getPeriodTo().toString());
                s.setString(13, f.getDeadline() == null ? null : f.getDeadline().toString());
                s.addBatch();
                if (++batched % 10_000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO ledger_issue (audit_key, seq, severity,"
                + " code, location, message) VALUES (?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (DataIssue issue : audit.issues()) {
                s.setString(1, audit.key());
                s.setInt(2, ++seq);
                s.setString(3, issue.getSeverity().name());
                s.setString(4, issue.getCode());
                s.setString(5, issue.getLocation());
                s.setString(6, issue.getMessage());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** The schema version and how many rows each table of the ledger holds, for {@code ledger check}. */
    public Map<String, Long> counts() throws LedgerException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String table : new String[] {"ledger_audit", "ledger_finding", "ledger_issue"}) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new LedgerException(file + ": the ledger cannot be read: " + e.getMessage(), e);
        }
        return counts;
    }

    @Override
    public void close() throws LedgerException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LedgerException(file + ": the ledger could not be closed: " + e.getMessage(), e);
        }
    }
}

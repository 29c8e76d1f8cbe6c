package io.miningaudit.ledger;

import io.miningaudit.engine.functions.NaturalOrder;
import io.miningaudit.facts.DataIssue;
import io.miningaudit.facts.Finding;
import io.miningaudit.facts.Measure;
import io.miningaudit.facts.SinceLastAudit;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The environment variables a PostgreSQL ledger's credentials come from (never the command line). */
    public static final String USER_VARIABLE = "MINING_AUDIT_LEDGER_USER";
    public static final String PASSWORD_VARIABLE = "MINING_AUDIT_LEDGER_PASSWORD";
    public static final String PASSWORD_FILE_VARIABLE = "MINING_AUDIT_LEDGER_PASSWORD_FILE";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    /** What the ledger is kept in: the two differ only in how a recorder holds the others off. */
    enum Database {
        SQLITE, POSTGRESQL
    }

    /** The ledger's name in messages: the file, or the URL (which holds no credentials). */
    private final String file;
    private final Connection connection;
    private final Database database;
    private final Clock clock;

    private Ledger(String name, Connection connection, Database database, Clock clock) {
        this.file = name;
        this.connection = connection;
        this.database = database;
        this.clock = clock;
    }

    /**
     * Opens the ledger {@code target}, migrating an older schema to this program's: a {@code jdbc:postgresql://…}
     * URL (its user and password from {@code env}: {@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE} or the file
     * {@value #PASSWORD_FILE_VARIABLE} names), or else a SQLite file, made when it does not exist.
     */
    public static Ledger open(String target, Map<String, String> env, Clock clock) throws LedgerException {
        // A scheme of two letters or more (not a drive letter) makes a URL, which names no file.
        boolean url = target.matches("(?s)[A-Za-z][A-Za-z0-9+.-]+:.*");
        if (!url) {
            return open(Path.of(target), clock);
        }
        if (!target.regionMatches(true, 0, POSTGRESQL, 0, POSTGRESQL.length())) {
            throw new LedgerException(redacted(target) + ": not a ledger this program opens: a SQLite file, or a URL"
                    + " jdbc:postgresql://HOST/DB");
        }
        String lower = target.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("password=") || lower.matches("jdbc:postgresql://[^/?]*@.*")) {
            throw new LedgerException(redacted(target) + ": a ledger's password is not given on the command line: set "
                    + PASSWORD_VARIABLE + ", or " + PASSWORD_FILE_VARIABLE + " to a file that holds it");
        }
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        try {
            source.setUrl(target);
        } catch (IllegalArgumentException e) {
            throw new LedgerException(target + ": not a PostgreSQL URL this program can use: " + e.getMessage(), e);
        }
        if (env.get(USER_VARIABLE) != null) {
            source.setUser(env.get(USER_VARIABLE));
        }
        String password = env.get(PASSWORD_VARIABLE);
        if (password == null && env.get(PASSWORD_FILE_VARIABLE) != null) {
            try {
                password = Files.readString(Path.of(env.get(PASSWORD_FILE_VARIABLE))).strip();
            } catch (IOException e) {
                throw new LedgerException(target + ": the password file " + env.get(PASSWORD_FILE_VARIABLE)
                        + " cannot be read: " + e.getMessage(), e);
            }
        }
        if (password != null) {
            source.setPassword(password);
        }
        return open(source, target, Database.POSTGRESQL, clock);
    }

    private static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1…").replaceAll("//[^/?@]*@", "//…@");
    }

    /** Opens (or creates) the SQLite ledger at {@code file}, migrating an older schema to this program's. */
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
        return open(source, file.toString(), Database.SQLITE, clock);
    }

    /** Opens the ledger in {@code source}, named {@code name} in messages. */
    static Ledger open(javax.sql.DataSource source, String name, Database database, Clock clock)
            throws LedgerException {
        Connection connection;
        try {
            connection = source.getConnection();
        } catch (SQLException e) {
            throw new LedgerException(name + ": the ledger cannot be opened: " + firstLine(e.getMessage()), e);
        }
        try {
            migrate(name, source);
            // Reads commit as they go; a transaction (and SQLite's write lock, which it takes as it begins) is held
            // only while an audit or a clearing is recorded.
            connection.setAutoCommit(true);
            return new Ledger(name, connection, database, clock);
        } catch (SQLException | LedgerException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof LedgerException ledger) {
                throw ledger;
            }
            throw new LedgerException(name + ": the ledger cannot be opened: " + firstLine(e.getMessage()), e);
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

    private static void migrate(String file, javax.sql.DataSource source) throws LedgerException {
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
            recordThen(audit, replace, since -> null);
        } catch (IOException e) {
            throw new IllegalStateException("nothing to write failed to write", e);
        }
    }

    /** What is done with an audit while it is being recorded, given how its findings stand. */
    public interface Then<T> {
        T with(List<SinceLastAudit> sinceLastAudit) throws IOException;
    }

    /**
     * Records {@code audit} as {@link #record} does and, in the same transaction, once no other recorder can write,
     * hands {@code then} how its findings stand against the case's audit before (to write the report): the audit is
     * committed only when {@code then} returns, and nothing is recorded when it fails or the process ends first.
     */
    public <T> T recordThen(AuditRecord audit, boolean replace, Then<T> then) throws LedgerException, IOException {
        return inTransaction("the audit", () -> {
            holdOthersOff();
            refuseUnlessLater(audit.caseId(), audit.asOf(), replace);
            List<SinceLastAudit> since = compareItems(audit.caseId(), audit.asOf(),
                    audit.findings().stream().map(Statuses.Item::of).toList());
            if (replace) {
                removeFrom(audit.caseId(), audit.asOf());
            }
            insert(audit);
            return then.with(since);
        }, "; the report was written but the audit is not in the ledger");
    }

    /** Work in a transaction of the ledger. */
    private interface Transacted<T> {
        T run() throws LedgerException, SQLException, IOException;
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back when it fails; outside it the
     * connection commits as it goes. {@code afterWork} tells what a failed commit leaves done.
     */
    private <T> T inTransaction(String what, Transacted<T> work, String afterWork) throws LedgerException, IOException {
        try {
            connection.setAutoCommit(false);
            try {
                T done = work.run();
                try {
                    connection.commit();
                } catch (SQLException e) {
                    throw new LedgerException(file + ": " + what + " could not be recorded: " + e.getMessage()
                            + afterWork, e, !afterWork.isEmpty());
                }
                return done;
            } catch (LedgerException | SQLException | IOException | RuntimeException | Error e) {
                rollback(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new LedgerException(file + ": " + what + " could not be recorded: " + e.getMessage(), e);
        }
    }

    /** Rolls the transaction back after {@code failure}, which keeps a failure of the rollback itself. */
    private void rollback(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Throws if an audit of {@code caseId} as of {@code asOf} would be refused, so that a command can say so before
     * it audits; {@link #record} checks again in its transaction.
     */
    public void checkRecordable(String caseId, LocalDate asOf, boolean replace) throws LedgerException {
        try {
            refuseUnlessLater(caseId, asOf, replace);
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

    /**
     * Makes this transaction the only one that records: SQLite's transactions take its write lock as they begin;
     * PostgreSQL's lock the audits' table against other writers (readers go on).
     */
    private void holdOthersOff() throws SQLException {
        if (database == Database.POSTGRESQL) {
            try (Statement s = connection.createStatement()) {
                // As long as a SQLite recorder waits for another, and no longer.
                s.execute("SET LOCAL lock_timeout = '" + BUSY_TIMEOUT_MS + "ms'");
                s.execute("LOCK TABLE ledger_audit IN SHARE ROW EXCLUSIVE MODE");
            }
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

    private List<SinceLastAudit> compareItems(String caseId, LocalDate asOf, List<Statuses.Item> now)
            throws SQLException {
        String before = auditBefore(caseId, asOf);
        List<Statuses.Item> earlier = before == null ? List.of() : items(before);
        Map<String, LocalDate> firstSeen = new java.util.HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT f.finding_id, MIN(a.as_of) FROM ledger_finding f"
                + " JOIN ledger_audit a ON a.audit_key = f.audit_key WHERE a.case_id = ? AND a.as_of < ?"
                + " GROUP BY f.finding_id")) {
            s.setString(1, caseId);
            s.setString(2, asOf.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    firstSeen.put(r.getString(1), LocalDate.parse(r.getString(2)));
                }
            }
        }
        return Statuses.compare(asOf, now, earlier, firstSeen, clearings(caseId, asOf));
    }

    /** The key of the case's latest audit before {@code asOf}, or null. */
    private String auditBefore(String caseId, LocalDate asOf) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT audit_key FROM ledger_audit WHERE case_id = ?"
                + " AND as_of < ? ORDER BY as_of DESC LIMIT 1")) {
            s.setString(1, caseId);
            s.setString(2, asOf.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private List<Statuses.Item> items(String auditKey) throws SQLException {
        List<Statuses.Item> items = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT finding_id, entity_id, rule_id, measure,"
                + " amount_cny, quantity, period_from, period_to, deadline FROM ledger_finding WHERE audit_key = ?")) {
            s.setString(1, auditKey);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(new Statuses.Item(r.getString(1), r.getString(2), r.getString(3),
                            Measure.valueOf(r.getString(4)), decimal(r.getString(5)), decimal(r.getString(6)),
                            date(r.getString(7)), date(r.getString(8)), date(r.getString(9))));
                }
            }
        }
        return items;
    }

    private List<Statuses.Clearing> clearings(String caseId, LocalDate upTo) throws SQLException {
        List<Statuses.Clearing> clearings = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT finding_id, entity_id, cleared_on, cleared_by,"
                + " note FROM ledger_clearing WHERE case_id = ? AND cleared_on <= ? ORDER BY cleared_on, finding_id")) {
            s.setString(1, caseId);
            s.setString(2, upTo.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    clearings.add(new Statuses.Clearing(r.getString(1), r.getString(2), LocalDate.parse(r.getString(3)),
                            r.getString(4), r.getString(5)));
                }
            }
        }
        return clearings;
    }

    /** The latest recorded audit of a case, and how its findings stand against the audit before it. */
    public record CaseStatus(String caseId, LocalDate asOf, List<SinceLastAudit> rows) {
    }

    /** The status of every case in the ledger (or of {@code caseId} alone), cases in natural order. */
    public List<CaseStatus> status(String caseId) throws LedgerException {
        try {
            List<CaseStatus> all = new ArrayList<>();
            Map<String, String[]> latest = new java.util.TreeMap<>(NaturalOrder.INSTANCE);
            try (PreparedStatement s = connection.prepareStatement("SELECT case_id, MAX(as_of) FROM ledger_audit"
                    + " GROUP BY case_id")) {
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        latest.put(r.getString(1), new String[] {r.getString(2)});
                    }
                }
            }
            if (caseId != null && !latest.containsKey(caseId)) {
                throw new LedgerException(file + ": the ledger holds no audit of case " + caseId);
            }
            for (var e : latest.entrySet()) {
                if (caseId == null || caseId.equals(e.getKey())) {
                    LocalDate asOf = LocalDate.parse(e.getValue()[0]);
                    all.add(new CaseStatus(e.getKey(), asOf,
                            compareItems(e.getKey(), asOf, items(e.getKey() + "/" + asOf))));
                }
            }
            return all;
        } catch (SQLException e) {
            throw new LedgerException(file + ": the ledger cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Records a clearing (销号) of {@code findingId}: who cleared it, on which day and why. The finding must be in an
     * audit of the ledger; when audits of several cases hold it, {@code caseId} names the one.
     */
    public void clear(String caseId, String findingId, LocalDate on, String by, String note) throws LedgerException {
        try {
            inTransaction("the clearing", () -> {
                insertClearing(caseId, findingId, on, by, note);
                return null;
            }, "");
        } catch (IOException e) {
            throw new IllegalStateException("a clearing writes no file", e);
        }
    }

    private void insertClearing(String caseId, String findingId, LocalDate on, String by, String note)
            throws SQLException, LedgerException {
        Map<String, String> cases = new java.util.TreeMap<>(NaturalOrder.INSTANCE);
        try (PreparedStatement s = connection.prepareStatement("SELECT DISTINCT a.case_id, f.entity_id"
                + " FROM ledger_finding f JOIN ledger_audit a ON a.audit_key = f.audit_key"
                + " WHERE f.finding_id = ?")) {
            s.setString(1, findingId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    cases.put(r.getString(1), r.getString(2));
                }
            }
        }
        if (caseId != null) {
            cases.keySet().retainAll(Set.of(caseId));
        }
        if (cases.isEmpty()) {
            throw new LedgerException(file + ": no audit in the ledger has finding " + findingId
                    + (caseId == null ? "" : " of case " + caseId));
        }
        if (cases.size() > 1) {
            throw new LedgerException(file + ": finding " + findingId + " is in audits of the cases "
                    + String.join(", ", cases.keySet()) + "; name one with --case");
        }
        var only = cases.entrySet().iterator().next();
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO ledger_clearing (case_id,"
                + " finding_id, entity_id, cleared_on, cleared_by, note, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, only.getKey());
            s.setString(2, findingId);
            s.setString(3, only.getValue());
            s.setString(4, on.toString());
            s.setString(5, by);
            s.setString(6, note);
            s.setString(7, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
            s.executeUpdate();
        }
    }

    /** One event of an entity's history: an audit that found something of it, or a clearing of one of its findings. */
    public record Event(LocalDate on, String kind, String caseId, String detail) {
    }

    /** Every audit with findings of {@code entityId} and every clearing of one of them, in the order of their days. */
    public List<Event> history(String entityId) throws LedgerException {
        List<Event> events = new ArrayList<>();
        try {
            try (PreparedStatement s = connection.prepareStatement("SELECT a.as_of, a.case_id, COUNT(*),"
                    + " SUM(CASE WHEN f.amount_cny IS NULL THEN 0 ELSE 1 END) FROM ledger_finding f"
                    + " JOIN ledger_audit a ON a.audit_key = f.audit_key WHERE f.entity_id = ?"
                    + " GROUP BY a.as_of, a.case_id")) {
                s.setString(1, entityId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        LocalDate on = LocalDate.parse(r.getString(1));
                        events.add(new Event(on, "AUDIT", r.getString(2), r.getLong(3) + " findings ("
                                + r.getLong(4) + " with an amount): " + String.join(", ",
                                findingIds(r.getString(2) + "/" + on, entityId))));
                    }
                }
            }
            try (PreparedStatement s = connection.prepareStatement("SELECT cleared_on, case_id, finding_id, cleared_by,"
                    + " note FROM ledger_clearing WHERE entity_id = ?")) {
                s.setString(1, entityId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        events.add(new Event(LocalDate.parse(r.getString(1)), "CLEARING", r.getString(2),
                                r.getString(3) + " cleared by " + r.getString(4) + ": " + r.getString(5)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new LedgerException(file + ": the ledger cannot be read: " + e.getMessage(), e);
        }
        events.sort(Comparator.comparing(Event::on).thenComparing(Event::kind)
                .thenComparing(Event::caseId, NaturalOrder.INSTANCE));
        return events;
    }

    private List<String> findingIds(String auditKey, String entityId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT finding_id FROM ledger_finding"
                + " WHERE audit_key = ? AND entity_id = ?")) {
            s.setString(1, auditKey);
            s.setString(2, entityId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        ids.sort(NaturalOrder.INSTANCE);
        return ids;
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** The ledger's tables as {@code ledger export} writes them: sheet name, table, order. */
    private static final String[][] EXPORTED = {
        {"Audits", "ledger_audit", "case_id, as_of"},
        {"Findings", "ledger_finding", "audit_key, entity_id, finding_id"},
        {"Data issues", "ledger_issue", "audit_key, seq"},
        {"Clearings", "ledger_clearing", "case_id, cleared_on, finding_id"},
    };
    private static final Set<String> DATE_COLUMNS = Set.of("as_of", "period_from", "period_to", "deadline",
            "cleared_on");
    private static final Set<String> DECIMAL_COLUMNS = Set.of("amount_cny", "quantity");

    /**
     * Writes the whole ledger to the workbook {@code out}, a sheet per table (audits, findings, data issues,
     * clearings), its columns as the database names them; dates as date cells, amounts as numbers. Written to a
     * temporary file beside it and renamed, so that {@code out} is whole or not there.
     */
    public void export(Path out) throws LedgerException, IOException {
        Path parent = out.toAbsolutePath().getParent();
        // Beside the target, named after this process, with the permissions any file written here gets.
        Path temp = parent.resolve("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        try {
            org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(500);
            try {
                var dates = wb.createCellStyle();
                dates.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                for (String[] table : EXPORTED) {
                    exportTable(wb.createSheet(table[0]), table[1], table[2], dates);
                }
                try (var stream = Files.newOutputStream(temp)) {
                    wb.write(stream);
                }
            } finally {
                wb.close();
            }
            Files.move(temp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw new LedgerException(file + ": the ledger cannot be read: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void exportTable(org.apache.poi.ss.usermodel.Sheet sheet, String table, String order,
                             org.apache.poi.ss.usermodel.CellStyle dates) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
            var meta = r.getMetaData();
            var header = sheet.createRow(0);
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                header.createCell(c - 1).setCellValue(meta.getColumnName(c).toLowerCase(java.util.Locale.ROOT));
            }
            int rows = 0;
            while (r.next()) {
                var row = sheet.createRow(++rows);
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    String name = meta.getColumnName(c).toLowerCase(java.util.Locale.ROOT);
                    String value = r.getString(c);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c - 1);
                    if (DATE_COLUMNS.contains(name)) {
                        cell.setCellValue(LocalDate.parse(value.strip()));
                        cell.setCellStyle(dates);
                    } else if (DECIMAL_COLUMNS.contains(name)) {
                        cell.setCellValue(new BigDecimal(value).doubleValue());
                    } else {
                        cell.setCellValue(value.strip());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
        }
    }

    /** The schema version the ledger's history names (its latest successful migration). */
    public String schemaVersion() throws LedgerException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT version FROM ledger_schema_history WHERE success"
                     + " AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            throw new LedgerException(file + ": the ledger cannot be read: " + e.getMessage(), e);
        }
    }

    /** How many rows each table of the ledger holds, for {@code ledger check}. */
    public Map<String, Long> counts() throws LedgerException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String table : new String[] {"ledger_audit", "ledger_finding", "ledger_issue", "ledger_clearing"}) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
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

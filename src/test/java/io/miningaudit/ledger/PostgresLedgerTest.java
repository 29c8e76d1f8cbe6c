package io.miningaudit.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

/**
 * The ledger's contract on a real PostgreSQL server, started by the build from Maven artifacts (no install, no
 * network), once for all the tests of the JVM; each test gets a database of its own.
 */
class PostgresLedgerTest extends LedgerTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private String database;
    private DataSource source;

    /** The server, started at first use and stopped when the JVM ends. */
    static final class Server {
        static final EmbeddedPostgres POSTGRES = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is ending: nothing to tell
                    }
                }));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
            }
        }

        /** A new, empty database's data source. */
        static DataSource newDatabase(String name) throws SQLException {
            try (Connection c = POSTGRES.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("CREATE DATABASE " + name);
            }
            return POSTGRES.getDatabase("postgres", name);
        }
    }

    @BeforeEach
    void database() throws SQLException {
        database = "ledger_test_" + DATABASES.incrementAndGet();
        source = Server.newDatabase(database);
    }

    @Override
    Ledger open() throws Exception {
        return Ledger.open(source, name(), Ledger.Database.POSTGRESQL, CLOCK);
    }

    @Override
    Connection raw() throws Exception {
        Connection c = source.getConnection();
        c.setAutoCommit(true);
        return c;
    }

    @Override
    String name() {
        return "postgresql/" + database;
    }
}

package io.miningaudit.ledger;

import java.sql.Connection;
import java.sql.SQLException;
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

    @BeforeEach
    void database() throws SQLException {
        database = "ledger_test_" + DATABASES.incrementAndGet();
        source = EmbeddedServer.newDatabase(database);
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

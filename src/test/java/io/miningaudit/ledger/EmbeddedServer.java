package io.miningaudit.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server for the tests, started by the build from Maven artifacts (no install, no network) at
 * first use and stopped when the JVM ends; each test makes a database of its own on it.
 */
public final class EmbeddedServer {
    private static final EmbeddedPostgres POSTGRES = start();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private EmbeddedServer() {
    }

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

    /**
     * The URL of a new, empty database, as a user gives it to {@code --ledger}: the server trusts local connections,
     * so that the URL names the user and no password.
     */
    public static String newDatabaseUrl() throws SQLException {
        String name = "ledger_cli_" + DATABASES.incrementAndGet();
        newDatabase(name);
        return "jdbc:postgresql://localhost:" + POSTGRES.getPort() + "/" + name + "?user=postgres";
    }
}

package io.miningaudit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ledger's contract on SQLite, and what only a file can get wrong. */
class SqliteLedgerTest extends LedgerTest {
    private Path file() {
        return dir.resolve("ledger.db");
    }

    @Override
    Ledger open() throws Exception {
        return Ledger.open(file(), CLOCK);
    }

    @Override
    Connection raw() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + file());
    }

    @Override
    String name() {
        return file().toString();
    }

    @Test
    void aFileThatIsNotASqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("report.xlsx");
        Files.writeString(file, "PK not a database");

        assertThatThrownBy(() -> Ledger.open(file, LedgerTest.CLOCK)).isInstanceOf(LedgerException.class)
                .hasMessage(file + ": not a ledger: the file is not a SQLite database");
        assertThat(Files.readString(file)).isEqualTo("PK not a database");
        assertThat(dir.toFile().list()).containsExactly("report.xlsx");
    }

    @Test
    void aLedgerInAFolderThatDoesNotExistIsRefused() {
        Path file = dir.resolve("no/such/ledger.db");
        assertThatThrownBy(() -> Ledger.open(file, LedgerTest.CLOCK)).isInstanceOf(LedgerException.class)
                .hasMessage(file + ": the ledger cannot be made: no folder " + file.getParent());
    }
    @Test
    void aPostgresqlUrlWithItsPasswordIsRefused() {
        assertThatThrownBy(() -> Ledger.open("jdbc:postgresql://db.example/ledger?user=a&password=secret", Map.of(),
                CLOCK)).isInstanceOf(LedgerException.class)
                .hasMessage("jdbc:postgresql://db.example/ledger?user=a&password=…: a ledger's password is not given"
                        + " on the command line: set MINING_AUDIT_LEDGER_PASSWORD, or MINING_AUDIT_LEDGER_PASSWORD_FILE"
                        + " to a file that holds it");
        assertThatThrownBy(() -> Ledger.open("jdbc:postgresql://a:secret@db.example/ledger", Map.of(), CLOCK))
                .hasMessageStartingWith("jdbc:postgresql://…@db.example/ledger: a ledger's password");
        assertThat(Files.exists(file())).isFalse();
    }

    @Test
    void aUrlOfAnotherKindIsRefusedWithItsPasswordHiddenAndAMalformedOneIsALedgerError() {
        assertThatThrownBy(() -> Ledger.open("postgresql://ann:s3cret@db.example/ledger", Map.of(), CLOCK))
                .isInstanceOf(LedgerException.class).hasMessage("postgresql://…@db.example/ledger: not a ledger this"
                        + " program opens: a SQLite file, or a URL jdbc:postgresql://HOST/DB");
        assertThatThrownBy(() -> Ledger.open("JDBC:POSTGRESQL://db.example/ledger?password=s3cret", Map.of(), CLOCK))
                .isInstanceOf(LedgerException.class).hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> Ledger.open("jdbc:postgresql://db.example:notaport/ledger", Map.of(), CLOCK))
                .isInstanceOf(LedgerException.class).hasMessageContaining("not a PostgreSQL URL this program can use");
        assertThat(dir.toFile().list()).isEmpty();
    }
}

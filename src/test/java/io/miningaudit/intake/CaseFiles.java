package io.miningaudit.intake;

import static org.assertj.core.api.Assertions.fail;

import io.miningaudit.facts.CaseFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Case files written as text into a test's temporary folder, and what {@link CaseReader} makes of them. Problems
 * are returned as {@link Problem#toString()} with the folder left out, so that {@code case.json:4:12: ...} can be
 * compared as written.
 */
final class CaseFiles {
    /** The day the injected clock says it is. */
    static final LocalDate TODAY = LocalDate.of(2024, 7, 1);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T10:00:00Z"), ZoneOffset.UTC);

    private final Path dir;
    private final CaseReader reader;

    CaseFiles(Path dir) {
        this(dir, CLOCK);
    }

    CaseFiles(Path dir, Clock clock) {
        this.dir = dir;
        this.reader = new CaseReader(clock);
    }

    Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads a case that must be accepted; fails with its problems when it is not. */
    CaseFile accepted(Path file) {
        return accepted(file, null);
    }

    CaseFile accepted(Path file, LocalDate asOfOverride) {
        try {
            return reader.read(file, asOfOverride);
        } catch (CaseDataException e) {
            return fail("expected the case to be accepted, but: " + shown(e));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The exception of a case that must be rejected. */
    CaseDataException rejection(Path file, LocalDate asOfOverride) {
        try {
            CaseFile read = reader.read(file, asOfOverride);
            return fail("expected the case to be rejected, but it was read as " + read);
        } catch (CaseDataException e) {
            return e;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every problem of a case that must be rejected, in the order the exception lists them. */
    List<String> problems(Path file) {
        return problems(file, null);
    }

    List<String> problems(Path file, LocalDate asOfOverride) {
        return shown(rejection(file, asOfOverride));
    }

    /** A text with the temporary folder left out of every file name in it. */
    String withoutFolder(String text) {
        return text.replace(dir.toString() + File.separator, "");
    }

    private List<String> shown(CaseDataException e) {
        return e.problems().stream().map(p -> withoutFolder(p.toString())).toList();
    }
}

package io.miningaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files so that each is whole or absent: every file goes to a hidden temporary file beside its
 * target, and only when all are written are they moved into place, each with an atomic rename. A failure, or a
 * killed run, leaves no target file half-written.
 */
public final class AtomicFiles {
    /** Writes one file's content to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Map<Path, Content> files = new LinkedHashMap<>();

    public AtomicFiles add(Path target, Content content) {
        files.put(target, content);
        return this;
    }

    public List<Path> write() throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (var e : files.entrySet()) {
                Path target = e.getKey();
                Files.createDirectories(target.toAbsolutePath().getParent());
                // Created like any new file (so with the usual permissions), under a hidden name of its own.
                Path temp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "."
                        + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".partial");
                temps.put(target, temp);
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    e.getValue().writeTo(out);
                }
            }
            List<Path> written = new ArrayList<>();
            for (var e : temps.entrySet()) {
                move(e.getValue(), e.getKey());
                written.add(e.getKey());
            }
            return written;
        } finally {
            for (Path temp : temps.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

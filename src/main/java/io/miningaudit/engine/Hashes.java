package io.miningaudit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 of a file, or of a folder: over each regular file in order of its relative path ('/'-separated), the
 * path's UTF-8 bytes, a NUL byte, the file's own SHA-256, a NUL byte. Hidden files are left out.
 */
public final class Hashes {
    private Hashes() {
    }

    public static String sha256(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return HexFormat.of().formatHex(fileDigest(path));
        }
        MessageDigest folder = newDigest();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !path.relativize(p).toString().replace('\\', '/').matches("(^|.*/)\\..*"))
                    .sorted((a, b) -> rel(path, a).compareTo(rel(path, b)))
                    .toList();
        }
        for (Path file : files) {
            folder.update(rel(path, file).getBytes(StandardCharsets.UTF_8));
            folder.update((byte) 0);
            folder.update(fileDigest(file));
            folder.update((byte) 0);
        }
        return HexFormat.of().formatHex(folder.digest());
    }

    private static String rel(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] fileDigest(Path file) throws IOException {
        MessageDigest md = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                md.update(buffer, 0, n);
            }
        }
        return md.digest();
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}

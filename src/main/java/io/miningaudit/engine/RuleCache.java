package io.miningaudit.engine;

import io.miningaudit.facts.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiled rule files on disk, so that a run whose rules have not changed since the last one skips Drools' compiler.
 * An entry is keyed by the SHA-256 of the file's path in the rules folder, its bytes and the program's own code (the
 * fact model and the rule functions the generated classes link against) and the version of the allow-list its classes
 * were checked against ({@link RuleBytecode#VERSION}): an edited file, a renamed file, a new build of the program or
 * a changed allow-list never finds an old entry. Only files that compiled and passed their checks are kept.
 *
 * <p>The folder is {@code $MINING_AUDIT_RULE_CACHE}, or the system property {@code mining-audit.rule-cache}, else
 * {@code $XDG_CACHE_HOME/mining-audit/rules} ({@code ~/.cache/mining-audit/rules}); {@code off} turns it off.
 */
final class RuleCache {
    /** Entries kept; the least recently used go first. */
    private static final int MAX_ENTRIES = 500;
    private static volatile String codeFingerprint;

    private final Path dir;

    private RuleCache(Path dir) {
        this.dir = dir;
    }

    static RuleCache configured() {
        String setting = System.getProperty("mining-audit.rule-cache", System.getenv("MINING_AUDIT_RULE_CACHE"));
        if (setting != null && !setting.isBlank()) {
            return new RuleCache(setting.equals("off") ? null : Path.of(setting));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new RuleCache(base.resolve("mining-audit").resolve("rules"));
    }

    static RuleCache at(Path dir) {
        return new RuleCache(dir);
    }

    /** The key of a rule file's compiled form. */
    static String key(String rel, byte[] content) {
        return key(rel, content, RuleBytecode.VERSION);
    }

    /** The key of a rule file's compiled form, checked against the given version of the allow-list. */
    static String key(String rel, byte[] content, int allowList) {
        MessageDigest md = Hashes.newDigest();
        md.update(("mining-audit compiled rules 2\0allow-list " + allowList + "\0" + codeFingerprint()
                + "\0" + rel + "\0").getBytes(StandardCharsets.UTF_8));
        md.update(content);
        return HexFormat.of().formatHex(md.digest());
    }

    /** The compiled file kept under this key, or null. */
    CompiledRuleFile get(String key, String rel, Path file) {
        if (dir == null) {
            return null;
        }
        Path entry = dir.resolve(key + ".jar");
        try {
            byte[] jar = Files.readAllBytes(entry);
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
            return new CompiledRuleFile(rel, file, jar);
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps a compiled file; a cache that cannot be written is passed over (it only saves time). */
    void put(String key, CompiledRuleFile compiled) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".entry", ".tmp");
            Files.write(tmp, compiled.jar());
            Files.move(tmp, dir.resolve(key + ".jar"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            evict();
        } catch (IOException | UnsupportedOperationException e) {
            // A read-only home or a full disk: compile again next time.
        }
    }

    /** The bytes kept under {@code key} with the extension {@code ext} (other than a compiled file), or null. */
    byte[] bytes(String key, String ext) {
        if (dir == null) {
            return null;
        }
        try {
            return Files.readAllBytes(dir.resolve(key + ext));
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps bytes under {@code key} and {@code ext}; a cache that cannot be written is passed over. */
    void putBytes(String key, String ext, byte[] bytes) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".entry", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(key + ext), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // A read-only home or a full disk: read the workbook again next time.
        }
    }

    /** Removes an entry that could not be loaded. */
    void drop(String key) {
        if (dir != null) {
            try {
                Files.deleteIfExists(dir.resolve(key + ".jar"));
            } catch (IOException e) {
                // Overwritten by the next put.
            }
        }
    }

    private void evict() throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> p.getFileName().toString().endsWith(".jar")
                    || p.getFileName().toString().endsWith(Labels.CACHED)).toList();
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        entries.stream().sorted(Comparator.comparing(RuleCache::modified)).limit(entries.size() - MAX_ENTRIES)
                .forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // Another process may have removed it.
                    }
                });
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * What identifies the program's code: the jar it runs from (path, size, time), or, run from a build's class
     * folders, the bytes of the fact model and the rule functions.
     */
    static String codeFingerprint() {
        String known = codeFingerprint;
        if (known != null) {
            return known;
        }
        String fingerprint;
        try {
            Path code = Path.of(Parameter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                fingerprint = code.toAbsolutePath() + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code);
            } else {
                MessageDigest md = Hashes.newDigest();
                for (String pkg : List.of("io/miningaudit/facts", "io/miningaudit/engine/functions")) {
                    Path folder = code.resolve(pkg);
                    List<Path> files;
                    try (Stream<Path> walk = Files.walk(folder)) {
                        files = walk.filter(Files::isRegularFile).sorted().toList();
                    }
                    for (Path f : files) {
                        md.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = Files.newInputStream(f)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
                fingerprint = HexFormat.of().formatHex(md.digest());
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown code: a fingerprint no other run shares, so nothing stale is ever loaded.
            fingerprint = "unknown:" + System.nanoTime();
        }
        codeFingerprint = fingerprint;
        return fingerprint;
    }
}

package io.miningaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a set of files so that each is whole or absent: every file goes to a hidden temporary file beside its
 * target, and only when all are written are they moved into place, each with an atomic rename. A failure, or a
 * killed run, leaves no target file half-written; a target that no rename could replace (a folder of its name) is
 * found before any file of the set is written, so that a set is never half replaced for it.
 *
 * <p>A temporary file is named {@code .<target>.<pid>-<random>.partial}, after the process that writes it. Before it
 * writes into a folder, a run removes the temporary files there whose process is no longer alive on this machine: the
 * leftovers of a run that was killed. A live process's files, this one's included, are never touched. (A folder
 * shared between machines could hold a live writer's file whose pid is free here; removing it would make that run
 * fail its rename with an error, never leave a half file.) Names without a pid, from versions before this one, are
 * removed once untouched for {@link #OLD_TEMP_AGE}.
 */
public final class AtomicFiles {
    /** Writes one file's content to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern TEMP = Pattern.compile("\\..+\\.(\\d+)-[0-9a-z]+\\.partial");
    private static final Pattern OLD_TEMP = Pattern.compile("\\..+\\.[0-9a-z]{11,13}\\.partial");
    static final Duration OLD_TEMP_AGE = Duration.ofHours(1);

    /** Writes a folder's files into it. */
    public interface FolderContent {
        void writeInto(Path folder) throws IOException;
    }

    private final Map<Path, Content> files = new LinkedHashMap<>();
    private final Map<Path, FolderContent> folders = new LinkedHashMap<>();

    public AtomicFiles add(Path target, Content content) {
        files.put(target, content);
        return this;
    }

    /**
     * A folder of files, written whole into a hidden temporary folder and moved into place after every file of the
     * set is written; a folder of its name that stands there already (an earlier run's) is moved aside first and then
     * removed, so that the folder is never a mix of two runs.
     */
    public AtomicFiles addFolder(Path target, FolderContent content) {
        folders.put(target, content);
        return this;
    }

    private static Path temp(Path target) {
        return target.toAbsolutePath().resolveSibling("." + target.getFileName() + "." + PID + "-"
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".partial");
    }

    public List<Path> write() throws IOException {
        check(files.keySet());
        List<String> filesInTheWay = folders.keySet().stream().filter(Files::isRegularFile)
                .map(target -> "a file is in the way: " + target).toList();
        if (!filesInTheWay.isEmpty()) {
            throw new TargetInTheWayException(filesInTheWay);
        }
        Set<Path> parents = new LinkedHashSet<>();
        files.keySet().forEach(target -> parents.add(target.toAbsolutePath().getParent()));
        folders.keySet().forEach(target -> parents.add(target.toAbsolutePath().getParent()));
        parents.forEach(AtomicFiles::removeStaleTemps);
        Map<Path, Path> temps = new LinkedHashMap<>();
        Map<Path, Path> folderTemps = new LinkedHashMap<>();
        List<Path> aside = new ArrayList<>();
        try {
            for (Path target : files.keySet()) {
                Files.createDirectories(target.toAbsolutePath().getParent());
                // Created like any new file (so with the usual permissions), under a hidden name of its own.
                temps.put(target, temp(target));
            }
            for (Path target : folders.keySet()) {
                Files.createDirectories(target.toAbsolutePath().getParent());
                folderTemps.put(target, Files.createDirectory(temp(target)));
            }
            writeAll(temps, folderTemps);
            List<Path> written = new ArrayList<>();
            for (var e : temps.entrySet()) {
                move(e.getValue(), e.getKey());
                written.add(e.getKey());
            }
            for (var e : folderTemps.entrySet()) {
                if (Files.exists(e.getKey())) {
                    Path old = temp(e.getKey());
                    Files.move(e.getKey(), old);
                    aside.add(old);
                }
                Files.move(e.getValue(), e.getKey());
                written.add(e.getKey());
            }
            return written;
        } finally {
            for (Path temp : temps.values()) {
                Files.deleteIfExists(temp);
            }
            for (Path temp : folderTemps.values()) {
                deleteTree(temp);
            }
            for (Path old : aside) {
                deleteTree(old);
            }
        }
    }

    /** Removes a folder and what it holds, if it is there. */
    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Writes each file's content to its temporary file, the first on this thread and each other on a thread of its
     * own: the contents are independent, and a report's JSON is written while its workbook is.
     */
    private void writeAll(Map<Path, Path> temps, Map<Path, Path> folderTemps) throws IOException {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Runnable first = null;
        Map<Path, Runnable> writes = new LinkedHashMap<>();
        for (var e : files.entrySet()) {
            Path temp = temps.get(e.getKey());
            Content content = e.getValue();
            writes.put(e.getKey(), () -> {
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    content.writeTo(out);
                } catch (IOException | RuntimeException | Error failure) {
                    failures.add(failure);
                }
            });
        }
        for (var e : folders.entrySet()) {
            Path temp = folderTemps.get(e.getKey());
            FolderContent content = e.getValue();
            writes.put(e.getKey(), () -> {
                try {
                    content.writeInto(temp);
                } catch (IOException | RuntimeException | Error failure) {
                    failures.add(failure);
                }
            });
        }
        for (var e : writes.entrySet()) {
            Runnable write = e.getValue();
            if (first == null) {
                first = write;
            } else {
                Thread thread = new Thread(write, "write " + e.getKey().getFileName());
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
        }
        if (first != null) {
            first.run();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while the report was written");
            }
        }
        if (!failures.isEmpty()) {
            Throwable failure = failures.get(0);
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) failure;
        }
    }

    /** Throws, naming each, if any of {@code targets} could not be replaced by a rename: a folder is in its way. */
    public static void check(Collection<Path> targets) throws TargetInTheWayException {
        List<String> problems = targets.stream().filter(Files::isDirectory)
                .map(target -> "a folder is in the way: " + target).toList();
        if (!problems.isEmpty()) {
            throw new TargetInTheWayException(problems);
        }
    }

    /** Removes the temporary files a killed run left in {@code folder}; what cannot be removed is left. */
    private static void removeStaleTemps(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> Files.isRegularFile(p) || Files.isDirectory(p)).toList();
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (Path file : files) {
            try {
                if (stale(file)) {
                    deleteTree(file);
                }
            } catch (IOException | RuntimeException e) {
                // Best effort: a leftover costs disk space, never a report.
            }
        }
    }

    private static boolean stale(Path file) throws IOException {
        String name = file.getFileName().toString();
        Matcher ours = TEMP.matcher(name);
        if (ours.matches()) {
            long pid;
            try {
                pid = Long.parseLong(ours.group(1));
            } catch (NumberFormatException e) {
                return false;
            }
            return pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        return OLD_TEMP.matcher(name).matches()
                && Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(OLD_TEMP_AGE));
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

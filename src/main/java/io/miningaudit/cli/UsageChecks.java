package io.miningaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The paths a command was given, checked before it compiles the rules or reads anything, so that a typo costs no
 * compilation and every problem is told at once. Nothing is created or written here.
 */
final class UsageChecks {
    private final List<String> problems = new ArrayList<>();

    /** A case file or CSV folder that exists and can be read. */
    UsageChecks caseFile(Path file) {
        if (!Files.exists(file)) {
            problems.add("no such case file: " + file + (Files.isSymbolicLink(file) ? linkTarget(file) : ""));
        } else if (Files.isDirectory(file)) {
            try (Stream<Path> list = Files.list(file)) {
                if (list.noneMatch(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))) {
                    problems.add("no case in folder " + file + ": it holds no .csv files");
                }
            } catch (IOException e) {
                problems.add("cannot read case folder " + file + ": " + reason(e));
            }
        } else if (!Files.isRegularFile(file)) {
            problems.add("not a case file: " + file + " is neither a file nor a folder");
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                // Opened, so readable.
            } catch (IOException e) {
                problems.add("cannot read case file " + file + ": " + reason(e));
            }
        }
        return this;
    }

    /** A folder that exists and can be written in, or one that can be created. */
    UsageChecks outFolder(String option, Path dir) {
        String label = option + " " + dir;
        if (Files.isDirectory(dir)) {
            if (!Files.isWritable(dir)) {
                problems.add(label + ": cannot write in this folder (permission denied)");
            }
        } else if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(label + ": not a folder");
        } else {
            creatable(label, dir);
        }
        return this;
    }

    /**
     * {@code path} can be made: the nearest folder above it that exists is a folder one can write in. (Below a regular
     * file nothing can be created.)
     */
    UsageChecks creatable(String label, Path path) {
        Path above = path.getParent();
        while (above != null && !Files.exists(above, LinkOption.NOFOLLOW_LINKS)) {
            above = above.getParent();
        }
        Path at = above == null ? Path.of("").toAbsolutePath() : above;
        if (!Files.isDirectory(at)) {
            problems.add(label + ": cannot be created: " + at + " is not a folder");
        } else if (!Files.isWritable(at)) {
            problems.add(label + ": cannot be created in " + at + " (permission denied)");
        }
        return this;
    }

    UsageChecks problem(String problem) {
        problems.add(problem);
        return this;
    }

    /** Throws every problem found, or returns when there is none. */
    void orThrow() throws UsageException {
        if (!problems.isEmpty()) {
            throw new UsageException(problems);
        }
    }

    private static String linkTarget(Path link) {
        try {
            return " (a link to " + Files.readSymbolicLink(link) + ", which does not exist)";
        } catch (IOException e) {
            return " (a broken link)";
        }
    }

    /** Why a file could not be opened, without repeating its name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}

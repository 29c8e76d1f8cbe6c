package io.miningaudit.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** What a path given as a case file or a table file is, when it is not a file that can be read. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * Why a path cannot be read as a file, or null when it can: a folder, a link that leads nowhere (a loop or a
     * missing target), or a device, pipe or socket, whose reading could block or never end.
     */
    static String problem(Path path) {
        if (Files.isRegularFile(path)) {
            return Files.isReadable(path) ? null : "cannot be read (permission denied)";
        }
        if (Files.isDirectory(path)) {
            return "is a folder, not a file";
        }
        if (Files.isSymbolicLink(path)) {
            try {
                path.toRealPath();
            } catch (IOException e) {
                return "is a link that leads nowhere (a loop of links or a missing file)";
            }
        }
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "is not a regular file (a device, a pipe or a socket)"
                : "no such file";
    }
}

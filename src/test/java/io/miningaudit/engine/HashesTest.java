package io.miningaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashesTest {
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path tmp;

    private static void write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private Path folder() throws Exception {
        Path dir = tmp.resolve("rules");
        write(dir.resolve("a.drl"), "abc");
        write(dir.resolve("sub/b.drl"), "rule b");
        return dir;
    }

    @Test
    void fileHashIsTheSha256OfItsBytes() throws Exception {
        Path abc = tmp.resolve("abc.txt");
        write(abc, "abc");
        Path empty = tmp.resolve("empty.txt");
        write(empty, "");

        assertThat(Hashes.sha256(abc)).isEqualTo(SHA256_ABC);
        assertThat(Hashes.sha256(empty)).isEqualTo(SHA256_EMPTY);
    }

    @Test
    void fileHashOfALargeFileMatchesTheJdk() throws Exception {
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Path big = tmp.resolve("big.bin");
        Files.write(big, bytes);

        assertThat(Hashes.sha256(big))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    @Test
    void folderHashFollowsTheDocumentedFormula() throws Exception {
        Path dir = folder();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (String[] f : new String[][] {{"a.drl", "abc"}, {"sub/b.drl", "rule b"}}) {
            expected.write(f[0].getBytes(StandardCharsets.UTF_8));
            expected.write(0);
            expected.write(MessageDigest.getInstance("SHA-256").digest(f[1].getBytes(StandardCharsets.UTF_8)));
            expected.write(0);
        }

        assertThat(Hashes.sha256(dir)).isEqualTo(HexFormat.of().formatHex(sha.digest(expected.toByteArray())));
    }

    @Test
    void emptyFolderHashesNothing() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("empty"));

        assertThat(Hashes.sha256(dir)).isEqualTo(SHA256_EMPTY);
    }

    @Test
    void folderHashChangesWhenAFileChanges() throws Exception {
        Path dir = folder();
        String before = Hashes.sha256(dir);

        write(dir.resolve("sub/b.drl"), "rule B");

        assertThat(Hashes.sha256(dir)).isNotEqualTo(before);
    }

    @Test
    void folderHashChangesWhenAFileIsRenamed() throws Exception {
        Path dir = folder();
        String before = Hashes.sha256(dir);

        Files.move(dir.resolve("sub/b.drl"), dir.resolve("sub/c.drl"));

        assertThat(Hashes.sha256(dir)).isNotEqualTo(before);
    }

    @Test
    void folderHashChangesWhenAFileMovesToAnotherFolder() throws Exception {
        Path dir = folder();
        String before = Hashes.sha256(dir);

        Files.createDirectories(dir.resolve("other"));
        Files.move(dir.resolve("sub/b.drl"), dir.resolve("other/b.drl"));

        assertThat(Hashes.sha256(dir)).isNotEqualTo(before);
    }

    @Test
    void folderHashChangesWhenAFileIsAdded() throws Exception {
        Path dir = folder();
        String before = Hashes.sha256(dir);

        write(dir.resolve("new.drl"), "");

        assertThat(Hashes.sha256(dir)).isNotEqualTo(before);
    }

    @Test
    void folderHashIgnoresHiddenFilesAndFolders() throws Exception {
        Path dir = folder();
        String before = Hashes.sha256(dir);

        write(dir.resolve(".DS_Store"), "finder junk");
        write(dir.resolve("sub/.b.drl.swp"), "editor junk");
        write(dir.resolve(".git/config"), "[core]");
        write(dir.resolve("sub/.cache/x.drl"), "cached");
        Files.createDirectories(dir.resolve("empty-folder"));

        assertThat(Hashes.sha256(dir)).isEqualTo(before);
    }

    @Test
    void folderHashDependsOnRelativePathsOnly() throws Exception {
        Path one = tmp.resolve("one/rules");
        Path two = tmp.resolve("two/elsewhere");
        for (Path dir : new Path[] {one, two}) {
            write(dir.resolve("a.drl"), "abc");
            write(dir.resolve("sub/b.drl"), "rule b");
        }

        assertThat(Hashes.sha256(one)).isEqualTo(Hashes.sha256(two)).isEqualTo(Hashes.sha256(folder()));
    }

    @Test
    void aFolderReachedThroughASymbolicLinkHashesItsContent() throws Exception {
        Path real = folder();
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);

        assertThat(Hashes.sha256(link)).isEqualTo(Hashes.sha256(real)).isNotEqualTo(SHA256_EMPTY);
        String before = Hashes.sha256(link);
        write(real.resolve("a.drl"), "changed");
        assertThat(Hashes.sha256(link)).isNotEqualTo(before);
    }
}

package io.miningaudit.spark;

import java.io.Serializable;

/**
 * One part of a case, numbered, in the JSON form of FACTS.md: what the driver stages as a file of its own
 * ({@link #fileName}) and an executor reads back.
 */
record PartText(int index, String json) implements Serializable {
    /** The name of part {@code index}'s file: {@code part-00000012.json}. */
    static String fileName(int index) {
        return String.format(java.util.Locale.ROOT, "part-%08d.json", index);
    }

    /** Part {@code index} as staged in {@code folder}. */
    static PartText read(String folder, int index) throws java.io.IOException {
        return new PartText(index, java.nio.file.Files.readString(java.nio.file.Path.of(folder, fileName(index))));
    }
}

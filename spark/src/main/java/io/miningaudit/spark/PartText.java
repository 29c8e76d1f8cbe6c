package io.miningaudit.spark;

import java.io.Serializable;

/**
 * One part of a case, numbered, in the JSON form of FACTS.md: what the driver stages as a file of its own
 * ({@link #fileName}) and an executor reads back.
 */
record PartText(int index, String json) implements Serializable {
    private static final String PREFIX = "part-";
    private static final String SUFFIX = ".json";

    /** The name of part {@code index}'s file: {@code part-00000012.json}. */
    static String fileName(int index) {
        return String.format(java.util.Locale.ROOT, "%s%08d%s", PREFIX, index, SUFFIX);
    }

    /** The part a staged file holds, told by its name ({@link #fileName}). */
    static PartText read(String path) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of(path);
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            throw new IllegalArgumentException("not a staged part: " + path);
        }
        return new PartText(Integer.parseInt(name.substring(PREFIX.length(), name.length() - SUFFIX.length())),
                java.nio.file.Files.readString(file));
    }
}

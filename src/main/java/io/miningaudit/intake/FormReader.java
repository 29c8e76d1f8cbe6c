package io.miningaudit.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One form of case file: reads the tables a {@link TableFilter} takes into a {@link RawCase}, routing each table it
 * meets through {@link TableFilter#route}. What it cannot parse is a problem of the raw case, never an exception.
 */
interface FormReader {
    /** What the forms are, for the message that refuses any other. */
    String FORMS = "a .json, .yaml, .yml or .xlsx file, or a folder of .csv files";

    void read(Path file, TableFilter filter, RawCase raw) throws IOException;

    /** The reader of a case file's form, told by its name (or by its being a folder), if it has one. */
    static Optional<FormReader> of(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of(new CsvFolderReader());
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return Optional.of(new WorkbookReader());
        }
        if (name.endsWith(".json")) {
            return Optional.of(TreeFileReader.json());
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(TreeFileReader.yaml());
        }
        return Optional.empty();
    }
}

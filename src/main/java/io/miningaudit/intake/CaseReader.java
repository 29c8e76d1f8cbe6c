package io.miningaudit.intake;

import com.fasterxml.jackson.core.JsonParser;
import io.miningaudit.facts.CaseFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a case file in any supported form and returns its facts, or rejects it whole with every problem found.
 * The form is told by the file's name: {@code .json}, {@code .yaml} or {@code .yml}, {@code .xlsx}, or a folder of
 * {@code <table>.csv} files.
 */
public final class CaseReader {
    private final Clock clock;
    private Progress progress = Progress.NONE;
    private int readingDays;

    /** Hears how many records of the case file are read: every {@link #EVERY} records, and when reading ends. */
    public interface Progress {
        Progress NONE = records -> { };
        /** How often it is told: every so many records. */
        int EVERY = 50_000;

        void recordsRead(long records);
    }

    public CaseReader withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /**
     * Keeps, of the daily readings, only the {@code days} days ending on the as-of date (0, the default, keeps every
     * reading): what the load-profile screening looks at. Every reading is checked all the same.
     */
    public CaseReader keepingReadingDays(int days) {
        this.readingDays = Math.max(0, days);
        return this;
    }

    public CaseReader(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param file         the case file
     * @param asOfOverride the command line's {@code --as-of}, or null to use the case's own, or else today
     */
    public CaseFile read(Path file, LocalDate asOfOverride) throws CaseDataException, IOException {
        String shown = file.toString();
        if (!Files.exists(file)) {
            throw new CaseDataException(shown, List.of(new Problem(new Location.Text(shown, 0, 0), "",
                    "no such file")));
        }
        String unreadable = Files.isDirectory(file) ? null : InputFiles.problem(file);
        if (unreadable != null) {
            throw new CaseDataException(shown, List.of(new Problem(new Location.Text(shown, 0, 0), "", unreadable)));
        }
        CaseSource source = counted(source(file, shown));
        return new CaseBinder(source, asOfOverride, LocalDate.now(clock), readingDays).bind();
    }

    /**
     * Reads a case embedded in a larger JSON or YAML document: the parser stands on the start of the object that
     * holds the case's tables. Problems are located in {@code shownName}, the enclosing file.
     */
    public CaseFile readEmbedded(JsonParser parser, String shownName, LocalDate asOfOverride)
            throws CaseDataException, IOException {
        RawCase raw = new RawCase(shownName);
        TreeFileReader.readEmbedded(parser, raw);
        return new CaseBinder(CaseSource.of(raw), asOfOverride, LocalDate.now(clock), readingDays).bind();
    }

    /** The source, counting the records it reads for the progress listener. */
    private CaseSource counted(CaseSource source) {
        if (progress == Progress.NONE) {
            return source;
        }
        long[] read = {0};
        return (filter, sink) -> {
            Consumer<RawRecord> counting = record -> {
                if (++read[0] % Progress.EVERY == 0) {
                    progress.recordsRead(read[0]);
                }
                sink.accept(record);
            };
            RawCase raw = source.read(filter, sink == null ? null : counting);
            if (sink == null) {
                read[0] += filter.tables().stream().mapToLong(t -> raw.records(t).size()).sum();
            }
            progress.recordsRead(read[0]);
            return raw;
        };
    }

    /**
     * The case file as a source the binder reads twice: once for the tables it holds whole, once for the large
     * tables, which stream through.
     */
    private static CaseSource source(Path file, String shown) throws CaseDataException {
        FormReader reader = FormReader.of(file).orElseThrow(() -> new CaseDataException(shown, List.of(
                new Problem(new Location.Text(shown, 0, 0), "", "unsupported case file form: " + FormReader.FORMS))));
        return (filter, sink) -> {
            RawCase raw = new RawCase(shown, sink);
            reader.read(file, filter, raw);
            return raw;
        };
    }
}

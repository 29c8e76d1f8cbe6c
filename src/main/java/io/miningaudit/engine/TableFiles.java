package io.miningaudit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * What one compile needs to know of its decision-table files, each read once: the DRL Drools generates from a table
 * (for the safety check and to map its errors back) and the table's layout (to name a cell). Files compile in
 * parallel, so the memo is concurrent.
 */
final class TableFiles {
    private final Map<Path, Optional<String>> drl = new ConcurrentHashMap<>();
    private final Map<Path, Optional<TableLayout>> layouts = new ConcurrentHashMap<>();

    /** The DRL Drools generates from a table, or null when it cannot be generated. */
    String drl(Path file) {
        return drl.computeIfAbsent(file, f -> Optional.ofNullable(generate(f))).orElse(null);
    }

    /** The layout of a table workbook, or null (a CSV table, an unreadable file). */
    TableLayout layout(Path file) {
        return layouts.computeIfAbsent(file, f -> Optional.ofNullable(TableLayout.read(f))).orElse(null);
    }

    private static String generate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
            return new SpreadsheetCompiler().compile(in, csv ? InputType.CSV : InputType.XLS);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

package io.miningaudit.report;

import io.miningaudit.engine.AuditResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes an audit's two files, {@code <caseId>_<asOf>.xlsx} and {@code .json}, each whole or not at all. */
public final class ReportWriter {
    private final int maxRowsPerSheet;

    public ReportWriter() {
        this(SheetSeries.EXCEL_MAX_ROWS);
    }

    /** With a smaller sheet limit, so that tests can see a sheet continue on {@code <name> (2)}. */
    public ReportWriter(int maxRowsPerSheet) {
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /** The base name of the report files. */
    public static String baseName(Provenance provenance) {
        return provenance.caseId() + "_" + provenance.asOf();
    }

    /** Writes both files into {@code outDir} and returns their paths, workbook first. */
    public List<Path> write(AuditResult result, Provenance provenance, Path outDir) throws IOException {
        String base = baseName(provenance);
        return new AtomicFiles()
                .add(outDir.resolve(base + ".xlsx"), new WorkbookWriter(result, provenance, maxRowsPerSheet)::writeTo)
                .add(outDir.resolve(base + ".json"), new JsonWriter(result, provenance)::writeTo)
                .write();
    }
}

package io.miningaudit.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ScatterZipOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntryRequest;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A streamed workbook whose sheets are compressed at once, one per core, when it is written: compressing a report's
 * sheets one after another took as long as writing their rows. The parts keep the order of POI's own writer and
 * each sheet's XML is POI's, its rows set into the sheet's {@code <sheetData>}; each compressed sheet waits in a
 * temporary file until its turn.
 */
final class ConcurrentWorkbook extends SXSSFWorkbook {
    private static final String EMPTY_DATA = "<sheetData/>";
    private static final String DATA_END = "</sheetData>";

    private final int threads;

    ConcurrentWorkbook(int rowWindow) {
        this(rowWindow, Runtime.getRuntime().availableProcessors());
    }

    ConcurrentWorkbook(int rowWindow, int threads) {
        super(rowWindow);
        this.threads = Math.max(1, threads);
    }

    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "compress workbook");
            t.setDaemon(true);
            return t;
        });
        List<Future<ScatterZipOutputStream>> sheets = new ArrayList<>();
        // Not POI's OPC stream (its default of Zip64 always), which would not see entries added compressed: every
        // entry here has its sizes, so Zip64 is written only where a part needs it.
        ZipArchiveOutputStream zos = new ZipArchiveOutputStream(out);
        zos.setUseZip64(Zip64Mode.AsNeeded);
        try {
            List<? extends ZipArchiveEntry> entries = Collections.list(source.getEntries());
            List<Object> parts = new ArrayList<>();
            for (ZipArchiveEntry entry : entries) {
                byte[] template = read(source, entry);
                XSSFSheet xSheet = getSheetFromZipEntryName(entry.getName());
                if (xSheet != null && !(xSheet instanceof XSSFChartSheet)) {
                    SXSSFSheet sheet = getSheetAt(getXSSFWorkbook().getSheetIndex(xSheet));
                    Future<ScatterZipOutputStream> compressed = pool.submit(() -> compress(entry, template, sheet));
                    sheets.add(compressed);
                    parts.add(compressed);
                } else {
                    parts.add(new Small(entry, template));
                }
            }
            for (Object part : parts) {
                if (part instanceof Small small) {
                    ZipArchiveEntry copy = copyOf(small.entry());
                    copy.setSize(small.bytes().length);
                    zos.putArchiveEntry(copy);
                    zos.write(small.bytes());
                    zos.closeArchiveEntry();
                } else {
                    try (ScatterZipOutputStream scatter = get((Future<?>) part)) {
                        scatter.writeTo(zos);
                    }
                }
            }
            zos.finish();
        } finally {
            // After a failure the other sheets' compression runs to its end (it cannot be interrupted); then each
            // compressed part not yet written is closed, which deletes its temporary file.
            pool.shutdown();
            awaitQuietly(pool);
            for (Future<ScatterZipOutputStream> sheet : sheets) {
                closeQuietly(sheet);
            }
            source.close();
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private record Small(ZipArchiveEntry entry, byte[] bytes) {
    }

    private static byte[] read(ZipEntrySource source, ZipArchiveEntry entry) throws IOException {
        try (InputStream in = source.getInputStream(entry)) {
            if (in instanceof ZipArchiveThresholdInputStream guarded) {
                // As POI's own writer: a streamed sheet's repetitive rows are not a zip bomb.
                guarded.setGuardState(false);
            }
            return IOUtils.toByteArray(in);
        }
    }

    private static ZipArchiveEntry copyOf(ZipArchiveEntry entry) {
        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
        if (entry.getTime() >= 0) {
            copy.setTime(entry.getTime());
        }
        return copy;
    }

    /** The sheet's XML (the template's, its rows set into {@code <sheetData>}) compressed into a temporary file. */
    private static ScatterZipOutputStream compress(ZipArchiveEntry entry, byte[] template, SXSSFSheet sheet)
            throws IOException {
        Path file = TempFile.createTempFile("poi-sxssf-sheet", ".zip-part").toPath();
        ScatterZipOutputStream scatter;
        try {
            scatter = ScatterZipOutputStream.pathBased(file, Deflater.DEFAULT_COMPRESSION);
        } catch (IOException | RuntimeException e) {
            java.nio.file.Files.deleteIfExists(file);
            throw e;
        }
        try {
            ZipArchiveEntry copy = copyOf(entry);
            copy.setMethod(ZipEntry.DEFLATED);
            String[] around = around(new String(template, StandardCharsets.UTF_8));
            scatter.addArchiveEntry(ZipArchiveEntryRequest.createZipArchiveEntryRequest(copy, () -> {
                try {
                    return new SequenceInputStream(Collections.enumeration(List.of(
                            new ByteArrayInputStream(around[0].getBytes(StandardCharsets.UTF_8)),
                            sheet.getWorksheetXMLInputStream(),
                            new ByteArrayInputStream(around[1].getBytes(StandardCharsets.UTF_8)))));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
            return scatter;
        } catch (IOException | RuntimeException e) {
            scatter.close();
            throw e;
        }
    }

    /**
     * The sheet's XML before and after its rows: the rows go in place of an empty {@code <sheetData/>}, or before
     * the end of {@code <sheetData>…</sheetData>}, or in a {@code <sheetData>} of their own at the end, as POI sets
     * them.
     */
    static String[] around(String xml) {
        int empty = xml.indexOf(EMPTY_DATA);
        if (empty >= 0) {
            return new String[] {xml.substring(0, empty) + "<sheetData>\n",
                DATA_END + xml.substring(empty + EMPTY_DATA.length())};
        }
        int end = xml.indexOf(DATA_END);
        if (end >= 0) {
            return new String[] {xml.substring(0, end), xml.substring(end)};
        }
        return new String[] {xml + "<sheetData>\n", DATA_END};
    }

    private static ScatterZipOutputStream get(Future<?> compressed) throws IOException {
        try {
            return (ScatterZipOutputStream) compressed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while the workbook's sheets were compressed");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("compressing a sheet failed", e.getCause());
        }
    }

    /** Closes (and so deletes) a sheet's compressed part that was not written, when writing failed. */
    private static void closeQuietly(Future<ScatterZipOutputStream> sheet) {
        if (sheet.isDone() && !sheet.isCancelled()) {
            try {
                sheet.get().close();
            } catch (IOException | InterruptedException | ExecutionException | RuntimeException e) {
                // already closed after it was written, or never made
            }
        }
    }
}

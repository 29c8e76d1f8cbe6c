package io.miningaudit.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * A case or rules folder named by any path Spark reads (a local path, {@code hdfs://…}, {@code s3a://…}), made a local
 * folder the core reads: a path of another file system is copied to the driver's disk first; a table given as a
 * folder of Parquet files is read by Spark and written as JSON Lines files (the core reads CSV and JSON Lines), so
 * that the core's checks apply alike. Problems found in the copy are shown under the path given ({@link #shown}).
 */
record CaseInput(Path local, String given, Path copiedTo) {
    /** The local folder or file for {@code given}, copied under {@code work} where it must be. */
    static CaseInput of(SparkSession spark, String given, Path work) throws IOException {
        boolean local = isLocal(given);
        Path path = !local ? null : given.startsWith("file:") ? Path.of(URI.create(given)) : Path.of(given);
        if (local && !hasParquet(path)) {
            return new CaseInput(path, given, null);
        }
        Path copy = work.resolve("input-" + Math.abs(given.hashCode()));
        Files.createDirectories(copy);
        Path target = copy.resolve(local ? path.getFileName().toString()
                : new org.apache.hadoop.fs.Path(given).getName());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(given);
        FileSystem fs = source.getFileSystem(conf);
        fs.copyToLocalFile(false, source, new org.apache.hadoop.fs.Path(target.toUri()), true);
        if (Files.isDirectory(target)) {
            parquetToJsonLines(spark, target);
        }
        return new CaseInput(target, given, target);
    }

    private static boolean hasParquet(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> tables = Files.list(path)) {
            for (Path table : tables.filter(Files::isDirectory).toList()) {
                if (!parquetFiles(table).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> parquetFiles(Path table) throws IOException {
        try (Stream<Path> files = Files.list(table)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet"))
                    .sorted().toList();
        }
    }

    /** Each Parquet file of a table folder becomes a JSON Lines file of the same name and rows, in its place. */
    private static void parquetToJsonLines(SparkSession spark, Path folder) throws IOException {
        try (Stream<Path> tables = Files.list(folder)) {
            for (Path table : tables.filter(Files::isDirectory).toList()) {
                for (Path parquet : parquetFiles(table)) {
                    // Read here, on the driver, and written here: the copy is on the driver's disk alone.
                    var rows = spark.read().parquet("file://" + parquet.toAbsolutePath()).toLocalIterator();
                    try (var out = Files.newBufferedWriter(table.resolve(parquet.getFileName() + ".jsonl"))) {
                        while (rows.hasNext()) {
                            out.write(rows.next().json());
                            out.write('\n');
                        }
                    }
                    Files.delete(parquet);
                }
            }
        }
    }

    /** Whether a path names the driver's own file system: no scheme, or {@code file:}. */
    static boolean isLocal(String path) {
        return path.startsWith("file:") || !path.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    }

    /** A problem's text with the copy's path replaced by the path given. */
    String shown(String text) {
        return copiedTo == null ? text : text.replace(copiedTo.toString(), given);
    }
}

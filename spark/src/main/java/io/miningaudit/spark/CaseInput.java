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
 * folder of Parquet files is turned into JSON Lines files by Spark (the core reads CSV and JSON Lines part files), so
 * that the core's checks apply alike. Problems found in the copy are shown under the path given ({@link #shown}).
 */
record CaseInput(Path local, String given, Path copiedTo) {
    /** The local folder or file for {@code given}, copied under {@code work} where it must be. */
    static CaseInput of(SparkSession spark, String given, Path work) throws IOException {
        URI uri = URI.create(given.replace(" ", "%20"));
        boolean local = uri.getScheme() == null || "file".equals(uri.getScheme());
        Path path = local ? (uri.getScheme() == null ? Path.of(given) : Path.of(uri)) : null;
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
            parquetToJsonLines(spark, target, work);
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
    private static void parquetToJsonLines(SparkSession spark, Path folder, Path work) throws IOException {
        try (Stream<Path> tables = Files.list(folder)) {
            for (Path table : tables.filter(Files::isDirectory).toList()) {
                for (Path parquet : parquetFiles(table)) {
                    Path out = work.resolve("json-" + System.nanoTime());
                    spark.read().parquet(parquet.toUri().toString()).coalesce(1).write()
                            .option("ignoreNullFields", "true").json(out.toUri().toString());
                    Path part;
                    try (Stream<Path> written = Files.list(out)) {
                        part = written.filter(f -> f.getFileName().toString().startsWith("part-")
                                && f.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
                    }
                    Files.move(part, table.resolve(parquet.getFileName() + ".jsonl"));
                    Files.delete(parquet);
                    SparkAudit.deleteTree(out);
                }
            }
        }
    }

    /** A problem's text with the copy's path replaced by the path given. */
    String shown(String text) {
        return copiedTo == null ? text : text.replace(copiedTo.toString(), given);
    }
}

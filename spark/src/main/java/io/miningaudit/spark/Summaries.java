package io.miningaudit.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Summary's sums of the findings by province, aggregated by Spark from the findings table: the money of each
 * measure, the energy double-counted, the load-profile leads and the findings, one row per province with findings.
 * (The Summary's counts of the facts themselves, IPs and inspections, are in the findings JSON the driver writes.)
 */
final class Summaries {
    private Summaries() {
    }

    private static Column sumOf(String measure, String value) {
        return coalesce(sum(when(col("measure").equalTo(measure), col(value))), lit(0));
    }

    /** {@code loadLeads}: the ids of the findings that are load-profile leads (ranked with their profiles). */
    static void write(SparkSession spark, Dataset<Row> findings, java.util.Set<String> loadLeads, Path table) {
        Dataset<Row> summary = findings.groupBy("province").agg(
                sumOf("PUNITIVE_SURCHARGE", "amountCny").cast("decimal(38,2)").as("surchargeCny"),
                sumOf("BACK_PAYMENT", "amountCny").cast("decimal(38,2)").as("backPaymentCny"),
                sumOf("LIQUIDATED_PENALTY", "amountCny").cast("decimal(38,2)").as("liquidatedPenaltyCny"),
                sumOf("ILLEGAL_GAINS_CONFISCATION", "amountCny").cast("decimal(38,2)").as("illegalGainsCny"),
                sumOf("ENERGY_DOUBLE_COUNT", "quantity").cast("decimal(38,3)").as("energyDoubleCountKwh"),
                sum(when(col("id").isin(loadLeads.toArray()), 1).otherwise(0)).as("loadProfileLeads"),
                count(lit(1)).as("findings"))
                .orderBy("province");
        summary.write().mode(SaveMode.ErrorIfExists).parquet(table.resolve("parquet").toString());
        summary.coalesce(1).write().mode(SaveMode.ErrorIfExists).json(table.resolve("jsonl").toString());
    }
}

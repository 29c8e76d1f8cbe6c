package io.miningaudit.spark;

import io.miningaudit.cli.ExitCodes;
import io.miningaudit.engine.AuditResult;
import io.miningaudit.engine.Auditor;
import io.miningaudit.engine.RulesException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mining-audit-spark audit CASE --rules DIR --out DIR}: the audit as a Spark job, locally ({@code local[*]}
 * unless {@code --master} says otherwise) or under {@code spark-submit}. Exit codes as {@code mining-audit}'s.
 */
@Command(name = "mining-audit-spark", mixinStandardHelpOptions = true, subcommands = SparkAuditCommand.Audit.class,
        description = "The mining audit as an Apache Spark job.")
public final class SparkAuditCommand {
    private SparkAuditCommand() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(SparkAuditCommand.class, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == SparkAuditCommand.class) {
                    return type.cast(new SparkAuditCommand());
                }
                return CommandLine.defaultFactory().create(type);
            }
        });
    }

    /** A path of the driver's own file system, given plain or as a {@code file:} URI. */
    static Path localPath(String path) {
        return path.startsWith("file:") ? Path.of(java.net.URI.create(path)) : Path.of(path);
    }

    /** {@code audit}: one case, its outputs in {@code <out>/<caseId>_<asOf>_spark/}. */
    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = "Audit a case on Spark: findings, surcharge lines, back-payment runs, load-profile leads,"
                    + " data issues and a summary as Parquet and JSON Lines by province, and the workbook and findings"
                    + " JSON, in <out>/<caseId>_<asOf>_spark/.")
    static final class Audit implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "CASE", description = "The case, on any path Spark reads: a JSON, YAML or workbook"
                + " file, or a folder of tables (<table>.csv files, or <table>/ folders of CSV, JSON Lines or Parquet"
                + " files).")
        String caseFile;

        @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
                description = "The rules folder, on any path Spark reads (default: ${DEFAULT-VALUE}).")
        String rules;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
                description = "Where the output folder goes (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--master", paramLabel = "URL",
                description = "Spark's master (default: local[*], or what spark-submit sets).")
        String master;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The audit's as-of date (default: the case's).")
        LocalDate asOf;

        @Option(names = "--no-workbook", description = "Write no workbook and findings JSON (for a national run).")
        boolean noWorkbook;

        @Option(names = "--part-size", paramLabel = "N", defaultValue = "" + Auditor.DEFAULT_PART_SIZE,
                description = "Entities in a part (default: ${DEFAULT-VALUE}).")
        int partSize;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            if (CaseInput.isLocal(caseFile) && !Files.exists(localPath(caseFile))) {
                err.println("error: " + caseFile + ": no such case file");
                return ExitCodes.USAGE;
            }
            if (CaseInput.isLocal(rules) && !Files.isDirectory(localPath(rules))) {
                err.println("error: --rules " + rules + ": no such folder");
                return ExitCodes.USAGE;
            }
            if (partSize < 1) {
                err.println("error: --part-size " + partSize + ": must be 1 or more");
                return ExitCodes.USAGE;
            }
            SparkSession.Builder builder = SparkSession.builder().appName("mining-audit")
                    .config("spark.ui.enabled", "false");
            if (master != null) {
                builder.master(master);
            } else if (!System.getProperties().containsKey("spark.master")) {
                builder.master("local[*]");
            }
            SparkSession spark = builder.getOrCreate();
            try {
                SparkAudit.Outcome outcome = SparkAudit.run(spark, new SparkAudit.Options(caseFile, rules, this.out,
                        asOf, !noWorkbook, partSize));
                AuditResult r = outcome.result();
                out.printf(Locale.ROOT, "Case %s, as of %s: %d findings, %d inspection leads, %d load-profile leads,"
                                + " %d data issues (on Spark %s, %d cores)%n", r.facts().getCaseInfo().getId(),
                        r.facts().getCaseInfo().getAsOf(), r.findings().size(), r.leads().size(),
                        r.loadLeads().size(), r.dataIssues().size(), spark.version(),
                        spark.sparkContext().defaultParallelism());
                out.println("Wrote " + outcome.folder());
                return ExitCodes.DONE;
            } catch (SparkAudit.BadCaseException e) {
                err.println("error: " + e.getMessage());
                e.problems().forEach(p -> err.println("  " + p));
                if (e.count() > e.problems().size()) {
                    err.println("  … and " + (e.count() - e.problems().size()) + " more");
                }
                return ExitCodes.INVALID_CASE;
            } catch (RulesException e) {
                err.println("error: " + e.getMessage());
                e.problems().forEach(p -> err.println("  " + p));
                return ExitCodes.INVALID_RULES;
            } catch (Exception e) {
                err.println("internal error: " + e);
                return ExitCodes.INTERNAL_ERROR;
            } finally {
                spark.stop();
            }
        }
    }
}

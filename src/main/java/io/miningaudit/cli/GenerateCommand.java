package io.miningaudit.cli;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.generate.CaseFileWriter;
import io.miningaudit.generate.CaseGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mining-audit generate}: a seeded, realistic case of any size, in any form. */
@Command(name = "generate",
        description = "Write a seeded, realistic generated case in any form (json, yaml, xlsx, csv), told by the name"
                + " of --out as the audit tells it.")
public class GenerateCommand implements Callable<Integer> {
    /** The forms a case can be written in. */
    public enum Form { json, yaml, xlsx, csv }

    @Spec
    CommandSpec spec;

    @Option(names = "--entities", defaultValue = "1000", converter = Converters.Positive.class,
            description = "Entities (default: ${DEFAULT-VALUE}).")
    int entities;

    @Option(names = "--detections-per-day", defaultValue = "100", converter = Converters.Positive.class,
            description = "Mining-IP detections a day (default: ${DEFAULT-VALUE}).")
    int detectionsPerDay;

    @Option(names = "--days", defaultValue = "30", converter = Converters.Positive.class,
            description = "Days of detections up to the as-of date (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--as-of", defaultValue = "2022-06-30",
            description = "The case's as-of date (default: ${DEFAULT-VALUE}).")
    LocalDate asOf;

    @Option(names = "--seed", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--readings", description = "Also give every entity an electricity account and every account a"
            + " smart-meter reading a day, with realistic loads and some hidden miners; the truth (which accounts"
            + " mine, from when) is written beside the case as <name>.truth.csv.")
    boolean readings;

    @Option(names = "--reading-days", defaultValue = "365", converter = Converters.Positive.class,
            description = "Days of daily readings up to the as-of date, with --readings (default: ${DEFAULT-VALUE}).")
    int readingDays;

    @Option(names = "--form", description = "json, yaml, xlsx or csv (default: told by the name of --out).")
    Form form;

    @Option(names = "--out", paramLabel = "PATH", required = true,
            description = "The file to write: .json, .yaml or .yml, .xlsx; or a folder of .csv files (a name without"
                    + " extension or ending in .csv, or an existing folder).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Form written = checkedForm();
        CaseGenerator.WithReadings generated = CaseGenerator.generate(new CaseGenerator.Size(entities,
                detectionsPerDay, days, seed, asOf), readings ? readingDays : 0);
        CaseFile facts = generated.facts();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        switch (written) {
            case json -> CaseFileWriter.write(facts, out);
            case yaml -> CaseFileWriter.writeYaml(facts, out);
            case xlsx -> CaseFileWriter.writeWorkbook(facts, out);
            case csv -> CaseFileWriter.writeCsvFolder(facts, out);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s: %,d entities, %,d detections, %,d inspections,"
                        + " %,d accounts, %,d consumption cycles%s%n", out, facts.getEntities().size(),
                facts.getIpDetections().size(), facts.getInspections().size(), facts.getAccounts().size(),
                facts.getConsumption().size(), readings ? String.format(Locale.ROOT, ", %,d daily readings",
                        facts.getDailyReadings().size()) : "");
        if (generated.readings() != null) {
            Path truth = truthFile(out);
            generated.readings().writeTruth(truth);
            long miners = generated.readings().profiles().stream().filter(p -> p.mines() && !p.known()).count();
            spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s: %,d accounts mine unknown to any case%n",
                    truth, miners);
        }
        return ExitCodes.DONE;
    }

    /** Where the truth of a generated case's readings is written: beside it, {@code <name>.truth.csv}. */
    static Path truthFile(Path out) {
        String name = out.getFileName().toString().replaceFirst("(?i)\\.(json|ya?ml|xlsx|csv)$", "");
        return out.toAbsolutePath().resolveSibling(name + ".truth.csv");
    }

    /**
     * The form the name of {@code --out} tells, as the case reader will tell it: an existing folder is a CSV folder;
     * else by the extension, no extension (or {@code .csv}) meaning a CSV folder. An explicit {@code --form} must
     * agree, but may name a CSV folder anything the name does not tell otherwise.
     */
    private Form checkedForm() throws UsageException {
        Form named = named(out);
        UsageChecks checks = new UsageChecks();
        Form chosen = form != null ? form : named;
        if (named == null && form == null) {
            checks.problem("--out " + out + ": cannot tell the form from the name; end it in .json, .yaml, .yml or"
                    + " .xlsx, name a folder (no extension, or .csv), or give --form");
        } else if (form != null && named != null && form != named) {
            checks.problem("--form " + form + " contradicts --out " + out + ", which names " + what(named));
        } else if (named == null && form != Form.csv) {
            checks.problem("--form " + form + " contradicts --out " + out + ": " + what(form) + "'s name ends in "
                    + (form == Form.yaml ? ".yaml or .yml" : "." + form));
        } else if (chosen == Form.csv && Files.exists(out) && !Files.isDirectory(out)) {
            checks.problem("--out " + out + ": not a folder");
        } else if (!Files.exists(out)) {
            checks.creatable("--out " + out, out);
        }
        checks.orThrow();
        return chosen;
    }

    /** The form a path's name tells, or null when its extension is none of ours. */
    static Form named(Path path) {
        if (Files.isDirectory(path)) {
            return Form.csv;
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return switch (dot <= 0 ? "" : name.substring(dot + 1)) {
            case "json" -> Form.json;
            case "yaml", "yml" -> Form.yaml;
            case "xlsx" -> Form.xlsx;
            case "", "csv" -> Form.csv;
            default -> null;
        };
    }

    private static String what(Form form) {
        return switch (form) {
            case json -> "a JSON case file";
            case yaml -> "a YAML case file";
            case xlsx -> "a workbook";
            case csv -> "a folder of .csv files";
        };
    }
}

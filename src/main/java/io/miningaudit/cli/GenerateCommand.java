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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mining-audit generate}: a seeded, realistic case of any size, in any form. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write a seeded, realistic generated case in any form (json, yaml, xlsx, csv).")
public class GenerateCommand implements Callable<Integer> {
    /** The forms a case can be written in. */
    public enum Form { json, yaml, xlsx, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--entities", defaultValue = "1000", description = "Entities (default: ${DEFAULT-VALUE}).")
    int entities;

    @Option(names = "--detections-per-day", defaultValue = "100",
            description = "Mining-IP detections a day (default: ${DEFAULT-VALUE}).")
    int detectionsPerDay;

    @Option(names = "--days", defaultValue = "30", description = "Days of detections up to the as-of date (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--as-of", defaultValue = "2022-06-30", description = "The case's as-of date (default: ${DEFAULT-VALUE}).")
    LocalDate asOf;

    @Option(names = "--seed", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--form", defaultValue = "json", description = "json, yaml, xlsx or csv (default: ${DEFAULT-VALUE}).")
    Form form;

    @Option(names = "--out", paramLabel = "PATH", required = true,
            description = "The file to write, or the folder for csv.")
    Path out;

    @Override
    public Integer call() throws Exception {
        CaseFile facts = CaseGenerator.generate(new CaseGenerator.Size(entities, detectionsPerDay, days, seed, asOf));
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        switch (form) {
            case json -> CaseFileWriter.write(facts, out);
            case yaml -> CaseFileWriter.writeYaml(facts, out);
            case xlsx -> CaseFileWriter.writeWorkbook(facts, out);
            case csv -> CaseFileWriter.writeCsvFolder(facts, out);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s: %,d entities, %,d detections, %,d inspections,"
                        + " %,d accounts, %,d consumption cycles%n", out, facts.getEntities().size(),
                facts.getIpDetections().size(), facts.getInspections().size(), facts.getAccounts().size(),
                facts.getConsumption().size());
        return ExitCodes.DONE;
    }
}

package io.miningaudit.cli;

import io.miningaudit.generate.CaseTemplate;
import io.miningaudit.report.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mining-audit template}: an empty case workbook for inspectors to fill. */
@Command(name = "template",
        description = "Write an empty case workbook: a README sheet explaining each field, a sheet per table with"
                + " dropdowns on enum columns and date and number formats.")
public class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "case-template.xlsx",
            description = "The workbook to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = "Replace the file if it exists (an inspector's filled case, perhaps).")
    boolean force;

    @Override
    public Integer call() throws Exception {
        UsageChecks checks = new UsageChecks();
        if (Files.isDirectory(out)) {
            checks.problem("--out " + out + ": a folder, not a file");
        } else if (Files.isRegularFile(out) && !force) {
            checks.problem(out + " exists; add --force to replace it");
        } else if (!Files.exists(out)) {
            checks.creatable("--out " + out, out);
        }
        checks.orThrow();
        // Made in memory (it is small), so that a failing target fails in our own write, with its reason: POI
        // swallows the I/O error of a failed save and throws without it.
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        CaseTemplate.write(workbook);
        try {
            if (Files.exists(out) && !Files.isRegularFile(out)) {
                // A device or a pipe (/dev/stdout): written into, since a rename would replace the device itself.
                try (OutputStream o = Files.newOutputStream(out)) {
                    workbook.writeTo(o);
                }
            } else {
                new AtomicFiles().add(out, workbook::writeTo).write();
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + out + ": " + UsageChecks.reason(e), e);
        }
        spec.commandLine().getOut().println("Wrote " + out);
        return ExitCodes.DONE;
    }
}

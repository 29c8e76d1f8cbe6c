package io.miningaudit.cli;

import io.miningaudit.generate.CaseTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mining-audit template}: an empty case workbook for inspectors to fill. */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write an empty case workbook: a README sheet explaining each field, a sheet per table with"
                + " dropdowns on enum columns and date and number formats.")
public class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "case-template.xlsx",
            description = "The workbook to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CaseTemplate.write(out);
        spec.commandLine().getOut().println("Wrote " + out);
        return ExitCodes.DONE;
    }
}

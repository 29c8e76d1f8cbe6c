package io.miningaudit.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code mining-audit} command and its subcommands; the only class that exits the process. */
@Command(name = "mining-audit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        subcommands = {AuditCommand.class, ValidateCommand.class, TestRulesCommand.class, DiffCommand.class,
            TemplateCommand.class, GenerateCommand.class,
            BenchCommand.class, LedgerCommand.class,
            CommandLine.HelpCommand.class},
        description = "Audit cases of cryptocurrency mining against China's 2021 rules, with Drools rules from rules/.",
        footer = {"", "Exit codes: 0 done, 1 internal error, 2 bad usage, 3 invalid case data, 4 invalid rules,"
                + " 5 rule tests failed, 6 the ledger cannot be opened or refused the audit."})
public class MiningAudit implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Clock clock;

    public MiningAudit(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine(Clock.systemDefaultZone()).execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("error: out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MiB of heap);"
                    + " give Java more with MINING_AUDIT_JAVA_OPTS=-Xmx4g ./mining-audit ...");
            code = ExitCodes.INTERNAL_ERROR;
        }
        System.exit(code);
    }

    /** The configured command line: tests call {@code execute} on it. */
    public static CommandLine commandLine(Clock clock) {
        VerboseOption.reset();
        CommandLine cl = new CommandLine(new MiningAudit(clock));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.registerConverter(LocalDate.class, new Converters.Date());
        return cl;
    }

    /** Declared once here and inherited by every subcommand, like {@code --help} and {@code --version}. */
    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces with errors and the rule engine's log.")
    void setVerbose(boolean value) {
        VerboseOption.set(value);
    }

    Clock clock() {
        return clock;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}

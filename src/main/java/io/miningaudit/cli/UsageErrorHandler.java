package io.miningaudit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad usage found while the command line is parsed: exit 2 with one line that names what is wrong (an unknown option
 * alone, not the arguments picocli could not place beside it; an invalid value by its option, without Java's class
 * names), and where a person should look next.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (ex instanceof UnmatchedArgumentException u) {
            err.println("error: " + unmatched(u, cmd));
            err.println(tryHelp(cmd));
        } else if (ex.getArgSpec() != null && ex.getValue() != null) {
            err.println("error: " + name(ex.getArgSpec()) + ": " + invalidValue(ex));
        } else {
            err.println("error: " + decapitalize(ex.getMessage()));
            err.println(tryHelp(cmd));
        }
        if (VerboseOption.isVerbose()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * The unknown options alone, with picocli's suggestion: an argument that follows a misspelt option (its value, or
     * the case file picocli then could not place) is not what is wrong.
     */
    private static String unmatched(UnmatchedArgumentException u, CommandLine cmd) {
        List<String> options = u.getUnmatched().stream().filter(a -> a.startsWith("-") && a.length() > 1)
                .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a).distinct().toList();
        String suggestion = u.getSuggestions().isEmpty() ? ""
                : " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
        if (!options.isEmpty()) {
            return (options.size() == 1 ? "unknown option " : "unknown options ") + quoted(options)
                    + (u.isUnknownOption() ? suggestion : "");
        }
        boolean commands = !cmd.getSubcommands().isEmpty() && cmd.getCommandSpec().positionalParameters().isEmpty();
        String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
        return commands ? "unknown command " + quoted(List.of(first)) + suggestion
                : (u.getUnmatched().size() == 1 ? "unexpected argument " : "unexpected arguments ")
                        + quoted(u.getUnmatched());
    }

    /** Our converters say what is wrong with the value; for picocli's own, its reason without a class name. */
    private static String invalidValue(ParameterException ex) {
        if (ex.getCause() instanceof TypeConversionException t) {
            return t.getMessage();
        }
        String reason = ex.getCause() == null || ex.getCause().getMessage() == null ? "not a valid value"
                : ex.getCause().getMessage();
        return "\"" + ex.getValue() + "\": " + reason;
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return o.longestName();
        }
        return arg instanceof PositionalParamSpec p ? p.paramLabel() : "argument";
    }

    private static String quoted(List<String> args) {
        return String.join(", ", args.stream().map(a -> "'" + a + "'").toList());
    }

    private static String tryHelp(CommandLine cmd) {
        return "Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.";
    }

    private static String decapitalize(String message) {
        return message == null || message.isEmpty() ? "bad usage"
                : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}

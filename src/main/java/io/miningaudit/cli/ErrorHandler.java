package io.miningaudit.cli;

import io.miningaudit.engine.RuleFailedException;
import io.miningaudit.engine.RulesException;
import io.miningaudit.intake.CaseDataException;
import io.miningaudit.report.TargetInTheWayException;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Maps the project's errors to the exit codes of REPORT.md, with messages a person can act on. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code;
        if (ex instanceof UsageException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            code = ExitCodes.USAGE;
        } else if (ex instanceof TargetInTheWayException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            code = ExitCodes.USAGE;
        } else if (ex instanceof CaseDataException e) {
            err.println("error: " + e.getMessage() + "; nothing was written");
            e.problems().forEach(p -> err.println("  " + p));
            code = ExitCodes.INVALID_CASE;
        } else if (ex instanceof RulesException e) {
            String consequence = e instanceof RuleFailedException ? "; nothing was written"
                    : cmd.getCommandName().equals("audit") ? "; the case was not read and nothing was written" : "";
            err.println("error: " + e.getMessage() + consequence);
            e.problems().forEach(p -> err.println("  " + p));
            code = ExitCodes.INVALID_RULES;
        } else if (ex instanceof io.miningaudit.ledger.LedgerException e) {
            err.println("error: " + e.getMessage() + (cmd.getCommandName().equals("audit") && !e.reportWritten()
                    ? "; no report was written" : ""));
            code = ExitCodes.LEDGER;
        } else if (ex instanceof IOException e) {
            err.println("error: " + describe(e));
            code = ExitCodes.INTERNAL_ERROR;
        } else {
            err.println("internal error: " + ex + (VerboseOption.isVerbose() ? ""
                    : " (run with --verbose for details)"));
            code = ExitCodes.INTERNAL_ERROR;
        }
        if (VerboseOption.isVerbose()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return "a file is in the way: " + f.getFile();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}

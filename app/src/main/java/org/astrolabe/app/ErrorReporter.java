package org.astrolabe.app;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on stderr and exit code 1: users see the reason, not a stack trace.
 * Set {@code ASTROLABE_DEBUG=1} to see the stack trace too.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        String message = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName() : ex.getMessage();
        cli.getErr().println("astrolabe " + cli.getCommandName() + ": " + message);
        if (System.getenv("ASTROLABE_DEBUG") != null) {
            ex.printStackTrace(cli.getErr());
        }
        return 1;
    }
}

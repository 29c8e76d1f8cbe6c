/** The command line: picocli subcommands, and the one place that maps errors to exit codes and exits. */
package io.miningaudit.cli;

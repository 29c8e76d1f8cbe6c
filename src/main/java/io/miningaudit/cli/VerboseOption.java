package io.miningaudit.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces with errors, and the libraries' warnings on standard error. */
public class VerboseOption {
    private static boolean verbose;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces with errors and the rule engine's log.")
    void setVerbose(boolean value) {
        verbose = value;
        if (value) {
            var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(ch.qos.logback.classic.Level.WARN);
            var context = root.getLoggerContext();
            context.getLogger("org.drools").setLevel(ch.qos.logback.classic.Level.WARN);
            context.getLogger("org.kie").setLevel(ch.qos.logback.classic.Level.WARN);
            context.getLogger("org.apache.poi").setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static boolean isVerbose() {
        return verbose;
    }

    static void reset() {
        verbose = false;
    }
}

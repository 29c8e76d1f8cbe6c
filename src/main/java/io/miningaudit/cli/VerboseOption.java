package io.miningaudit.cli;


/** {@code --verbose} (declared on {@link MiningAudit}): stack traces with errors, the libraries' warnings. */
final class VerboseOption {
    private static boolean verbose;

    private VerboseOption() {
    }

    static void set(boolean value) {
        verbose = value;
        if (value) {
            var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                    .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
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

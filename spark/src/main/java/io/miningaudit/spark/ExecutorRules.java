package io.miningaudit.spark;

import io.miningaudit.engine.Hashes;
import io.miningaudit.engine.RuleBase;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule base of an executor's JVM: a Drools rule base cannot be serialized, so each executor compiles it once
 * from the rules folder shipped with the job, after checking that the folder's SHA-256 is the driver's.
 */
final class ExecutorRules {
    private static final Map<String, RuleBase> COMPILED = new ConcurrentHashMap<>();

    private ExecutorRules() {
    }

    /** The rule base compiled from {@code dir}, which must hash to {@code sha256}; compiled once per JVM. */
    static RuleBase of(Path dir, String sha256) {
        return COMPILED.computeIfAbsent(sha256, sha -> {
            try {
                String here = Hashes.sha256(dir);
                if (!here.equals(sha)) {
                    throw new IllegalStateException("the rules folder " + dir + " on this executor hashes to " + here
                            + ", not to the driver's " + sha + ": it is not the folder the job was started with");
                }
                return RuleBase.compile(dir);
            } catch (Exception e) {
                if (e instanceof IllegalStateException state) {
                    throw state;
                }
                throw new IllegalStateException("the rules folder " + dir + " does not compile on this executor: "
                        + e.getMessage(), e);
            }
        });
    }
}

package io.miningaudit.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Compiles the rule files of a folder, each on its own and on all cores, taking from the {@link RuleCache} every
 * file unchanged since a compile it kept: a broken file hides nothing of the others, and an edit recompiles only the
 * file edited.
 */
final class RuleCompilation {
    private RuleCompilation() {
    }

    /** Every rule file compiled, or taken from the cache, on all cores; the outcomes in the files' order. */
    static List<RuleFileCompiler.Outcome> all(Map<String, Path> sources, TableFiles tables,
                                                             RuleCache cache) throws RulesException {
        List<Map.Entry<String, Path>> files = List.copyOf(sources.entrySet());
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rule-compiler");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RuleFileCompiler.Outcome>> futures = new ArrayList<>();
            for (var file : files) {
                futures.add(pool.submit(() -> compileOne(file.getKey(), file.getValue(), tables, cache)));
            }
            List<RuleFileCompiler.Outcome> outcomes = new ArrayList<>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (ExecutionException e) {
            throw new IllegalStateException("compiling the rules failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("compiling the rules was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RuleFileCompiler.Outcome compileOne(String rel, Path file, TableFiles tables, RuleCache cache) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return new RuleFileCompiler.Outcome(rel, null, List.of(new RuleProblem(RuleProblem.Level.ERROR,
                    file.toString(), "cannot be read: " + e.getMessage())), false);
        }
        String key = RuleCache.key(rel, content);
        CompiledRuleFile cached = cache.get(key, rel, file);
        if (cached != null) {
            try {
                // Loaded here, on the pool's thread: a damaged entry is found before it is used.
                cached.models();
                return new RuleFileCompiler.Outcome(rel, cached, List.of(), false);
            } catch (RuntimeException | LinkageError e) {
                cache.drop(key);
            }
        }
        RuleFileCompiler.Outcome outcome = RuleFileCompiler.compile(rel, file, content, tables);
        if (outcome.compiled() != null) {
            // Loaded here, on the pool's thread, like a file from the cache.
            outcome.compiled().models();
            cache.put(key, outcome.compiled());
        }
        return outcome;
    }
}

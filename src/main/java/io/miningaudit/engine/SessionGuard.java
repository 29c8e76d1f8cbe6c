package io.miningaudit.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Runs one session with the limits every session of rules has, at {@code validate} (the tables' empty session) and
 * at {@code audit} (each part): a time limit, a limit on the facts its rules may insert, and no endless recursion. A
 * rule that passes one is stopped and named. The session runs on a daemon thread of its own: a rule that loops
 * without calling the engine cannot be halted, so after the limit its thread is stopped, or else abandoned (the
 * command line then exits, which ends it).
 */
final class SessionGuard {
    /** The time limit of one session in seconds, as a system property; {@value #DEFAULT_SECONDS} by default. */
    static final String TIME_LIMIT_PROPERTY = "mining-audit.rule-time-limit";
    static final long DEFAULT_SECONDS = 60;
    /** A session's rules may insert this many facts for each fact they were given, and {@link #FACTS_BASE} more. */
    static final long FACTS_PER_INPUT = 10;
    static final long FACTS_BASE = 100_000;

    private SessionGuard() {
    }

    /** What a session does: insert its facts, fire its rules, read what they concluded. */
    interface Work<T> {
        T run(KieSession session);
    }

    /** The time limit: the system property {@value #TIME_LIMIT_PROPERTY} in seconds, else 60 s. */
    static Duration timeLimit() {
        String value = System.getProperty(TIME_LIMIT_PROPERTY);
        if (value != null && !value.isBlank()) {
            try {
                double seconds = Double.parseDouble(value.trim());
                if (seconds > 0) {
                    return Duration.ofMillis((long) (seconds * 1000));
                }
            } catch (NumberFormatException e) {
                // An unreadable setting keeps the default.
            }
        }
        return Duration.ofSeconds(DEFAULT_SECONDS);
    }

    /** A limit passed, raised in the session's thread; an Error, so that no {@code catch (Exception)} holds it. */
    private static final class Stopped extends Error {
        Stopped(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Runs {@code work} on the session within the limits and disposes of the session.
     *
     * @param where names a rule for a message ({@code rules/x.drl › rule Name}, or a table's row)
     * @param fromStack names the rule whose code a stack shows, or null (a loop in a condition, a function)
     * @throws RuleFailedException a rule passed a limit; the problem names the rule and the limit
     */
    static <T> T run(KieSession session, Function<Rule, String> where, Function<StackTraceElement[], String> fromStack,
                     Work<T> work) throws RuleFailedException {
        Duration limit = timeLimit();
        long deadline = System.nanoTime() + limit.toNanos();
        AtomicLong inputs = new AtomicLong();
        AtomicLong inserted = new AtomicLong();
        Rule[] firing = new Rule[1]; // the rule whose consequence runs, if one does
        String[] violation = new String[2];
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                synchronized (firing) {
                    firing[0] = event.getMatch().getRule();
                }
                if (System.nanoTime() > deadline) {
                    throw stop(violation, where.apply(event.getMatch().getRule()), timeMessage(limit));
                }
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                synchronized (firing) {
                    firing[0] = null;
                }
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() == null) {
                    inputs.incrementAndGet();
                    return;
                }
                long max = FACTS_PER_INPUT * inputs.get() + FACTS_BASE;
                if (inserted.incrementAndGet() > max) {
                    throw stop(violation, where.apply(event.getRule()), "inserted more than "
                            + String.format("%,d", max) + " facts (" + FACTS_PER_INPUT + " for each of the "
                                    + String.format("%,d", inputs.get())
                            + " facts given, and " + String.format("%,d", FACTS_BASE) + "): a rule that inserts"
                            + " without end is stopped");
                }
                if (System.nanoTime() > deadline) {
                    throw stop(violation, where.apply(event.getRule()), timeMessage(limit));
                }
            }
        });
        Object[] outcome = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(() -> {
            try {
                outcome[0] = work.run(session);
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "rule-session");
        worker.setDaemon(true);
        worker.start();
        boolean finished;
        try {
            worker.join(Math.max(1, limit.toMillis()));
            finished = !worker.isAlive();
            if (!finished) {
                StackTraceElement[] stack = worker.getStackTrace();
                Rule rule;
                synchronized (firing) {
                    rule = firing[0];
                }
                String at = fromStack.apply(stack);
                record(violation, at != null ? at : rule != null ? where.apply(rule)
                        : "the rules' conditions (no rule was firing)", timeMessage(limit));
                session.halt();
                worker.interrupt();
                worker.join(1000);
                if (worker.isAlive()) {
                    stopThread(worker);
                    worker.join(1000);
                }
                finished = !worker.isAlive();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rules ran", e);
        } finally {
            if (!worker.isAlive()) {
                session.dispose();
            }
        }
        if (violation[0] == null && failure[0] instanceof StackOverflowError overflow) {
            Rule rule;
            synchronized (firing) {
                rule = firing[0];
            }
            String at = rule != null ? where.apply(rule) : fromStack.apply(overflow.getStackTrace());
            record(violation, at != null ? at : "the rules' conditions (no rule was firing)",
                    "recursed without end (stack overflow): a rule that recurses without end is stopped");
        }
        if (violation[0] != null) {
            throw new RuleFailedException("a rule was stopped", List.of(new RuleProblem(RuleProblem.Level.ERROR,
                    violation[0], violation[1])));
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome[0];
        return result;
    }

    private static String timeMessage(Duration limit) {
        return "did not finish within the time limit of " + seconds(limit) + " (the system property "
                + TIME_LIMIT_PROPERTY + "): a rule that loops is stopped";
    }

    private static String seconds(Duration limit) {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
    }

    private static Stopped stop(String[] violation, String where, String message) {
        record(violation, where, message);
        return new Stopped(where + ": " + message);
    }

    private static void record(String[] violation, String where, String message) {
        synchronized (violation) {
            if (violation[0] == null) {
                violation[0] = where;
                violation[1] = message;
            }
        }
    }

    /**
     * Ends a thread caught in a loop that calls nothing the engine could halt ({@code while (true) {}}). Java 17 can
     * still stop a thread; where it cannot, the daemon thread is left to the exit of the process.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stopThread(Thread worker) {
        try {
            worker.stop();
        } catch (UnsupportedOperationException e) {
            // Java 20 and later: the thread is abandoned.
        }
    }
}

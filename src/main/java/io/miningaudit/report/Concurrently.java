package io.miningaudit.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Runs two pieces of work at once, one on a thread of its own, and fails as either fails. */
final class Concurrently {
    /** Work that may fail with an I/O error. */
    interface Work {
        void run() throws IOException;
    }

    private Concurrently() {
    }

    /**
     * Runs {@code aside} on a new thread named {@code name} and {@code here} on this one, and returns when both are
     * done. When either fails, this throws its error (the other's, if it failed too, suppressed), after both ended.
     */
    static void run(String name, Work aside, Work here) throws IOException {
        FutureTask<Void> task = new FutureTask<>(() -> {
            aside.run();
            return null;
        });
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        Throwable failed = null;
        try {
            here.run();
        } catch (IOException | RuntimeException | Error e) {
            failed = e;
        }
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while " + name);
            if (failed != null) {
                interrupted.addSuppressed(failed);
            }
            throw interrupted;
        } catch (ExecutionException e) {
            if (failed == null) {
                failed = e.getCause();
            } else {
                failed.addSuppressed(e.getCause());
            }
        }
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        if (failed != null) {
            throw new IllegalStateException(name + " failed", failed);
        }
    }
}

package uk.chatbatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.MDC;

/**
 * Runs a stage's independent tasks (datasets to write, report documents to draw) on every core and hands
 * back their results in task order, never completion order, so the same input gives the same output.
 */
public final class InParallel {

    /** One task; may write files. */
    @FunctionalInterface
    public interface Task<T> {
        T call() throws IOException;
    }

    private InParallel() {
    }

    /**
     * Each task's result, in the order given. Every task is waited for before a failure is rethrown (the
     * first in task order), so nothing is still writing into a staging area that is being removed.
     */
    public static <T> List<T> inOrder(List<? extends Task<T>> tasks) throws IOException {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), tasks.size());
        if (threads <= 1) {
            List<T> results = new ArrayList<>();
            for (Task<T> task : tasks) {
                results.add(task.call());
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "chat-batch-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            // The caller's logging context (a region run's "LA 391: " prefix) goes with each task to its thread.
            Map<String, String> logContext = MDC.getCopyOfContextMap();
            for (Task<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    if (logContext != null) {
                        MDC.setContextMap(logContext);
                    }
                    try {
                        return task.call();
                    } finally {
                        MDC.clear();
                    }
                }));
            }
            List<T> results = new ArrayList<>();
            Throwable first = null;
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    // The others ride along as suppressed: the first in task order may only be a consequence
                    // (a class whose initialiser failed in another task) of the one that explains it.
                    if (first == null) {
                        first = e.getCause();
                    } else if (first != e.getCause()) {
                        first.addSuppressed(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    first = first == null ? new IOException("interrupted while waiting for a parallel task", e) : first;
                }
            }
            if (first instanceof IOException io) {
                throw io;
            } else if (first instanceof RuntimeException runtime) {
                throw runtime;
            } else if (first instanceof Error error) {
                throw error;
            } else if (first != null) {
                throw new UncheckedIOException(new IOException(first));
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}

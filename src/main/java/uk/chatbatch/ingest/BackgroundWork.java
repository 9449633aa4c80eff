package uk.chatbatch.ingest;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Reading done on another thread and awaited where its findings are written, so the findings keep their place in
 * the shared datasets and a failure surfaces where it would have when read in line, as it was thrown.
 */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    /** Starts the work on a new daemon thread of that name. */
    public static <T> Future<T> start(String threadName, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The work's result; what it threw is rethrown unwrapped (an InputException stays one, with its message). */
    public static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for work on another thread", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

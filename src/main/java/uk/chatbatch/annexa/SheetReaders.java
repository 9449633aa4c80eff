package uk.chatbatch.annexa;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import uk.chatbatch.ingest.read.TabularSource;

/**
 * Threads that read sheets of one source at once, each through its own reader of it (the source given for the
 * first thread, {@link TabularSource#reopen()} for each other), closing the readers it opened when closed.
 */
final class SheetReaders implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final TabularSource source;
    private final ThreadPoolExecutor threads;
    private final ConcurrentLinkedQueue<TabularSource> free = new ConcurrentLinkedQueue<>();
    private final List<TabularSource> opened = new ArrayList<>();
    private final ThreadLocal<TabularSource> own = new ThreadLocal<>();

    SheetReaders(TabularSource source, int threads) {
        this.source = source;
        this.free.add(source);
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread t = new Thread(task, "annex-a-reader-" + pool + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Reads the sheets still queued on up to this many threads (never fewer than now). */
    synchronized void widen(int count) {
        if (count > threads.getMaximumPoolSize()) {
            threads.setMaximumPoolSize(count);
            threads.setCorePoolSize(count);
        }
    }

    /** Runs the work on a reader thread with that thread's reader of the source. */
    <T> Future<T> submit(Function<TabularSource, T> work) {
        return threads.submit(() -> work.apply(readerOfThisThread()));
    }

    private TabularSource readerOfThisThread() {
        TabularSource reader = own.get();
        if (reader == null) {
            reader = free.poll();
            if (reader == null) {
                reader = source.reopen();
                if (reader != source) {
                    synchronized (opened) {
                        opened.add(reader);
                    }
                }
            }
            own.set(reader);
        }
        return reader;
    }

    /** Stops the sheets not yet read (after a failure) and closes the readers opened here. */
    @Override
    public void close() {
        threads.shutdownNow();
        try {
            // A reader still streaming a sheet is closed only once its thread has let go of it.
            threads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (opened) {
            for (TabularSource reader : opened) {
                try {
                    reader.close();
                } catch (IOException e) {
                    // Only read from: nothing is lost by a reader that fails to close.
                }
            }
        }
    }
}

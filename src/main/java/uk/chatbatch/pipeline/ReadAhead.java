package uk.chatbatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import uk.chatbatch.annexa.AnnexAIngest;
import uk.chatbatch.ingest.BackgroundWork;
import uk.chatbatch.ingest.read.TabularSource;
import uk.chatbatch.model.LaPeriod;

/**
 * A run's Annex A workbook and SSDA903 return being read on other threads, their findings held, not written: by the
 * ingest step when it starts, or from the command line ({@link #offer}) while the job repository and the job start on
 * the main thread, so the second core reads the inputs instead of idling through start-up. The ingest step
 * {@link #claim claims} what was read for its own LA, period and inputs and writes it as if it had read it itself;
 * nothing is written before the step runs, so restarts and the staging of outputs are as before. A read the step
 * does not claim (the LA and period already completed, or a restart past ingest) is stopped and dropped unwritten.
 */
public final class ReadAhead implements AutoCloseable {

    /** At most one read offered ahead of its run at a time: the one of the single-LA run this process is making. */
    private static final AtomicReference<ReadAhead> OFFERED = new AtomicReference<>();

    private final Inputs inputs;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Emptied on close, so that what was read is not held (by the launcher's reference) after it was written. */
    private volatile Optional<Future<AnnexAOpened>> annexA;
    private volatile Optional<Future<IngestStage.Ssda903Read>> ssda903;

    /** The inputs read, as the job's parameters name them: what a claim must match. */
    private record Inputs(LaPeriod key, Optional<Path> annexA, Optional<Path> ssda903) {
        static Inputs of(RunRequest request) {
            return new Inputs(request.key(), request.annexA().map(ReadAhead::absolute),
                    request.ssda903().map(ReadAhead::absolute));
        }
    }

    /** The workbook (or CSV folder) opened and its sheets being read; the reading is closed before the source. */
    record AnnexAOpened(TabularSource source, AnnexAIngest.Reading reading) implements AutoCloseable {
        @Override
        public void close() {
            try (TabularSource opened = source) {
                reading.close();
            } catch (IOException e) {
                // Only read from: nothing is lost by a reader that fails to close.
            }
        }
    }

    private ReadAhead(RunRequest request, int annexAReaders) {
        this.inputs = Inputs.of(request);
        this.annexA = request.annexA().map(path -> BackgroundWork.start("annex-a-opener", () -> {
            TabularSource source = TabularSource.open(path);
            try {
                return new AnnexAOpened(source, new AnnexAIngest(line -> { }).startReading(source, annexAReaders));
            } catch (RuntimeException | Error e) {
                source.close();
                throw e;
            }
        }));
        this.ssda903 = request.ssda903().map(path -> BackgroundWork.start("ssda903-reader",
                () -> IngestStage.readSsda903(request, path)));
    }

    /** Starts reading the run's inputs with the sheets on as many threads as the machine has cores. */
    static ReadAhead start(RunRequest request) {
        return new ReadAhead(request, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Starts reading the run's inputs for its ingest step to claim, before the job starts: Annex A's sheets on one
     * thread (the main thread is busy checking the inputs and starting the job) until the step claims them, then on
     * every core. Closing it stops and drops a read the step has not claimed; a refused run leaves no trace.
     */
    public static ReadAhead offer(RunRequest request) {
        ReadAhead ahead = new ReadAhead(request, 1);
        ReadAhead earlier = OFFERED.getAndSet(ahead);
        if (earlier != null) {
            earlier.close();
        }
        return ahead;
    }

    /** The read offered for this request's LA, period and inputs, now the caller's to close; else empty. */
    static Optional<ReadAhead> claim(RunRequest request) {
        ReadAhead offered = OFFERED.get();
        if (offered != null && offered.inputs.equals(Inputs.of(request)) && OFFERED.compareAndSet(offered, null)) {
            return Optional.of(offered);
        }
        return Optional.empty();
    }

    /** Stops and drops a read offered for this request that its ingest step did not claim (the step did not run). */
    public static void discard(RunRequest request) {
        claim(request).ifPresent(ReadAhead::close);
    }

    /** Annex A opened and being read; what opening it threw is rethrown here, as opening it in line would. */
    Optional<AnnexAOpened> annexA() {
        return annexA.map(BackgroundWork::await);
    }

    Optional<Future<IngestStage.Ssda903Read>> ssda903() {
        return ssda903;
    }

    /** Drops the read if it is still on offer; stops the sheets not yet read and closes the workbook's readers. */
    @Override
    public void close() {
        OFFERED.compareAndSet(this, null);
        if (closed.getAndSet(true)) {
            return;
        }
        Optional<Future<AnnexAOpened>> opened = annexA;
        annexA = Optional.empty();
        ssda903 = Optional.empty();
        opened.ifPresent(opening -> {
            try {
                BackgroundWork.await(opening).close();
            } catch (RuntimeException e) {
                // The workbook could not be opened: there is nothing to close, and the step said why if it ran.
            }
        });
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}

package uk.chatbatch.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Optional;
import uk.chatbatch.model.LaPeriod;

/**
 * One process at a time per LA and period and output folder: an operating-system lock on
 * {@code <output>/.locks/<LA>_<period>.lock}, which holds the owner's process id. The operating system
 * releases the lock when its process dies, even by SIGKILL, so holding it also proves that a run the job
 * repository still records as started belongs to a dead process and can be recovered.
 */
public final class RunLock implements AutoCloseable {

    public static final String LOCKS_DIR = ".locks";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Another process (or another run in this one) holds the lock; the message says which. */
    public static final class AlreadyRunningException extends Exception {
        AlreadyRunningException(String message) {
            super(message);
        }
    }

    /** Takes the lock for this LA and period in this output folder, or says who holds it. */
    public static RunLock acquire(Path output, LaPeriod key) throws IOException, AlreadyRunningException {
        return acquire(output, key.folderPrefix(), key.toString());
    }

    /**
     * Takes a lock that is not one LA's (a compaction, a rollup, a region's run), named and dated like an LA's so
     * the two kinds share one folder and one message.
     */
    public static RunLock acquire(Path output, String name, LocalDate period)
            throws IOException, AlreadyRunningException {
        return acquire(output, name + "_" + period, "LA " + name + ", period ending " + period);
    }

    private static RunLock acquire(Path output, String fileStem, String what)
            throws IOException, AlreadyRunningException {
        Path file = Files.createDirectories(output.resolve(LOCKS_DIR)).resolve(fileStem + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            Optional<Long> pid = holder(channel);
            channel.close();
            throw new AlreadyRunningException(what + " is already running in "
                    + pid.map(p -> "process " + p).orElse("another process") + " writing to " + output
                    + "; wait for it to finish.");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return new RunLock(channel, lock);
    }

    /**
     * The holder's process id. A holder that has just taken the lock writes its id a moment later, so an
     * empty or half-written file is read again for up to a second before "another process" is said.
     */
    private static Optional<Long> holder(FileChannel channel) throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            Optional<Long> pid = readPid(channel);
            if (pid.isPresent()) {
                return pid;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> readPid(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
        if (!text.endsWith("\n")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}

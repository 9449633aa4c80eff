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

    /** Whoever holds the lock, by process id when it could be read. */
    public record HeldElsewhere(Optional<Long> pid) {
    }

    /**
     * Takes the lock, or says who holds it.
     *
     * @return the lock, or empty with {@code holder} filled when another process (or run) holds it
     */
    public static Optional<RunLock> tryAcquire(Path output, String laCode, LocalDate periodEnd,
                                               HeldElsewhere[] holder) throws IOException {
        Path file = Files.createDirectories(output.resolve(LOCKS_DIR)).resolve(laCode + "_" + periodEnd + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            holder[0] = new HeldElsewhere(readPid(channel));
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return Optional.of(new RunLock(channel, lock));
    }

    private static Optional<Long> readPid(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
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

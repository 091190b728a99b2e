package org.crosscheck.app.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Keeps a store to one process at a time and says which one has it: a file beside the store
 * ({@code NAME.duckdb.lock}) that the process holding the store keeps locked and in which it writes its
 * process id, its command and since when. A second process is refused with those words rather than
 * DuckDB's "lock held by another program". The operating system drops the lock when its process ends,
 * even when killed, so a stale file never blocks anyone.
 */
final class StoreLock implements AutoCloseable {

    /** The system property under which the command line tells what it is running ("crosscheck serve ..."). */
    static final String COMMAND_PROPERTY = "crosscheck.command";
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of a store.
     *
     * @param db the store file
     * @return the lock, or null when this same process already holds it (DuckDB then shares or refuses)
     * @throws StoreException when another process holds the store; the message names that process
     */
    static StoreLock take(Path db) {
        Path file = db.resolveSibling(db.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                channel.close();
                return null;
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new StoreException(inUse(db, holder), null);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describe().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new StoreLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            // a folder that cannot hold the lock file: leave the refusing to DuckDB, as before
            return null;
        }
    }

    /** The refusal in the user's words. */
    static String inUse(Path db, String holder) {
        return "store " + db + " is in use by another Crosscheck process ("
                + (holder.isBlank() ? "it has not yet said which" : holder) + "); a store is open in one process "
                + "at a time, so `serve` and `analyze --db` cannot use one store at once yet: stop that process "
                + "or wait for it to finish, then try again";
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    }

    /** This process as the lock file tells it: "PID 1234: crosscheck serve --db x, since 2026-12-02T08:01:02Z". */
    static String describe() {
        ProcessHandle self = ProcessHandle.current();
        String command = System.getProperty(COMMAND_PROPERTY);
        if (command == null) {
            command = self.info().commandLine().orElse("java");
        }
        if (command.length() > 300) {
            command = command.substring(0, 297) + "...";
        }
        return "PID " + self.pid() + ": " + command.replaceAll("\\s+", " ") + ", since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    /** Releases the lock; the file stays (removing it could race with the next process taking it). */
    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases the lock all the same
        }
        closeQuietly(channel);
    }
}

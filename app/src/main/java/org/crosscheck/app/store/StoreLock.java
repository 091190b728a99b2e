package org.crosscheck.app.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Keeps a store to one process at a time and says which one has it: a file beside the store
 * ({@code NAME.duckdb.lock}) that the process holding the store keeps locked and in which it writes its
 * process id, its command and since when. A second process is refused with those words rather than
 * DuckDB's "lock held by another program". The operating system drops the lock when its process ends,
 * even when killed, so a stale file never blocks anyone. {@code serve} takes the lock only for the moment
 * it copies the store ({@link ServingCopy}); a writer that finds it so waits for it.
 */
final class StoreLock implements AutoCloseable {

    /** The system property under which the command line tells what it is running ("crosscheck serve ..."). */
    static final String COMMAND_PROPERTY = "crosscheck.command";
    /** How long a writer waits while {@code serve} copies the store. */
    static final Duration WAIT_FOR_COPY = Duration.ofSeconds(15);
    /** Ends the holder's words while {@code serve} holds the lock to copy the store. */
    private static final String COPYING = " (copying the store to serve it, for a moment)";
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of a store. While {@code serve} holds it for a moment to copy the store, or the holder
     * has not yet written its name, this waits up to {@link #WAIT_FOR_COPY} before refusing.
     *
     * @param db the store file
     * @return the lock, or null when this same process already holds it (DuckDB then shares or refuses)
     * @throws StoreException when another process holds the store; the message names that process
     */
    static StoreLock take(Path db) {
        long deadline = System.nanoTime() + WAIT_FOR_COPY.toNanos();
        while (true) {
            Attempt a = attempt(db, "");
            if (a.holder() == null) {
                return a.lock();
            }
            boolean brief = a.holder().isBlank() || a.holder().endsWith(COPYING);
            if (!brief || System.nanoTime() > deadline) {
                throw new StoreException(inUse(db, a.holder()), null);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException(inUse(db, a.holder()), e);
            }
        }
    }

    /**
     * Takes the lock for {@code serve}'s copy of the store, saying so in the lock file, without waiting.
     *
     * @param db the store file
     * @return the lock, or null when any process (this one included) holds it or no lock file can be made
     */
    static StoreLock takeForCopy(Path db) {
        return attempt(db, COPYING).lock();
    }

    /** What one try found: the lock taken, or the words of the process holding it (both null: this process). */
    private record Attempt(StoreLock lock, String holder) {
    }

    private static Attempt attempt(Path db, String note) {
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
                return new Attempt(null, null);
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                return new Attempt(null, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((describe() + note).getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new Attempt(new StoreLock(channel, lock), null);
        } catch (IOException e) {
            closeQuietly(channel);
            // a folder that cannot hold the lock file: leave the refusing to DuckDB, as before
            return new Attempt(null, null);
        }
    }

    /** The refusal in the user's words. */
    static String inUse(Path db, String holder) {
        return "store " + db + " is in use by another Crosscheck process ("
                + (holder.isBlank() ? "it has not yet said which" : holder) + "); a store is written by one "
                + "process at a time (`serve` reads a copy of it and lets writers in): stop that process or wait for it to finish, "
                + "then try again";
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

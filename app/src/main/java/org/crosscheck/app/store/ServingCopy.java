package org.crosscheck.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Copies of a store for {@code serve} to read, so that {@code analyze --db} can write the store meanwhile
 * (DuckDB lets one process write a file or several read it, not both). A copy is taken under the store's
 * {@link StoreLock}, held only while the files are copied, into {@code NAME.duckdb.serving/PID-N/}: the
 * DuckDB file, its write-ahead log if any, and the search index folder. Not thread-safe.
 */
public final class ServingCopy {

    private final Path db;
    private final Path folder;
    private List<Object> copied;
    private int taken;

    /**
     * Prepares copies of a store and removes those left by serve processes that have ended.
     *
     * @param db the store file
     */
    public ServingCopy(Path db) {
        this.db = db.toAbsolutePath();
        this.folder = this.db.resolveSibling(this.db.getFileName() + ".serving");
        try (Stream<Path> old = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            old.filter(p -> !alive(p.getFileName().toString())).forEach(ServingCopy::deleteQuietly);
        } catch (IOException e) {
            // stale copies only cost disk space
        }
    }

    private static boolean alive(String name) {
        int dash = name.indexOf('-');
        try {
            return dash > 0 && ProcessHandle.of(Long.parseLong(name.substring(0, dash))).isPresent();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Copies the store if it changed since the last copy and no process holds it.
     *
     * @return the copy's store file (open it with {@link Store#open}), or empty when the store is unchanged
     *         or held (by a writer, or by another serve copying it)
     * @throws UncheckedIOException when the files cannot be copied
     */
    public Optional<Path> take() {
        if (stamp().equals(copied)) {
            return Optional.empty();
        }
        StoreLock lock = StoreLock.takeForCopy(db);
        if (lock == null) {
            return Optional.empty();
        }
        try {
            List<Object> now = stamp();
            Path to = empty();
            for (String suffix : List.of("", ".wal", ".index")) {
                Path from = db.resolveSibling(db.getFileName() + suffix);
                if (Files.exists(from)) {
                    copyTree(from, to.resolveSibling(to.getFileName() + suffix));
                }
            }
            copied = now;
            return Optional.of(to);
        } finally {
            lock.close();
        }
    }

    /**
     * Makes a fresh folder for a copy and returns where its store file goes (nothing is copied into it).
     *
     * @return the store file of the new, empty copy
     * @throws UncheckedIOException when the folder cannot be made
     */
    public Path empty() {
        try {
            Path to = Files.createDirectories(folder.resolve(ProcessHandle.current().pid() + "-" + (++taken)));
            return to.resolve(db.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a serving copy of " + db + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes a copy once its store and index are closed.
     *
     * @param copy the copy's store file, as {@link #take} or {@link #empty} returned it
     */
    public void discard(Path copy) {
        deleteQuietly(copy.getParent());
        try {
            Files.deleteIfExists(folder);
        } catch (IOException notEmpty) {
            // another serve's copies are still there
        }
    }

    /** What tells a change of the store: size and modification time of the file and its write-ahead log. */
    private List<Object> stamp() {
        Path wal = db.resolveSibling(db.getFileName() + ".wal");
        try {
            return List.of(size(db), modified(db), size(wal), modified(wal));
        } catch (IOException e) {
            return List.of("changing");
        }
    }

    private static Object size(Path p) throws IOException {
        return Files.exists(p) ? Files.size(p) : -1L;
    }

    private static Object modified(Path p) throws IOException {
        return Files.exists(p) ? Files.getLastModifiedTime(p) : "none";
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to serve it: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // what is left costs disk space only
        }
    }
}

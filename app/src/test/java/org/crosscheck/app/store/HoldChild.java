package org.crosscheck.app.store;

import java.nio.file.Path;

/**
 * A child process for {@link StoreLockTest}: opens a store (or, with {@code raw}, the DuckDB file alone, as
 * another program would), says so, and keeps it open until its input ends; with {@code copy MILLIS} it holds
 * the lock as {@code serve} does while copying the store, for that long.
 */
public final class HoldChild {

    private HoldChild() {
    }

    /**
     * Holds a store open.
     *
     * @param args the store path, and optionally {@code raw} or {@code copy MILLIS}
     * @throws Exception when standard input or the file cannot be read
     */
    @SuppressWarnings("try") // the connection is held for its effect: the file stays locked
    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("copy")) {
            StoreLock lock = StoreLock.takeForCopy(Path.of(args[0]).toAbsolutePath());
            System.out.println(lock == null ? "held" : "copying");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[2]));
            if (lock != null) {
                lock.close();
            }
            return;
        }
        if (args.length > 1 && args[1].equals("raw")) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
                System.out.println("open raw");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // hold the file
                }
            }
            return;
        }
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("open " + store.generation());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the store until the parent closes our input
            }
        }
        System.out.println("closed");
        System.out.flush();
    }
}

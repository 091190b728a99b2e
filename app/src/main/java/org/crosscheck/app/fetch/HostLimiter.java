package org.crosscheck.app.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** Keeps requests to one host apart in time and caps how many are in flight at once. */
final class HostLimiter {

    private final int concurrency;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /** A slot held while one request to a host is in flight. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Host {
        final Semaphore slots;
        long nextStart;

        Host(int concurrency) {
            slots = new Semaphore(concurrency, true);
        }
    }

    HostLimiter(int concurrency) {
        this.concurrency = Math.max(1, concurrency);
    }

    /**
     * Waits for a free slot and for the host's next allowed start time.
     *
     * @param host  the host name (with port when not the default)
     * @param delay least time since the previous request to the host started
     * @return the slot, to close when the response has been read
     * @throws InterruptedException when interrupted while waiting
     */
    Slot enter(String host, Duration delay) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host(concurrency));
        h.slots.acquire();
        long waitNanos;
        synchronized (h) {
            long now = System.nanoTime();
            long start = Math.max(now, h.nextStart);
            h.nextStart = start + delay.toNanos();
            waitNanos = start - now;
        }
        try {
            if (waitNanos > 0) {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            }
        } catch (InterruptedException e) {
            h.slots.release();
            throw e;
        }
        return h.slots::release;
    }
}

package org.crosscheck.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many clients at once against a web server: each client asks for the paths in turn, one request after the
 * other, until the time is up. Every answer that is not 200, and every request that fails or times out, is an
 * error, counted by what went wrong.
 */
final class HttpLoad {

    private final String base;
    private final List<String> paths;
    private final Duration timeout;

    /**
     * Makes a load over a server.
     *
     * @param base    the server's address, e.g. {@code http://127.0.0.1:7070}
     * @param paths   the paths to ask for (each client starts at another one)
     * @param timeout how long one request may take before it counts as failed
     */
    HttpLoad(String base, List<String> paths, Duration timeout) {
        this.base = base;
        this.paths = List.copyOf(paths);
        this.timeout = timeout;
    }

    /**
     * What the load met.
     *
     * @param requests  how many requests were sent
     * @param errors    the failed ones by what went wrong ("404 /x", "timeout /y"), counted
     * @param latencies every request's time in microseconds, sorted
     * @param seconds   how long the load ran
     */
    record Result(long requests, Map<String, Long> errors, long[] latencies, double seconds) {

        /** Returns the number of failed requests. */
        long failed() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        /**
         * Returns a latency percentile in milliseconds.
         *
         * @param p the percentile, 0 to 100 (100 is the slowest request)
         * @return the latency, 0 when there were no requests
         */
        double millis(double p) {
            if (latencies.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, i))] / 1000.0;
        }

        /** Returns the figures in one line: requests, errors, rate and the percentiles. */
        String line() {
            return String.format(java.util.Locale.ROOT, "%d requests in %.1f s (%.0f/s), %d failed; latency ms "
                            + "p50 %.1f, p95 %.1f, p99 %.1f, max %.1f", requests, seconds, requests / seconds, failed(),
                    millis(50), millis(95), millis(99), millis(100));
        }
    }

    /**
     * Runs the load.
     *
     * @param clients  how many clients ask at once
     * @param duration how long they keep asking
     * @return what it met
     * @throws InterruptedException when interrupted while the clients run
     */
    Result run(int clients, Duration duration) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicLong requests = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        long begin = System.nanoTime();
        long end = begin + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread t = new Thread(() -> client(http, first, start, end, requests, latencies, errors), "load-" + c);
            threads.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Long> counted = new TreeMap<>();
        errors.forEach((k, v) -> counted.put(k, v.get()));
        return new Result(requests.get(), counted, sorted, seconds);
    }

    private void client(HttpClient http, int first, CountDownLatch start, long end, AtomicLong requests,
                        List<Long> latencies, Map<String, AtomicLong> errors) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (int i = first; System.nanoTime() < end; i++) {
            String path = paths.get(i % paths.size());
            long t0 = System.nanoTime();
            String error = ask(http, path);
            latencies.add((System.nanoTime() - t0) / 1000);
            requests.incrementAndGet();
            if (error != null) {
                errors.computeIfAbsent(error + " " + path, k -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    /** Sends one request; returns what went wrong, or null when it was answered with 200. */
    private String ask(HttpClient http, String path) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 ? null : String.valueOf(r.statusCode());
        } catch (java.net.http.HttpTimeoutException e) {
            return "timeout";
        } catch (java.io.IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}

package org.crosscheck.pipeline;

/**
 * The highest used heap of this JVM over a stretch of work, sampled every 20 ms by a daemon thread: what the
 * scale benchmarks report as peak heap.
 */
public final class HeapPeak extends Thread {

    private volatile boolean running = true;
    private long peak;

    private HeapPeak() {
        setDaemon(true);
    }

    /**
     * Starts sampling.
     *
     * @return the running sampler
     */
    public static HeapPeak begin() {
        HeapPeak s = new HeapPeak();
        s.start();
        return s;
    }

    @Override
    public void run() {
        Runtime rt = Runtime.getRuntime();
        while (running) {
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Stops sampling.
     *
     * @return the highest used heap seen, in bytes
     * @throws InterruptedException when interrupted while the sampler stops
     */
    public long end() throws InterruptedException {
        running = false;
        join();
        return peak;
    }
}
